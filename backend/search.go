package backend

import (
	"context"
	"strings"
	"unicode"
)

// SearchHit is one thing the command palette can jump to.
type SearchHit struct {
	Kind        string `json:"kind"` // account, stakeholder, plan, objective
	AccountID   int64  `json:"accountId"`
	AccountName string `json:"accountName"`
	PlanID      int64  `json:"planId"`
	ItemID      int64  `json:"itemId"`
	Title       string `json:"title"`
	Snippet     string `json:"snippet"`
}

// SearchService finds things by what the user types.
type SearchService interface {
	// Search returns up to limit hits for what the user typed, best first.
	// Only the latest version of each plan is searched.
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)
}

// FTSQuery turns what a user typed into a safe FTS5 query: every word is
// quoted (so operators and punctuation are literal) and the last one is a
// prefix, so results appear while typing. It returns "" when nothing
// searchable is left.
func FTSQuery(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	if len(words) > 12 {
		words = words[:12]
	}
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, `"`+w+`"`)
	}
	if len(parts) == 0 {
		return ""
	}
	parts[len(parts)-1] += "*"
	return strings.Join(parts, " ")
}
