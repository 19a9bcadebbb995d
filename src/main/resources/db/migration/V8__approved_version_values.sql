-- The approved version's values on the profile row, beside the current ones: while a new version
-- of an approved profile is being written, those who see only approved profiles (viewers, other
-- schools) still find, filter and sort the post by the version that counts, as of when it was approved. They are filled in
-- from each approved version's content by the migration that follows (8.1).

alter table role_profile add column approved_family_slug varchar(200);
alter table role_profile add column approved_grade integer;
alter table role_profile add column approved_post_title varchar(300);
alter table role_profile add column approved_search_text varchar;
alter table role_profile add column approved_at timestamp;
