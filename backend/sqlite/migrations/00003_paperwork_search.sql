-- +goose Up
CREATE TABLE jobs (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    number         TEXT NOT NULL,
    name           TEXT NOT NULL,
    status         TEXT NOT NULL,
    next_step      TEXT NOT NULL DEFAULT '',
    milestone_date TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, number)
);

CREATE TABLE contact_reports (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    meeting_at  TEXT NOT NULL,
    written_at  TEXT NOT NULL,
    attendees   TEXT NOT NULL DEFAULT '',
    decisions   TEXT NOT NULL DEFAULT '',
    budget      TEXT NOT NULL DEFAULT '',
    next_steps  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_reports_account ON contact_reports (account_id, meeting_at);

-- Search: search_docs holds one row per searchable thing, kept by triggers on
-- the source tables; search_fts is an FTS5 index over it (external content).
CREATE TABLE search_docs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,      -- account, stakeholder, plan, objective
    item_id     INTEGER NOT NULL,   -- rowid in the source table
    account_id  INTEGER NOT NULL,
    plan_id     INTEGER,            -- for plans and objectives
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, item_id)
);
CREATE INDEX search_docs_account ON search_docs (account_id);
CREATE INDEX search_docs_plan ON search_docs (plan_id);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER accounts_search_ai AFTER INSERT ON accounts BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, title, body)
    VALUES ('account', new.id, new.id, new.name, new.industry || ' ' || new.notes);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER accounts_search_au AFTER UPDATE OF name, industry, notes ON accounts BEGIN
    UPDATE search_docs SET title = new.name, body = new.industry || ' ' || new.notes
    WHERE kind = 'account' AND item_id = new.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER accounts_search_ad AFTER DELETE ON accounts BEGIN
    DELETE FROM search_docs WHERE account_id = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER stakeholders_search_ai AFTER INSERT ON stakeholders BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, title, body)
    VALUES ('stakeholder', new.id, new.account_id, new.name, new.title || ' ' || new.email || ' ' || new.notes);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER stakeholders_search_au AFTER UPDATE ON stakeholders BEGIN
    UPDATE search_docs SET title = new.name, body = new.title || ' ' || new.email || ' ' || new.notes
    WHERE kind = 'stakeholder' AND item_id = new.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER stakeholders_search_ad AFTER DELETE ON stakeholders BEGIN
    DELETE FROM search_docs WHERE kind = 'stakeholder' AND item_id = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER plans_search_ai AFTER INSERT ON plans BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    VALUES ('plan', new.id, new.account_id, new.id, new.period,
            coalesce(json_extract(new.body, '$.executiveSummary'), '') || ' ' || coalesce(json_extract(new.body, '$.vision'), ''));
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER plans_search_au AFTER UPDATE OF body ON plans BEGIN
    UPDATE search_docs SET body = coalesce(json_extract(new.body, '$.executiveSummary'), '') || ' ' || coalesce(json_extract(new.body, '$.vision'), '')
    WHERE kind = 'plan' AND item_id = new.id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER plans_search_ad AFTER DELETE ON plans BEGIN
    DELETE FROM search_docs WHERE plan_id = old.id;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER objectives_search_ai AFTER INSERT ON plan_objectives BEGIN
    INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'objective', new.rowid, p.account_id, new.plan_id, new.title, new.kpi || ' ' || new.owner
    FROM plans p WHERE p.id = new.plan_id;
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER objectives_search_ad AFTER DELETE ON plan_objectives BEGIN
    DELETE FROM search_docs WHERE kind = 'objective' AND item_id = old.rowid;
END;
-- +goose StatementEnd

-- Index what existed before this migration.
INSERT INTO search_docs (kind, item_id, account_id, title, body)
    SELECT 'account', id, id, name, industry || ' ' || notes FROM accounts;
INSERT INTO search_docs (kind, item_id, account_id, title, body)
    SELECT 'stakeholder', id, account_id, name, title || ' ' || email || ' ' || notes FROM stakeholders;
INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'plan', id, account_id, id, period,
           coalesce(json_extract(body, '$.executiveSummary'), '') || ' ' || coalesce(json_extract(body, '$.vision'), '') FROM plans;
INSERT INTO search_docs (kind, item_id, account_id, plan_id, title, body)
    SELECT 'objective', o.rowid, p.account_id, o.plan_id, o.title, o.kpi || ' ' || o.owner
    FROM plan_objectives o JOIN plans p ON p.id = o.plan_id;
