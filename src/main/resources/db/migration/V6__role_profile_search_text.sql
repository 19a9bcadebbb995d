-- The words a text search of role profiles looks in: the post title and the current version's
-- content, lower-cased, kept on the profile row so that a search reads one column of one table.

alter table role_profile add column search_text varchar;

update role_profile
   set search_text = lower(post_title || ' ' || (select v.content from role_profile_version v
                                                   where v.profile_id = role_profile.id
                                                     and v.version = role_profile.current_version));
