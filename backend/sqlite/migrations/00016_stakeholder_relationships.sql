-- +goose Up
-- How each stakeholder stands to the others and to the agency: whom they
-- report to, whether they have left and who replaced them, which team member
-- covers them; and whom they influence, with a strength. Every link stays
-- within one account (checked by the store before a save, and by the
-- triggers below for any other writer).
CREATE TABLE stakeholder_relations (
    stakeholder_id INTEGER PRIMARY KEY REFERENCES stakeholders (id) ON DELETE CASCADE,
    reports_to     INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
    owner_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
    has_left       INTEGER NOT NULL DEFAULT 0 CHECK (has_left IN (0, 1)),
    replaced_by    INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
    CHECK (reports_to IS NULL OR reports_to != stakeholder_id),
    CHECK (replaced_by IS NULL OR replaced_by != stakeholder_id)
);
CREATE INDEX stakeholder_relations_reports_to ON stakeholder_relations (reports_to);
CREATE INDEX stakeholder_relations_replaced_by ON stakeholder_relations (replaced_by);
CREATE INDEX stakeholder_relations_owner ON stakeholder_relations (owner_id);

CREATE TABLE stakeholder_influences (
    from_id  INTEGER NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
    to_id    INTEGER NOT NULL REFERENCES stakeholders (id) ON DELETE CASCADE,
    strength TEXT NOT NULL CHECK (strength IN ('low', 'medium', 'high')),
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id != to_id)
);
CREATE INDEX stakeholder_influences_to ON stakeholder_influences (to_id);

-- +goose StatementBegin
CREATE TRIGGER stakeholder_relations_same_account BEFORE INSERT ON stakeholder_relations
WHEN (NEW.reports_to IS NOT NULL AND (SELECT account_id FROM stakeholders WHERE id = NEW.reports_to)
        IS NOT (SELECT account_id FROM stakeholders WHERE id = NEW.stakeholder_id))
  OR (NEW.replaced_by IS NOT NULL AND (SELECT account_id FROM stakeholders WHERE id = NEW.replaced_by)
        IS NOT (SELECT account_id FROM stakeholders WHERE id = NEW.stakeholder_id))
BEGIN
    SELECT RAISE(ABORT, 'stakeholder relation across accounts');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER stakeholder_relations_same_account_u BEFORE UPDATE ON stakeholder_relations
WHEN (NEW.reports_to IS NOT NULL AND (SELECT account_id FROM stakeholders WHERE id = NEW.reports_to)
        IS NOT (SELECT account_id FROM stakeholders WHERE id = NEW.stakeholder_id))
  OR (NEW.replaced_by IS NOT NULL AND (SELECT account_id FROM stakeholders WHERE id = NEW.replaced_by)
        IS NOT (SELECT account_id FROM stakeholders WHERE id = NEW.stakeholder_id))
BEGIN
    SELECT RAISE(ABORT, 'stakeholder relation across accounts');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER stakeholder_influences_same_account BEFORE INSERT ON stakeholder_influences
WHEN (SELECT account_id FROM stakeholders WHERE id = NEW.from_id) IS NOT (SELECT account_id FROM stakeholders WHERE id = NEW.to_id)
BEGIN
    SELECT RAISE(ABORT, 'stakeholder influence across accounts');
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER stakeholder_influences_same_account;
DROP TRIGGER stakeholder_relations_same_account_u;
DROP TRIGGER stakeholder_relations_same_account;
DROP TABLE stakeholder_influences;
DROP TABLE stakeholder_relations;
