-- +goose Up
-- Hours each team member logged on each account per month, as a timesheet
-- export (Harvest, Toggl, Clockify) adds them up (issue 16). The account's
-- own month (account_months.hours_used) stays the account's total; these are
-- the people's shares of it, to set beside what they were allocated.
CREATE TABLE person_hours (
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    month      TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    hours      REAL NOT NULL CHECK (hours >= 0),
    PRIMARY KEY (person_id, account_id, month)
) WITHOUT ROWID;
CREATE INDEX person_hours_account ON person_hours (account_id, month);

-- The import journal learns the new record kind (SQLite cannot change a
-- CHECK in place: the table is copied).
CREATE TABLE import_changes_new (
    batch_id       INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    entity         TEXT NOT NULL CHECK (entity IN ('account','stakeholder','opportunity','month','plan','person_hours')),
    action         TEXT NOT NULL CHECK (action IN ('created','updated')),
    account_id     INTEGER NOT NULL,
    record_id      INTEGER NOT NULL DEFAULT 0, -- the stakeholder, plan or person
    item_key       TEXT NOT NULL DEFAULT '',   -- the opportunity's key or the month
    label          TEXT NOT NULL,              -- the record as the user knows it
    fields         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;
INSERT INTO import_changes_new SELECT batch_id, seq, entity, action, account_id, record_id, item_key, label, fields FROM import_changes;
DROP TABLE import_changes;
ALTER TABLE import_changes_new RENAME TO import_changes;

-- +goose Down
CREATE TABLE import_changes_old (
    batch_id       INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    entity         TEXT NOT NULL CHECK (entity IN ('account','stakeholder','opportunity','month','plan')),
    action         TEXT NOT NULL CHECK (action IN ('created','updated')),
    account_id     INTEGER NOT NULL,
    record_id      INTEGER NOT NULL DEFAULT 0,
    item_key       TEXT NOT NULL DEFAULT '',
    label          TEXT NOT NULL,
    fields         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;
INSERT INTO import_changes_old SELECT batch_id, seq, entity, action, account_id, record_id, item_key, label, fields
    FROM import_changes WHERE entity <> 'person_hours';
DROP TABLE import_changes;
ALTER TABLE import_changes_old RENAME TO import_changes;
DROP TABLE person_hours;
