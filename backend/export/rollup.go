package export

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"accountdesk/backend"
)

// Rollup types live in backend so the bound API and TypeScript share them.
type (
	Rollup      = backend.Rollup
	RollupRow   = backend.RollupRow
	RollupTotal = backend.RollupTotal
	RollupRisk  = backend.RollupRisk
)

// BuildRollup reads every portfolio summary (.json) in a local folder; see
// BuildRollupFrom.
func BuildRollup(folder string) (Rollup, error) {
	if strings.TrimSpace(folder) == "" {
		return Rollup{}, backend.Invalid("folder", "Choose the shared folder that holds the portfolio summaries.")
	}
	abs, err := filepath.Abs(folder)
	if err != nil {
		return Rollup{}, backend.Invalid("folder", "That folder path is not valid.")
	}
	return BuildRollupFrom(context.Background(), Folder(abs))
}

// BuildRollupFrom reads every .json in a shared folder or WebDAV share, keeps
// each director's newest portfolio summary, and totals them. Files that are
// not portfolio summaries are listed as skipped, never fatal.
func BuildRollupFrom(ctx context.Context, shelf Shelf) (Rollup, error) {
	r := Rollup{Folder: shelf.String(), Directors: []RollupRow{}, Totals: []RollupTotal{}, TopRisks: []RollupRisk{}, Skipped: []string{}}
	names, err := shelf.JSONFiles(ctx)
	if err != nil {
		return r, err
	}
	newest := map[string]struct {
		doc  PortfolioSummary
		file string
	}{}
	for _, name := range names {
		data, err := shelf.Read(ctx, name)
		var doc PortfolioSummary
		if err != nil || json.Unmarshal(data, &doc) != nil || !doc.usable() {
			r.Skipped = append(r.Skipped, name)
			continue
		}
		// One row per workspace: its id when the file has one (names
		// repeat across an agency), else the director's name (files from
		// before workspace ids).
		who := "id:" + doc.WorkspaceID
		if doc.WorkspaceID == "" {
			who = "name:" + directorOf(doc)
		}
		if cur, ok := newest[who]; !ok || doc.GeneratedAt > cur.doc.GeneratedAt || (doc.GeneratedAt == cur.doc.GeneratedAt && name > cur.file) {
			newest[who] = struct {
				doc  PortfolioSummary
				file string
			}{doc, name}
		}
	}
	totals := map[string]*RollupTotal{}
	whos := make([]string, 0, len(newest))
	for who := range newest {
		whos = append(whos, who)
	}
	sort.Strings(whos) // which file is skipped on overflow does not depend on map order
	for _, key := range whos {
		n := newest[key]
		d := n.doc
		who := directorOf(d)
		t := totals[d.Currency]
		if t == nil {
			t = &RollupTotal{Currency: d.Currency}
		}
		revenue, ok1 := addMoney(t.RevenueYTDMinor, d.Totals.RevenueYTDMinor)
		target, ok2 := addMoney(t.TargetYTDMinor, d.Totals.TargetYTDMinor)
		if !ok1 || !ok2 {
			r.Skipped = append(r.Skipped, n.file) // the currency's total would not fit
			continue
		}
		totals[d.Currency] = t
		row := RollupRow{Director: who, WorkspaceID: d.WorkspaceID, Agency: d.Agency, File: n.file, GeneratedAt: d.GeneratedAt, Currency: d.Currency, Accounts: d.Totals.AccountCount,
			RevenueYTDMinor: d.Totals.RevenueYTDMinor, TargetYTDMinor: d.Totals.TargetYTDMinor, MarginYTDPct: d.Totals.MarginYTDPct,
			QBRsDue: d.Totals.QBRsDueOrOverdue, HighRisks: d.Totals.HighRisks}
		for _, a := range d.Accounts {
			switch a.Health {
			case backend.HealthGreen:
				row.Green++
			case backend.HealthAmber:
				row.Amber++
			case backend.HealthRed:
				row.Red++
			}
		}
		r.Directors = append(r.Directors, row)
		t.Directors++
		t.Accounts += row.Accounts
		t.RevenueYTDMinor, t.TargetYTDMinor = revenue, target
		t.QBRsDue += row.QBRsDue
		t.HighRisks += row.HighRisks
		for _, k := range d.TopRisks {
			r.TopRisks = append(r.TopRisks, RollupRisk{Director: who, Account: k.Account, Title: k.Title, Score: k.Score})
		}
	}
	sort.Slice(r.Directors, func(i, j int) bool {
		a, b := r.Directors[i], r.Directors[j]
		if a.Director != b.Director {
			return a.Director < b.Director
		}
		return a.File < b.File
	})
	for _, t := range totals {
		r.Totals = append(r.Totals, *t)
	}
	sort.Slice(r.Totals, func(i, j int) bool { return r.Totals[i].Currency < r.Totals[j].Currency })
	sort.SliceStable(r.TopRisks, func(i, j int) bool { return r.TopRisks[i].Score > r.TopRisks[j].Score })
	r.TopRisks = r.TopRisks[:min(10, len(r.TopRisks))]
	return r, nil
}

