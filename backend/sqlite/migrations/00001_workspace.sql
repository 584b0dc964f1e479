-- +goose Up
CREATE TABLE workspace (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created_at  TEXT NOT NULL
);
INSERT INTO workspace (id, created_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Settings are small JSON values keyed by name; unknown keys are ignored on read.
CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    updated_at  TEXT NOT NULL
);
