-- +goose Up
-- Edits an editor could not save yet because they are not valid (a new
-- objective without a title, a merit increase without its percentage): kept
-- beside their record until they are completed or discarded. One draft per
-- record; deleting the record deletes its draft. Appraisal drafts are as
-- confidential as the appraisal and go only where it goes (the workspace and
-- its backups).
CREATE TABLE account_drafts (
    account_id    INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE TABLE plan_drafts (
    plan_id       INTEGER PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE TABLE appraisal_drafts (
    appraisal_id  INTEGER PRIMARY KEY REFERENCES appraisals (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);

-- +goose Down
DROP TABLE appraisal_drafts;
DROP TABLE plan_drafts;
DROP TABLE account_drafts;
