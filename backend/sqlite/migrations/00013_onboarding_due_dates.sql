-- +goose Up
-- How each onboarding task's due date was reached, so that moving the start
-- date moves it (backend.Reschedule): offset_days is the template's offset
-- (NULL for tasks made before this migration: the rule works it out from the
-- due date), not_before the allocation start a client-knowledge task counts
-- from when that is later than the start date, due_by_hand a date the user set.
ALTER TABLE onboarding_tasks ADD COLUMN offset_days INTEGER;
ALTER TABLE onboarding_tasks ADD COLUMN not_before TEXT NOT NULL DEFAULT '';
ALTER TABLE onboarding_tasks ADD COLUMN due_by_hand INTEGER NOT NULL DEFAULT 0;
-- Client-knowledge tasks made so far counted from the later of the start date
-- and the allocation's start; the earliest allocation to the account is the
-- one that added them.
UPDATE onboarding_tasks SET not_before = COALESCE((
    SELECT MIN(a.start_date) FROM allocations a JOIN onboardings o ON o.person_id = a.person_id
    WHERE o.id = onboarding_tasks.onboarding_id AND a.account_id = onboarding_tasks.account_id), '')
WHERE account_id IS NOT NULL;

-- +goose Down
ALTER TABLE onboarding_tasks DROP COLUMN due_by_hand;
ALTER TABLE onboarding_tasks DROP COLUMN not_before;
ALTER TABLE onboarding_tasks DROP COLUMN offset_days;
