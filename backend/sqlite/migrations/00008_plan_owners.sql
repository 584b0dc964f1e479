-- +goose Up
-- Owners of objectives, risks and actions become team members. The owner
-- text stays: it names the owner when nobody on the roster matches.
ALTER TABLE plan_objectives ADD COLUMN owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE plan_risks ADD COLUMN owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
ALTER TABLE plan_actions ADD COLUMN owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL;

-- Match the names typed so far to the roster (ignoring case and spaces at the ends).
UPDATE plan_objectives SET owner_id = (SELECT id FROM people p WHERE lower(trim(p.name)) = lower(trim(plan_objectives.owner)) ORDER BY id LIMIT 1) WHERE owner != '';
UPDATE plan_risks SET owner_id = (SELECT id FROM people p WHERE lower(trim(p.name)) = lower(trim(plan_risks.owner)) ORDER BY id LIMIT 1) WHERE owner != '';
UPDATE plan_actions SET owner_id = (SELECT id FROM people p WHERE lower(trim(p.name)) = lower(trim(plan_actions.owner)) ORDER BY id LIMIT 1) WHERE owner != '';
