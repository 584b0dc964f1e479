-- +goose Up
CREATE TABLE accounts (
    id                       INTEGER PRIMARY KEY,
    name                     TEXT NOT NULL COLLATE NOCASE UNIQUE,
    industry                 TEXT NOT NULL DEFAULT '',
    tier                     TEXT NOT NULL CHECK (tier IN ('strategic','key','standard')),
    status                   TEXT NOT NULL CHECK (status IN ('prospect','active','at_risk','churned')),
    health                   TEXT NOT NULL CHECK (health IN ('green','amber','red')),
    health_reason            TEXT NOT NULL DEFAULT '',
    contract_type            TEXT NOT NULL CHECK (contract_type IN ('retainer','project','mixed')),
    retainer_hours_per_month REAL NOT NULL DEFAULT 0,
    contract_start           TEXT NOT NULL DEFAULT '',
    renewal_date             TEXT NOT NULL DEFAULT '',
    agency_of_record         INTEGER NOT NULL DEFAULT 0,
    notes                    TEXT NOT NULL DEFAULT '',
    version                  INTEGER NOT NULL DEFAULT 1,
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

CREATE TABLE account_health_history (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    health      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL
);
CREATE INDEX account_health_history_account ON account_health_history (account_id, changed_at);

CREATE TABLE stakeholders (
    id                  INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    title               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL,
    influence           INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5),
    sentiment           TEXT NOT NULL,
    relationship_now    TEXT NOT NULL,
    relationship_target TEXT NOT NULL,
    last_contact        TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stakeholders_account ON stakeholders (account_id);

CREATE TABLE account_months (
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    month           TEXT NOT NULL,
    revenue_minor   INTEGER NOT NULL DEFAULT 0,
    cost_minor      INTEGER NOT NULL DEFAULT 0,
    writeoff_minor  INTEGER NOT NULL DEFAULT 0,
    hours_used      REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, month)
) WITHOUT ROWID;

CREATE TABLE plans (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    period               TEXT NOT NULL,
    version              INTEGER NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('draft','in_review','approved','archived')),
    -- The plan's text and lists; items live in their own tables.
    body                 TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
    revenue_target_minor INTEGER NOT NULL DEFAULT 0,
    growth_target_pct    REAL NOT NULL DEFAULT 0,
    approved_at          TEXT NOT NULL DEFAULT '',
    row_version          INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (account_id, period, version)
);
CREATE INDEX plans_account_latest ON plans (account_id, period DESC, version DESC);

CREATE TABLE plan_objectives (
    plan_id   INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    title     TEXT NOT NULL,
    kpi       TEXT NOT NULL DEFAULT '',
    unit      TEXT NOT NULL DEFAULT '',
    baseline  REAL NOT NULL DEFAULT 0,
    target    REAL NOT NULL DEFAULT 0,
    current   REAL NOT NULL DEFAULT 0,
    cadence   TEXT NOT NULL,
    due       TEXT NOT NULL DEFAULT '',
    owner     TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_opportunities (
    plan_id        INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    key            TEXT NOT NULL,
    title          TEXT NOT NULL,
    service_line   TEXT NOT NULL DEFAULT '',
    type           TEXT NOT NULL,
    value_minor    INTEGER NOT NULL DEFAULT 0,
    probability    INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    stage          TEXT NOT NULL,
    expected_close TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_whitespace (
    plan_id      INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    service_line TEXT NOT NULL,
    status       TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_risks (
    plan_id    INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    key        TEXT NOT NULL,
    title      TEXT NOT NULL,
    category   TEXT NOT NULL,
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact     INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation TEXT NOT NULL DEFAULT '',
    owner      TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_actions (
    plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    key           TEXT NOT NULL,
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    due           TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    objective_key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE qbrs (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('on_site','remote')),
    attendees   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees)),
    progress    TEXT NOT NULL DEFAULT '',
    issues      TEXT NOT NULL DEFAULT '',
    initiatives TEXT NOT NULL DEFAULT '',
    next_steps  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX qbrs_account_date ON qbrs (account_id, date);
