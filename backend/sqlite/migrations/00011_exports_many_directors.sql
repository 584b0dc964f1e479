-- +goose Up
-- Files a failed export could not remove from its destination (the share
-- went away mid-run). They are listed in the run's message and history, and
-- removed the next time AccountDesk reaches the same destination.
CREATE TABLE export_leftovers (
    id           INTEGER PRIMARY KEY,
    destination  TEXT NOT NULL,
    name         TEXT NOT NULL,
    run_id       INTEGER REFERENCES export_runs (id) ON DELETE SET NULL,
    left_at      TEXT NOT NULL,
    UNIQUE (destination, name)
);
CREATE INDEX export_leftovers_run ON export_leftovers (run_id);
-- What a failed run left at its destination, as the history shows it.
ALTER TABLE export_runs ADD COLUMN left_behind TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(left_behind));

-- A stable id for the workspace: portfolio summaries carry it, so the
-- management roll-up tells directors apart even when names repeat, and a
-- director's files in a shared folder never replace another's.
INSERT OR IGNORE INTO settings (key, value, updated_at)
VALUES ('workspace_id', json_quote(lower(hex(randomblob(8)))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Every foreign-key column gets an index: deleting a person or an account
-- otherwise scans each child table, and joins by owner do too.
CREATE INDEX plan_objectives_owner ON plan_objectives (owner_id);
CREATE INDEX plan_risks_owner ON plan_risks (owner_id);
CREATE INDEX plan_actions_owner ON plan_actions (owner_id);
CREATE INDEX onboarding_tasks_account ON onboarding_tasks (account_id);
CREATE INDEX onboarding_tasks_owner ON onboarding_tasks (owner_person_id);
CREATE INDEX onboardings_buddy ON onboardings (buddy_id);
CREATE INDEX people_role ON people (role);

-- +goose Down
DROP INDEX people_role;
DROP INDEX onboardings_buddy;
DROP INDEX onboarding_tasks_owner;
DROP INDEX onboarding_tasks_account;
DROP INDEX plan_actions_owner;
DROP INDEX plan_risks_owner;
DROP INDEX plan_objectives_owner;
DELETE FROM settings WHERE key = 'workspace_id';
ALTER TABLE export_runs DROP COLUMN left_behind;
DROP TABLE export_leftovers;
