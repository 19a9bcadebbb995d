-- The audit log is append-only: any update or delete of it fails.

create trigger audit_entry_no_change before update, delete on audit_entry
    for each row call 'org.rolebook.audit.internal.AppendOnly';
