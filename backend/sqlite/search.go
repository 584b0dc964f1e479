package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"accountdesk/backend"
)

var _ backend.SearchService = (*DB)(nil)

// Search returns up to limit hits for what the user typed, best first (FTS5
// rank, titles weighted above bodies). Plans and objectives of superseded
// versions are left out.
func (d *DB) Search(ctx context.Context, text string, limit int) ([]backend.SearchHit, error) {
	out := []backend.SearchHit{}
	q := backend.FTSQuery(text)
	if q == "" {
		return out, nil
	}
	limit = min(max(limit, 1), 50)
	err := d.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
			SELECT s.kind, s.account_id, a.name, COALESCE(s.plan_id, 0), s.item_id, s.title,
				snippet(search_fts, 1, '', '', '…', 12)
			FROM search_fts f
			JOIN search_docs s ON s.id = f.rowid
			JOIN accounts a ON a.id = s.account_id
			LEFT JOIN plans p ON p.id = s.plan_id
			WHERE search_fts MATCH ?
			  AND (p.id IS NULL OR p.version = (SELECT MAX(version) FROM plans p2 WHERE p2.account_id = p.account_id AND p2.period = p.period))
			ORDER BY bm25(search_fts, 10.0, 1.0)
			LIMIT ?`, q, limit)
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
