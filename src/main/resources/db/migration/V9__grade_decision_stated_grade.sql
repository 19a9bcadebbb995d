-- A grade decision keeps the grade the profile stated when it was submitted, beside the grade
-- suggested and the grade approved: a panel that approves another grade saves a new version with
-- that grade, and the school's own grade would otherwise be read only from the versions.
alter table grade_decision add column stated_grade integer;

-- Decisions recorded before: where the approval saved no regraded version, the profile stated
-- the grade approved; where it did, the stated grade is not worked out here and stays empty.
update grade_decision
   set stated_grade = decided_grade
 where not exists (select 1
                     from workflow_event e
                    where e.profile_id = grade_decision.profile_id
                      and e.action = 'regraded'
                      and e.at = grade_decision.decided_at);
