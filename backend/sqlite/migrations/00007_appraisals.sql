-- +goose Up
CREATE TABLE cycles (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    period_from   TEXT NOT NULL,
    period_to     TEXT NOT NULL,
    due           TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('draft','open','calibration','closed')),
    closed_reason TEXT NOT NULL DEFAULT '',
    scale         TEXT NOT NULL CHECK (json_valid(scale)),
    competencies  TEXT NOT NULL CHECK (json_valid(competencies)),
    created_at    TEXT NOT NULL
);

-- Appraisal text lives in body (JSON) and private_notes; it is confidential.
CREATE TABLE appraisals (
    id            INTEGER PRIMARY KEY,
    cycle_id      INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('draft','self_review','manager_review','calibration','finalized','acknowledged')),
    body          TEXT NOT NULL CHECK (json_valid(body)),
    private_notes TEXT NOT NULL DEFAULT '',
    ack_date      TEXT NOT NULL DEFAULT '',
    ack_comment   TEXT NOT NULL DEFAULT '',
    evidence      TEXT CHECK (evidence IS NULL OR json_valid(evidence)),
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (cycle_id, person_id)
);
CREATE INDEX appraisals_person ON appraisals (person_id);

CREATE TABLE appraisal_audit (
    id            INTEGER PRIMARY KEY,
    appraisal_id  INTEGER NOT NULL REFERENCES appraisals (id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    action        TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appraisal_audit_appraisal ON appraisal_audit (appraisal_id, at);
