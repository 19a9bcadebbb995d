-- The columns that hold one of a fixed set of values take only those: a restored export, or any
-- other writer, cannot store a status, phase or role that Rolebook does not know.
alter table school add constraint school_phase_known
    check (phase in ('PRIMARY', 'SECONDARY', 'SPECIAL', 'ALL_THROUGH'));
alter table role_profile add constraint role_profile_status_known
    check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ARCHIVED'));
alter table workflow_event add constraint workflow_event_to_status_known
    check (to_status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ARCHIVED'));
alter table workflow_event add constraint workflow_event_from_status_known
    check (from_status is null or from_status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ARCHIVED'));
alter table app_user add constraint app_user_role_known
    check (role in ('HR_ADMIN', 'EVALUATOR', 'SCHOOL_EDITOR', 'VIEWER'));
