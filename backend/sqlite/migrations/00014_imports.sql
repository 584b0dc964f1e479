-- +goose Up
-- Imports (issue 16). Each import of a file is a batch; what it created and
-- changed is journalled so Undo can take it back; links remember which
-- record a source's id stands for, so the next export of the same tool
-- updates instead of duplicating.
CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: an undone batch keeps its number
    kind        TEXT NOT NULL CHECK (kind IN ('accounts','contacts','opportunities','figures','hours')),
    source      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    header      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(header)),
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    undone_at   TEXT NOT NULL DEFAULT ''
);

-- One link per (source, kind, external id). The record columns cascade, so a
-- record deleted by hand takes its link with it and the next import creates
-- it again rather than writing to whatever reuses its id.
CREATE TABLE import_links (
    source         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    external_id    TEXT NOT NULL,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholders (id) ON DELETE CASCADE,
    item_key       TEXT NOT NULL DEFAULT '', -- an opportunity's key in the account's plans
    batch_id       INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    PRIMARY KEY (source, kind, external_id)
) WITHOUT ROWID;
CREATE INDEX import_links_account ON import_links (account_id);
CREATE INDEX import_links_stakeholder ON import_links (stakeholder_id);
CREATE INDEX import_links_batch ON import_links (batch_id);

-- What a batch did to each record: created it, or changed fields from old to
-- new (fields: {"field": ["old", "new"]}; for a creation, the values written).
CREATE TABLE import_changes (
    batch_id       INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    entity         TEXT NOT NULL CHECK (entity IN ('account','stakeholder','opportunity','month','plan')),
    action         TEXT NOT NULL CHECK (action IN ('created','updated')),
    account_id     INTEGER NOT NULL,
    record_id      INTEGER NOT NULL DEFAULT 0, -- the stakeholder or plan
    item_key       TEXT NOT NULL DEFAULT '',   -- the opportunity's key or the month
    label          TEXT NOT NULL,              -- the record as the user knows it
    fields         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;

-- A batch's failed rows, to save as a CSV and fix.
CREATE TABLE import_failures (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    line     INTEGER NOT NULL,
    col      TEXT NOT NULL DEFAULT '',
    reason   TEXT NOT NULL,
    cells    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cells)),
    PRIMARY KEY (batch_id, line)
) WITHOUT ROWID;

-- Mappings the user confirmed, reused for the next file of the same shape:
-- the same column names, in any order (importer.Shape).
CREATE TABLE import_mappings (
    shape    TEXT PRIMARY KEY,
    mapping  TEXT NOT NULL CHECK (json_valid(mapping)),
    saved_at TEXT NOT NULL
) WITHOUT ROWID;

-- +goose Down
DROP TABLE import_mappings;
DROP TABLE import_failures;
DROP TABLE import_changes;
DROP TABLE import_links;
DROP TABLE import_batches;
