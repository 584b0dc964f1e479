-- +goose Up
-- The whitespace grid (issue 19): per account, the client's divisions or
-- brands (rows) × the agency's service lines (columns, a workspace list).
-- It replaces plan_whitespace, one status per service line in each plan
-- version: the grid belongs to the account and outlives plan versions.

CREATE TABLE service_lines (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL COLLATE NOCASE UNIQUE,
    position INTEGER NOT NULL,
    -- A retired line keeps its cells and is not offered for new ones.
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE account_divisions (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       TEXT NOT NULL COLLATE NOCASE,
    position   INTEGER NOT NULL,
    UNIQUE (account_id, name)
);

-- An empty cell has no row.
CREATE TABLE whitespace_cells (
    division_id     INTEGER NOT NULL REFERENCES account_divisions (id) ON DELETE CASCADE,
    -- A service line with cells is retired, never deleted.
    service_line_id INTEGER NOT NULL REFERENCES service_lines (id) ON DELETE RESTRICT,
    status          TEXT NOT NULL CHECK (status IN ('current', 'potential', 'competitor', 'not_for_us')),
    value_minor     INTEGER NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
    competitor      TEXT NOT NULL DEFAULT '',
    -- The plan opportunity (its key, stable across versions) made from the cell.
    opportunity_key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (division_id, service_line_id)
) WITHOUT ROWID;
CREATE INDEX whitespace_cells_service_line ON whitespace_cells (service_line_id);
CREATE INDEX whitespace_cells_opportunity ON whitespace_cells (opportunity_key) WHERE opportunity_key != '';

-- The service lines already in use, in plans' whitespace and opportunities.
INSERT INTO service_lines (name, position)
SELECT name, ROW_NUMBER() OVER (ORDER BY name COLLATE NOCASE) - 1 FROM (
    SELECT SUBSTR(TRIM(service_line), 1, 120) AS name FROM plan_whitespace WHERE TRIM(service_line) != ''
    UNION
    SELECT SUBSTR(TRIM(service_line), 1, 120) FROM plan_opportunities WHERE TRIM(service_line) != ''
) GROUP BY name COLLATE NOCASE;

-- Else an agency's usual list.
INSERT INTO service_lines (name, position)
SELECT column1, column2 FROM (VALUES
    ('Strategy', 0), ('Creative', 1), ('Media planning & buying', 2), ('Social', 3), ('Content', 4),
    ('PR', 5), ('CRM & email', 6), ('Data & analytics', 7), ('Web & digital product', 8), ('Events', 9))
WHERE NOT EXISTS (SELECT 1 FROM service_lines);

-- Each account whose plans had whitespace gets one "Whole client" row ...
INSERT INTO account_divisions (account_id, name, position)
SELECT DISTINCT p.account_id, 'Whole client', 0 FROM plans p JOIN plan_whitespace w ON w.plan_id = p.id;

-- ... holding the statuses of its latest plan version that had any: won
-- becomes current (we do it now), not relevant becomes not for us. A
-- potential or won line is linked to that plan's first opportunity of the
-- same service line. Values were never recorded: they start at 0.
WITH latest AS (
    SELECT id, account_id FROM (
        SELECT p.id, p.account_id, ROW_NUMBER() OVER (PARTITION BY p.account_id ORDER BY p.period DESC, p.version DESC) AS rn
        FROM plans p WHERE EXISTS (SELECT 1 FROM plan_whitespace w WHERE w.plan_id = p.id)
    ) WHERE rn = 1
)
INSERT INTO whitespace_cells (division_id, service_line_id, status, opportunity_key)
SELECT d.id, sl.id,
       CASE w.status WHEN 'won' THEN 'current' WHEN 'not_relevant' THEN 'not_for_us' ELSE w.status END,
       CASE WHEN w.status IN ('potential', 'won') THEN COALESCE((SELECT o.key FROM plan_opportunities o
           WHERE o.plan_id = l.id AND SUBSTR(TRIM(o.service_line), 1, 120) = sl.name COLLATE NOCASE
           ORDER BY o.position LIMIT 1), '') ELSE '' END
FROM latest l
JOIN plan_whitespace w ON w.plan_id = l.id
JOIN account_divisions d ON d.account_id = l.account_id
JOIN service_lines sl ON sl.name = SUBSTR(TRIM(w.service_line), 1, 120) COLLATE NOCASE
WHERE w.status IN ('current', 'potential', 'won', 'competitor', 'not_relevant')
GROUP BY d.id, sl.id;

DROP TABLE plan_whitespace;

-- +goose Down
CREATE TABLE plan_whitespace (
    plan_id      INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    service_line TEXT NOT NULL,
    status       TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);
DROP TABLE whitespace_cells;
DROP TABLE account_divisions;
DROP TABLE service_lines;
