-- +goose Up
-- A feedback note may be a passage the director pulled out of a 1:1's private
-- notes: the note keeps which 1:1 it came from (the private notes themselves
-- stay where they are, never shown beside an appraisal). Deleting the 1:1
-- keeps the note, without the link.
ALTER TABLE feedback_notes ADD COLUMN one_on_one_id INTEGER REFERENCES one_on_ones (id) ON DELETE SET NULL;
CREATE INDEX feedback_notes_one_on_one ON feedback_notes (one_on_one_id);

-- +goose Down
DROP INDEX feedback_notes_one_on_one;
ALTER TABLE feedback_notes DROP COLUMN one_on_one_id;
