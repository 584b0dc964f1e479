-- +goose Up
-- 1:1 meetings and feedback notes (issue 17). As confidential as appraisals:
-- behind the appraisals passphrase, never logged, never exported, never in
-- the search index.

-- How often the director meets a person one to one; since is the day the
-- cadence was set (the first 1:1 is due one interval after it).
CREATE TABLE one_on_one_cadences (
    person_id  INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    cadence    TEXT NOT NULL CHECK (cadence IN ('weekly','fortnightly','monthly')),
    since      TEXT NOT NULL
);

-- points and actions are JSON lists (backend.TalkingPoint, backend.OneOnOneAction);
-- private_notes are the director's alone.
CREATE TABLE one_on_ones (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    date          TEXT NOT NULL,
    points        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(points)),
    shared_notes  TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    actions       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actions)),
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (person_id, date)
);

CREATE TABLE one_on_one_drafts (
    one_on_one_id INTEGER PRIMARY KEY REFERENCES one_on_ones (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);

-- A note keeps its person; a deleted account only unlinks it.
CREATE TABLE feedback_notes (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('praise','concern','coaching','client_feedback')),
    text        TEXT NOT NULL,
    date        TEXT NOT NULL,
    account_id  INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    competency  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX feedback_notes_person ON feedback_notes (person_id, date);
CREATE INDEX feedback_notes_account ON feedback_notes (account_id);

-- +goose Down
DROP TABLE feedback_notes;
DROP TABLE one_on_one_drafts;
DROP TABLE one_on_ones;
DROP TABLE one_on_one_cadences;
