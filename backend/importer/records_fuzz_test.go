package importer_test

import (
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

// FuzzRows: whatever the cells of a row, reading it for any kind never
// panics, and a record it yields passes the save rules (it is what would be
// stored), or the row fails with a column and a reason.
func FuzzRows(f *testing.F) {
	f.Add("Acme Inc.", "Retail", "2026-12-31", "40", "Closed Won", "$1,200.00", "0.9", "Jan 2026", "7:30")
	f.Add("", "=HYPERLINK(\"x\")", "31/02/2026", "-5", "", "(500,00)", "150%", "13/2026", "99:99")
	f.Add("  ", "\x00", "04/03/2026", "1e9", "Abgeschlossen und verloren", "1.234,56 €", "abc", "2026-13", "-1")
	header := []string{"Name", "Industry", "Renewal", "Retainer hours", "Stage", "Amount", "Probability", "Month", "Hours", "Email", "Company"}
	kinds := map[string]map[string]string{
		backend.ImportAccounts: {"Name": "name", "Industry": "industry", "Renewal": "renewalDate", "Retainer hours": "retainerHours"},
		backend.ImportContacts: {"Name": "name", "Industry": "title", "Email": "email", "Company": "company"},
		backend.ImportOpportunities: {"Name": "name", "Stage": "stage", "Amount": "amount", "Probability": "probability",
			"Renewal": "closeDate", "Company": "company"},
		backend.ImportFigures: {"Company": "company", "Month": "month", "Amount": "revenue", "Retainer hours": "cost"},
		backend.ImportHours:   {"Company": "company", "Renewal": "date", "Hours": "hours"},
	}
	f.Fuzz(func(t *testing.T, name, industry, renewal, retainer, stage, amount, probability, month, hours string) {
		cells := []string{name, industry, renewal, retainer, stage, amount, probability, month, hours, industry + "@x.example", name}
		for kind, cols := range kinds {
			for _, order := range []string{"", backend.DateDMY} {
				b, err := importer.NewBinding(backend.ImportMapping{Kind: kind, Columns: cols, DateOrder: order}, header)
				if err != nil {
					t.Fatal(err)
				}
				row := b.Row(backend.ImportRow{Line: 2, Cells: cells})
				check := func(fail *importer.Failure, valid func() error) {
					if fail != nil {
						if strings.TrimSpace(fail.Reason) == "" {
							t.Fatalf("%s: a failure without a reason", kind)
						}
						return
					}
					if err := valid(); err != nil {
						t.Fatalf("%s: a record that fails the save rules got through: %v", kind, err)
					}
				}
				switch kind {
				case backend.ImportAccounts:
					if v, fail := importer.ReadAccount(row); fail == nil {
						a, fail := importer.NewAccount(row, v)
						check(fail, a.Validate)
					}
				case backend.ImportContacts:
					if v, fail := importer.ReadContact(row); fail == nil {
						s, fail := importer.NewStakeholder(row, 1, v)
						check(fail, s.Validate)
					}
				case backend.ImportOpportunities:
					if v, fail := importer.ReadOpportunity(row); fail == nil {
						o, fail := importer.NewOpportunity(row, v)
						check(fail, func() error { return backend.Plan{Period: "FY2027", Opps: []backend.Opportunity{o}}.Validate() })
					}
				default:
					if v, fail := importer.ReadMonth(row, kind); fail == nil {
						m, _, fail := importer.UpdatedMonth(row, kind, backend.MonthFigures{}, v, v.Hours())
						check(fail, m.Validate)
					}
				}
			}
		}
	})
}
