-- +goose Up
CREATE TABLE roles (
    name      TEXT PRIMARY KEY COLLATE NOCASE,
    position  INTEGER NOT NULL
);
INSERT INTO roles (name, position) VALUES
    ('Group Account Director', 0), ('Account Director', 1), ('Account Supervisor', 2), ('Account Manager', 3),
    ('Senior Account Executive', 4), ('Account Executive', 5), ('Account Coordinator', 6);

CREATE TABLE people (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL,
    email                   TEXT NOT NULL DEFAULT '',
    role                    TEXT NOT NULL REFERENCES roles (name) ON UPDATE CASCADE,
    reports_to              INTEGER REFERENCES people (id) ON DELETE SET NULL,
    start_date              TEXT NOT NULL,
    end_date                TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL CHECK (status IN ('onboarding','active','leaving','left')),
    location                TEXT NOT NULL DEFAULT '',
    capacity_hours_per_week REAL NOT NULL CHECK (capacity_hours_per_week > 0),
    skills                  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills)),
    notes                   TEXT NOT NULL DEFAULT '',
    version                 INTEGER NOT NULL DEFAULT 1,
    CHECK (reports_to IS NULL OR reports_to != id)
);
CREATE INDEX people_reports_to ON people (reports_to);

CREATE TABLE allocations (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    percent     REAL NOT NULL CHECK (percent > 0 AND percent <= 100),
    role        TEXT NOT NULL CHECK (role IN ('lead','support','backup')),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL DEFAULT '',
    tentative   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX allocations_person ON allocations (person_id);
CREATE INDEX allocations_account ON allocations (account_id);
