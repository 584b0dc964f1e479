-- +goose Up
-- Each account's plan summary as it was last exported, to show "what changed
-- since the last export" in the next one. One row per account.
CREATE TABLE export_snapshots (
    account_id   INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    exported_at  TEXT NOT NULL,
    summary      TEXT NOT NULL CHECK (json_valid(summary))
);

-- +goose Down
DROP TABLE export_snapshots;
