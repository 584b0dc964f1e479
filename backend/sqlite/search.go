package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"accountdesk/backend"
)

var _ backend.SearchService = (*DB)(nil)

// Search returns up to limit hits for what the user typed, best first (FTS5
// rank, titles weighted above bodies). Only the latest version of each plan
// is in the index (migration 00010).
//
// The matches are ranked and cut to limit inside FTS5 (ORDER BY rank), which
// makes snippets from the position lists it already holds; only those rows
// are then joined. Joining every match before ranking, or making snippets
// after, is two to five times slower on a 5 000-account workspace.
func (d *DB) Search(ctx context.Context, text string, limit int) ([]backend.SearchHit, error) {
	out := []backend.SearchHit{}
	q := backend.FTSQuery(text)
	if q == "" {
		return out, nil
	}
	limit = min(max(limit, 1), 50)
	err := d.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
			WITH top AS (
				SELECT rowid AS id, rank, snippet(search_fts, 1, '', '', '…', 12) AS snippet
				FROM search_fts
				WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0)'
				ORDER BY rank
				LIMIT ?)
			SELECT s.kind, s.account_id, a.name, COALESCE(s.plan_id, 0), s.item_id, s.title, top.snippet
			FROM top
			JOIN search_docs s ON s.id = top.id
			JOIN accounts a ON a.id = s.account_id
			ORDER BY top.rank`, q, limit)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h backend.SearchHit
			if err := rows.Scan(&h.Kind, &h.AccountID, &h.AccountName, &h.PlanID, &h.ItemID, &h.Title, &h.Snippet); err != nil {
				return err
			}
			out = append(out, h)
		}
		return rows.Err()
	})
	return out, err
}
