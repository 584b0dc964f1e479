-- +goose Up
-- Peer and 360 feedback requests (issue 17). As confidential as appraisals:
-- behind the appraisals passphrase, never logged, never exported without
-- --include-appraisals, never in the search index.

-- questions and scale are JSON (backend.PeerQuestion list, backend.Scale),
-- kept as asked: a cycle changed later does not change what was asked.
-- token names the request in the forms and in their response files.
CREATE TABLE peer_requests (
    id          INTEGER PRIMARY KEY,
    token       TEXT NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    scale       TEXT NOT NULL CHECK (json_valid(scale)),
    questions   TEXT NOT NULL CHECK (json_valid(questions)),
    due         TEXT NOT NULL,
    anonymous   INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    created_at  TEXT NOT NULL,
    sent_to     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX peer_requests_person ON peer_requests (person_id, cycle_id);
CREATE INDEX peer_requests_cycle ON peer_requests (cycle_id);

-- secret is the reviewer's proof that a response is theirs.
CREATE TABLE peer_reviewers (
    id            INTEGER PRIMARY KEY,
    request_id    INTEGER NOT NULL REFERENCES peer_requests (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL CHECK (relationship IN ('peer','client','other')),
    secret        TEXT NOT NULL,
    form_file     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX peer_reviewers_request ON peer_reviewers (request_id, position);

-- One counted response per reviewer; answers are kept as the reviewer wrote them.
CREATE TABLE peer_responses (
    reviewer_id  INTEGER PRIMARY KEY REFERENCES peer_reviewers (id) ON DELETE CASCADE,
    answers      TEXT NOT NULL CHECK (json_valid(answers)),
    received     TEXT NOT NULL,
    file_sha256  TEXT NOT NULL
);

-- +goose Down
DROP TABLE peer_responses;
DROP TABLE peer_reviewers;
DROP TABLE peer_requests;
