-- +goose Up
-- One row per export run: when, what, where (never credentials), the files
-- with their checksums, and how it ended.
CREATE TABLE export_runs (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    what         TEXT NOT NULL,
    formats      TEXT NOT NULL,
    destination  TEXT NOT NULL,
    ok           INTEGER NOT NULL,
    message      TEXT NOT NULL DEFAULT '',
    files        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(files))
);
