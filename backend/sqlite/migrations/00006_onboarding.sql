-- +goose Up
CREATE TABLE templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    for_role    TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0,
    built_in    INTEGER NOT NULL DEFAULT 0,
    tasks       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tasks)),
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE onboardings (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    template_name TEXT NOT NULL,
    start_date    TEXT NOT NULL,
    buddy_id      INTEGER REFERENCES people (id) ON DELETE SET NULL,
    skip_weekends INTEGER NOT NULL DEFAULT 1,
    status        TEXT NOT NULL CHECK (status IN ('in_progress','completed','closed')),
    closed_reason TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
-- One checklist in progress per person.
CREATE UNIQUE INDEX onboardings_one_open ON onboardings (person_id) WHERE status = 'in_progress';

CREATE TABLE onboarding_tasks (
    id              INTEGER PRIMARY KEY,
    onboarding_id   INTEGER NOT NULL REFERENCES onboardings (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL,
    owner_kind      TEXT NOT NULL,
    owner_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    due             TEXT NOT NULL,
    optional        INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL CHECK (state IN ('open','done','skipped')),
    done_by         TEXT NOT NULL DEFAULT '',
    done_at         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    account_id      INTEGER REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX onboarding_tasks_onboarding ON onboarding_tasks (onboarding_id, position);
