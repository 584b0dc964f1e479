-- +goose Up
-- Plan types and versioned templates (issue 19). A template is of one plan
-- type; each save of it is a new version, and a plan keeps the version it
-- started from. The three built-in templates are written by the store on
-- opening (seedPlanTemplates, from backend.BuiltInPlanTemplates), which then
-- gives the plans made before this migration the built-in retention
-- template's version 1: every existing plan is a retention plan.
CREATE TABLE plan_templates (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL COLLATE NOCASE UNIQUE,
	type TEXT NOT NULL CHECK (type IN ('retention', 'expansion', 'acquisition')),
	built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
	created_at TEXT NOT NULL
);

CREATE TABLE plan_template_versions (
	template_id INTEGER NOT NULL REFERENCES plan_templates (id) ON DELETE CASCADE,
	version INTEGER NOT NULL CHECK (version >= 1),
	-- JSON: description, sections (key, questions, counts) and suggested objectives.
	body TEXT NOT NULL CHECK (json_valid(body)),
	saved_at TEXT NOT NULL,
	PRIMARY KEY (template_id, version)
) WITHOUT ROWID;

ALTER TABLE plans ADD COLUMN plan_type TEXT NOT NULL DEFAULT 'retention'
	CHECK (plan_type IN ('retention', 'expansion', 'acquisition'));
ALTER TABLE plans ADD COLUMN template_id INTEGER REFERENCES plan_templates (id) ON DELETE SET NULL;
ALTER TABLE plans ADD COLUMN template_version INTEGER;
CREATE INDEX plans_template ON plans (template_id, template_version);

-- +goose Down
DROP INDEX plans_template;
ALTER TABLE plans DROP COLUMN template_version;
ALTER TABLE plans DROP COLUMN template_id;
ALTER TABLE plans DROP COLUMN plan_type;
DROP TABLE plan_template_versions;
DROP TABLE plan_templates;
