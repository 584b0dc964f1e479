-- +goose Up
-- Drafts (see 00012) for the person page's details, Settings, onboarding
-- templates and review cycles' competencies and scale: what is not valid yet
-- is kept here, the rest is saved into the record. One draft per record;
-- deleting the record deletes its draft. Settings are one per workspace, so
-- their draft is keyed by the workspace's only row. A cycle's draft holds its
-- template (competencies and scale), nobody's appraisal; it is read where the
-- cycle is, behind the Appraisals lock.
CREATE TABLE person_drafts (
    person_id     INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE TABLE settings_drafts (
    workspace_id  INTEGER PRIMARY KEY REFERENCES workspace (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE TABLE template_drafts (
    template_id   INTEGER PRIMARY KEY REFERENCES templates (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE TABLE cycle_drafts (
    cycle_id      INTEGER PRIMARY KEY REFERENCES cycles (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    saved_at      TEXT NOT NULL
);

-- +goose Down
DROP TABLE cycle_drafts;
DROP TABLE template_drafts;
DROP TABLE settings_drafts;
DROP TABLE person_drafts;
