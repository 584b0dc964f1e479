// Package demo fills a workspace with a realistic demo agency, and generates
// large workspaces for benchmarks.
package demo

import (
	"context"
	"fmt"

	"accountdesk/backend"
)

// DefaultAccounts is the size of the demo agency's portfolio.
const DefaultAccounts = 12

// Options scale the demo.
type Options struct {
	// Accounts is the number of client accounts; every other table scales with it.
	Accounts int
}

// Store is what the demo writes through: the same services the app uses, so
// demo data obeys every rule the user's data does.
type Store interface {
	backend.SettingsService
}

// Populate writes the demo agency into an empty workspace.
func Populate(ctx context.Context, s Store, opts Options) error {
	if opts.Accounts <= 0 {
		opts.Accounts = DefaultAccounts
	}
	settings := backend.DefaultSettings()
	settings.AgencyName = "Brightline Agency"
	settings.Currency = "USD"
	settings.FiscalYearStartMonth = 1
	if _, err := s.UpdateSettings(ctx, settings); err != nil {
		return fmt.Errorf("demo settings: %w", err)
	}
	return nil
}
