-- +goose Up
-- The contract's notice period (issue 18: "renewals and notice dates"): how
-- many days before the renewal date either side must give notice. 0: none
-- recorded.
ALTER TABLE accounts ADD COLUMN notice_days INTEGER NOT NULL DEFAULT 0 CHECK (notice_days BETWEEN 0 AND 365);

-- +goose Down
ALTER TABLE accounts DROP COLUMN notice_days;
