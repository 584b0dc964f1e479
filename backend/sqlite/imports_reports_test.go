package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
)

// bossOf returns, for each of the account's people by name, the name of
// whom they report to ("" for nobody).
func bossOf(t *testing.T, db *sqlite.DB, accountID int64) map[string]string {
	t.Helper()
	m, err := db.RelationshipMap(context.Background(), accountID)
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	for _, p := range m.People {
		names[p.ID] = p.Name
	}
	out := map[string]string{}
	for i, p := range m.People {
		out[p.Name] = names[m.Relations[i].ReportsToID]
	}
	return out
}

func TestImportReportsTo(t *testing.T) {
	ctx := context.Background()

	t.Run("OK Salesforce ReportsToId sets the link; a re-import changes nothing; the next export moves it; undo takes it back", func(t *testing.T) {
		db := MustOpenDB(t)
		mustImport(t, db, input(t, sources+"salesforce/Account.csv", ""))
		first := mustImport(t, db, input(t, sources+"salesforce/Contact.csv", ""))
		acme := accountNamed(t, db, "Acme Inc.").ID
		if got := bossOf(t, db, acme); got["Sam Okafor"] != "Dana Rivera" || got["Dana Rivera"] != "" {
			t.Fatalf("after the first import: %v", got)
		}
		if r := rowFor(first, "Sam Okafor"); r.Action != backend.RowCreate {
			t.Fatalf("Sam's row %+v", r)
		}

		again := mustImport(t, db, input(t, sources+"salesforce/Contact.csv", ""))
		if got := counts(again.ImportCounts); got != [5]int{0, 0, 3, 0, 0} {
			t.Fatalf("re-import counts %v rows %+v", got, again.Rows)
		}

		next := mustImport(t, db, input(t, sources+"salesforce/Contact-next-month.csv", ""))
		if got := counts(next.ImportCounts); got != [5]int{2, 1, 2, 0, 0} {
			t.Fatalf("next month counts %v rows %+v", got, next.Rows)
		}
		want := map[string]string{"Dana Rivera": "", "Priya Shah": "Dana Rivera", "Sam Okafor": "Priya Shah", "Lee Chen": "Priya Shah"}
		if got := bossOf(t, db, acme); !equalMaps(got, want) {
			t.Fatalf("after next month: %v, want %v", got, want)
		}
		sam := rowFor(next, "Sam Okafor")
		if sam.Action != backend.RowUpdate || len(sam.Changes) != 1 ||
			sam.Changes[0] != (backend.FieldChange{Field: "reportsTo", Old: "Dana Rivera", New: "Priya Shah"}) {
			t.Fatalf("Sam's row %+v", sam)
		}
		if r := rowFor(next, "Jürgen Weiß"); r.Action != backend.RowUnchanged || !strings.Contains(r.Reason, "0035g00000QrStXAAV") {
			t.Fatalf("Jürgen's row %+v, want unchanged with the missing manager named", r)
		}

		u, err := db.UndoImport(ctx, next.Batch)
		if err != nil {
			t.Fatal(err)
		}
		if len(u.Left) != 0 {
			t.Fatalf("undo left %+v", u.Left)
		}
		if got := bossOf(t, db, acme); !equalMaps(got, map[string]string{"Dana Rivera": "", "Sam Okafor": "Dana Rivera"}) {
			t.Fatalf("after undo: %v", got)
		}
		if _, err := db.UndoImport(ctx, first.Batch); err != nil {
			t.Fatal(err)
		}
		if people, _ := db.Stakeholders(ctx, acme); len(people) != 0 {
			t.Fatalf("undoing the first import left %+v", people)
		}
		if report, err := db.Check(ctx); err != nil || !report.OK() {
			t.Fatalf("check: %+v %v", report, err)
		}
	})

	t.Run("OK a preview shows the link and keeps nothing", func(t *testing.T) {
		db := MustOpenDB(t)
		mustImport(t, db, input(t, sources+"salesforce/Account.csv", ""))
		mustImport(t, db, input(t, sources+"salesforce/Contact.csv", ""))
		res, err := db.PreviewImport(ctx, input(t, sources+"salesforce/Contact-next-month.csv", ""))
		if err != nil {
			t.Fatal(err)
		}
		if r := rowFor(res, "Sam Okafor"); r.Action != backend.RowUpdate {
			t.Fatalf("preview of Sam %+v", r)
		}
		if got := bossOf(t, db, accountNamed(t, db, "Acme Inc.").ID); got["Sam Okafor"] != "Dana Rivera" || len(got) != 2 {
			t.Fatalf("a preview changed the workspace: %v", got)
		}
	})

	t.Run("OK a spreadsheet's manager column links by name; an edit since is kept by undo", func(t *testing.T) {
		db := MustOpenDB(t)
		a := mustCreateAccount(t, db, backend.Account{Name: "Northwind Retail"})
		mustStakeholder(t, db, a.ID, "Ola Berg", backend.RoleChampion, 4) // typed in before the import
		path := filepath.Join(t.TempDir(), "contacts.csv")
		data := "Name,Company,Job title,Manager\n" +
			"Ola Berg,Northwind Retail,Head of Digital,Kim Lund\n" +
			"Kim Lund,Northwind Retail,CMO,\n" +
			"Ian Moss,Northwind Retail,Analyst,Nobody Known\n" +
			"Eve Holt,Northwind Retail,Designer,eve holt\n"
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		res := mustImport(t, db, input(t, path, "contacts"))
		if got := counts(res.ImportCounts); got != [5]int{3, 1, 0, 0, 0} {
			t.Fatalf("counts %v rows %+v", got, res.Rows)
		}
		if got := bossOf(t, db, a.ID); got["Ola Berg"] != "Kim Lund" || got["Ian Moss"] != "" || got["Eve Holt"] != "" {
			t.Fatalf("links %v", got)
		}
		if r := rowFor(res, "Ian Moss"); !strings.Contains(r.Reason, "Nobody Known") {
			t.Fatalf("Ian's row %+v, want the unknown manager named", r)
		}
		if r := rowFor(res, "Eve Holt"); r.Reason == "" {
			t.Fatalf("Eve's row %+v, want why reporting to herself was left out", r)
		}
		m, _ := db.RelationshipMap(ctx, a.ID)
		var ola backend.Relations
		var ian backend.Stakeholder
		for i, p := range m.People {
			if p.Name == "Ola Berg" {
				ola = m.Relations[i]
			}
			if p.Name == "Ian Moss" {
				ian = p
			}
		}
		ian.Title = "Senior Analyst" // the director edits Ian, so undo keeps him
		if _, err := db.SaveStakeholder(ctx, ian); err != nil {
			t.Fatal(err)
		}
		ola.ReportsToID = ian.ID // and moves Ola under him
		if _, err := db.SaveRelations(ctx, ola); err != nil {
			t.Fatal(err)
		}
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range u.Left {
			if strings.Contains(l.Record, "Ola Berg") && len(l.Fields) == 1 && l.Fields[0] == "reportsTo" {
				found = true
			}
		}
		if !found {
			t.Fatalf("undo left %+v, want Ola's reports-to named as edited since", u.Left)
		}
		if got := bossOf(t, db, a.ID); got["Ola Berg"] != "Ian Moss" || len(got) != 2 {
			t.Fatalf("after undo: %v, want Ola kept under Ian (edited since) and Ian kept (edited since)", got)
		}
	})
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