// directorOf names whose summary it is.
func directorOf(doc PortfolioSummary) string {
	if who := strings.TrimSpace(doc.Director); who != "" {
		return who
	}
	return strings.TrimSpace(doc.Agency + " (no name)")
}

// Bounds of what a portfolio summary may hold, as published in
// docs/export-schema.json, plus sizes no real portfolio reaches (so totals
// over many directors cannot overflow in practice; addMoney checks anyway).
const (
	maxSummaryCount = 1_000_000
	maxSummaryMoney = 1_000_000_000_000_000 // minor units: ten trillion in the currency
)

// usable reports whether a decoded file is a portfolio summary the roll-up can
// add up: the schema id, a currency code, counts that are not negative, money
// and risk scores within bounds. Anything else is skipped, never guessed at.
func (s PortfolioSummary) usable() bool {
	count := func(n int) bool { return n >= 0 && n <= maxSummaryCount }
	money := func(m int64) bool { return m >= -maxSummaryMoney && m <= maxSummaryMoney }
	if s.Schema != PortfolioSchema || !isCurrencyCode(s.Currency) ||
		!count(s.Totals.AccountCount) || !count(s.Totals.QBRsDueOrOverdue) || !count(s.Totals.HighRisks) ||
		!money(s.Totals.RevenueYTDMinor) || !money(s.Totals.TargetYTDMinor) ||
		len(s.Accounts) > maxSummaryCount || len(s.TopRisks) > maxSummaryCount {
		return false
	}
	for _, k := range s.TopRisks {
		if k.Score < 1 || k.Score > 25 {
			return false
		}
	}
	return true
}

// isCurrencyCode reports whether c has the form of an ISO 4217 code.
func isCurrencyCode(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := range 3 {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// addMoney returns a+b, and false when the sum does not fit.
func addMoney(a, b int64) (int64, bool) {
	sum := a + b
	if (b > 0 && sum < a) || (b < 0 && sum > a) {
		return 0, false
	}
	return sum, true
}

// RollupPDF renders the roll-up as one PDF for the Director of Account
// Services; lh names who made it (the PDF's author) and how dates read.
func RollupPDF(r Rollup, lh Letterhead, generated string) ([]byte, error) {
	d := newPDF("Portfolio roll-up", generated)
	d.by(lh.Director, lh.Locale)
	d.heading("Portfolio roll-up", fmt.Sprintf("%d directors · from %s", len(r.Directors), r.Folder))
	d.section("By director")
	var rows [][]string
	for _, x := range r.Directors {
		rows = append(rows, []string{x.Director, fmt.Sprint(x.Accounts), nbsp(Money(x.RevenueYTDMinor, x.Currency)), nbsp(Money(x.TargetYTDMinor, x.Currency)),
			fmt.Sprintf("%.0f%%", x.MarginYTDPct), fmt.Sprintf("%d/%d/%d", x.Green, x.Amber, x.Red), fmt.Sprint(x.QBRsDue), fmt.Sprint(x.HighRisks)})
	}
	d.table([]string{"Director", "Accounts", "Revenue YTD", "Target YTD", "Margin", "G/A/R", "QBRs due", "High risks"},
		nil, rows, map[int]bool{1: true, 2: true, 3: true, 4: true, 6: true, 7: true})
	d.section("Totals")
	rows = nil
	for _, t := range r.Totals {
		rows = append(rows, []string{t.Currency, fmt.Sprint(t.Directors), fmt.Sprint(t.Accounts), nbsp(Money(t.RevenueYTDMinor, t.Currency)), nbsp(Money(t.TargetYTDMinor, t.Currency)), fmt.Sprint(t.QBRsDue), fmt.Sprint(t.HighRisks)})
	}
	d.table([]string{"Currency", "Directors", "Accounts", "Revenue YTD", "Target YTD", "QBRs due", "High risks"}, nil, rows,
		map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true})
	d.section("Top risks")
	rows = nil
	for _, k := range r.TopRisks {
		rows = append(rows, []string{k.Director, k.Account, k.Title, fmt.Sprint(k.Score)})
	}
	d.table([]string{"Director", "Account", "Risk", "Score"}, nil, rows, map[int]bool{3: true})
	return d.bytes()
}
