-- The audit log is append-only: any update, delete or truncate of it fails.

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is refused', tg_op;
end
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
