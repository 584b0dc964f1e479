-- +goose Up
-- Search finds only the latest version of each plan. Until now every version
-- stayed in the index and each search dropped the superseded ones row by row,
-- which cost more than the ranking itself on a large workspace. Now a new
-- version takes the older versions' plan and objectives out of the index.

DELETE FROM search_docs
WHERE plan_id IN (
    SELECT p.id FROM plans p
    WHERE EXISTS (SELECT 1 FROM plans n WHERE n.account_id = p.account_id AND n.period = p.period AND n.version > p.version)
);

-- +goose StatementBegin
CREATE TRIGGER plans_search_supersede AFTER INSERT ON plans BEGIN
    DELETE FROM search_docs
    WHERE plan_id IN (SELECT id FROM plans WHERE account_id = new.account_id AND period = new.period AND version < new.version);
END;
-- +goose StatementEnd

-- Objectives written to a superseded version (never by the app, which edits
-- only the latest) stay out of the index.
DROP TRIGGER objectives_search_ai;
-- +goose StatementBegin
CREATE TRIGGER objectives_search_ai AFTER INSERT ON plan_objectives BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'objective', new.rowid, p.account_id, new.plan_id, new.title, new.kpi || ' ' || new.owner
    FROM plans p
    WHERE p.id = new.plan_id
      AND NOT EXISTS (SELECT 1 FROM plans n WHERE n.account_id = p.account_id AND n.period = p.period AND n.version > p.version);
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER plans_search_supersede;
DROP TRIGGER objectives_search_ai;
-- +goose StatementBegin
CREATE TRIGGER objectives_search_ai AFTER INSERT ON plan_objectives BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'objective', new.rowid, p.account_id, new.plan_id, new.title, new.kpi || ' ' || new.owner
    FROM plans p WHERE p.id = new.plan_id;
END;
-- +goose StatementEnd
INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'plan', id, account_id, id, period,
           coalesce(json_extract(body, '$.executiveSummary'), '') || ' ' || coalesce(json_extract(body, '$.vision'), '')
    FROM plans WHERE id NOT IN (SELECT plan_id FROM search_docs WHERE kind = 'plan');
INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'objective', o.rowid, p.account_id, o.plan_id, o.title, o.kpi || ' ' || o.owner
    FROM plan_objectives o JOIN plans p ON p.id = o.plan_id
    WHERE o.rowid NOT IN (SELECT item_id FROM search_docs WHERE kind = 'objective');
