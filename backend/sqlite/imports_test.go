package sqlite_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/importer"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/tabular"
)

// sources are the export files backend/tabular keeps, written to each
// tool's documented headers and quirks (see its testdata README).
const sources = "../tabular/testdata/sources/"

// tableRows streams a tabular.Table as import rows.
type tableRows struct{ t *tabular.Table }

func (r tableRows) Next() (backend.ImportRow, error) {
	row, err := r.t.Next()
	return backend.ImportRow{Line: row.Line, Cells: row.Cells}, err
}

// input opens a real file, recognises it (kind may be "") and returns what
// the service takes. The file is closed when the test ends.
func input(t testing.TB, path, kind string) backend.ImportInput {
	t.Helper()
	tab, err := tabular.Open(path, tabular.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { _ = tab.Close() })
	m, err := importer.Recognise(tab.Header, kind)
	if err != nil {
		t.Fatalf("recognise %s: %v", path, err)
	}
	data, _ := os.ReadFile(path)
	sum := sha256.Sum256(data)
	return backend.ImportInput{FileName: filepath.Base(path), SHA256: hex.EncodeToString(sum[:]), Header: tab.Header,
		Rows: tableRows{tab}, Mapping: m}
}

func mustImport(t *testing.T, db *sqlite.DB, in backend.ImportInput) backend.ImportResult {
	t.Helper()
	res, err := db.Import(context.Background(), in)
	if err != nil {
		t.Fatalf("import %s: %v", in.FileName, err)
	}
	return res
}

func counts(c backend.ImportCounts) [5]int {
	return [5]int{c.Created, c.Updated, c.Unchanged, c.Skipped, c.Failed}
}

func accountNamed(t *testing.T, db *sqlite.DB, name string) backend.Account {
	t.Helper()
	list, err := db.ListAccounts(context.Background(), backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range list {
		if a.Name == name {
			full, err := db.Account(context.Background(), a.ID)
			if err != nil {
				t.Fatal(err)
			}
			return full
		}
	}
	t.Fatalf("no account %q among %d", name, len(list))
	return backend.Account{}
}

func rowFor(res backend.ImportResult, record string) backend.ImportRowResult {
	for _, r := range res.Rows {
		if strings.Contains(r.Record, record) {
			return r
		}
	}
	return backend.ImportRowResult{}
}

func TestImportAccounts(t *testing.T) {
	ctx := context.Background()
	file := sources + "salesforce/Account.csv"

	t.Run("OK Salesforce accounts: created, deleted one skipped, fields as a save stores them", func(t *testing.T) {
		db := MustOpenDB(t)
		res := mustImport(t, db, input(t, file, ""))
		if res.Kind != backend.ImportAccounts || res.Source != backend.SourceSalesforce || res.Batch == 0 {
			t.Fatalf("result %+v", res)
		}
		if got := counts(res.ImportCounts); got != [5]int{2, 0, 0, 1, 0} {
			t.Fatalf("counts = %v, rows %+v", got, res.Rows)
		}
		if r := rowFor(res, "ACME Inc"); r.Action != backend.RowSkipped || !strings.Contains(r.Reason, "deleted") {
			t.Errorf("the deleted record: %+v", r)
		}
		a := accountNamed(t, db, "Acme Inc.")
		if a.Industry != "Manufacturing" || a.Tier != backend.TierKey || a.RetainerHoursPerMonth != 40 || a.Status != backend.StatusActive ||
			!strings.Contains(a.Notes, "renewal talks \"early\"") {
			t.Fatalf("imported %+v", a)
		}
	})

	t.Run("OK the same file again creates nothing", func(t *testing.T) {
		db := MustOpenDB(t)
		mustImport(t, db, input(t, file, ""))
		again := mustImport(t, db, input(t, file, ""))
		if got := counts(again.ImportCounts); got != [5]int{0, 0, 2, 1, 0} {
			t.Fatalf("second import counts = %v", got)
		}
	})

	t.Run("OK preview shows what would happen and changes nothing", func(t *testing.T) {
		db := MustOpenDB(t)
		res, err := db.PreviewImport(ctx, input(t, file, ""))
		if err != nil {
			t.Fatal(err)
		}
		if res.Batch != 0 || counts(res.ImportCounts) != [5]int{2, 0, 0, 1, 0} {
			t.Fatalf("preview %+v", res)
		}
		list, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today)
		batches, _ := db.ImportBatches(ctx)
		if len(list) != 0 || len(batches) != 0 {
			t.Fatalf("a preview left %d accounts, %d batches", len(list), len(batches))
		}
		if got := counts(mustImport(t, db, input(t, file, "")).ImportCounts); got != [5]int{2, 0, 0, 1, 0} {
			t.Fatalf("the import after a preview: %v", got)
		}
	})

	t.Run("OK matched by normalised name: updated, the workspace's spelling kept, then linked by id", func(t *testing.T) {
		db := MustOpenDB(t)
		mine := mustCreateAccount(t, db, backend.Account{Name: "ACME Inc", Industry: "Old industry"})
		res := mustImport(t, db, input(t, file, ""))
		r := rowFor(res, "ACME Inc")
		if r.Action != backend.RowUpdate || len(r.Changes) == 0 {
			t.Fatalf("row %+v", r)
		}
		got, _ := db.Account(ctx, mine.ID)
		if got.Name != "ACME Inc" || got.Industry != "Manufacturing" {
			t.Fatalf("matched account now %+v", got)
		}
		var sawIndustry bool
		for _, c := range r.Changes {
			sawIndustry = sawIndustry || (c.Field == "industry" && c.Old == "Old industry" && c.New == "Manufacturing")
		}
		if !sawIndustry {
			t.Errorf("changes %+v must show industry old → new", r.Changes)
		}
		// Renamed here; the next export still finds it by its Salesforce id.
		got.Name = "Acme (renamed here)"
		if _, err := db.UpdateAccount(ctx, got); err != nil {
			t.Fatal(err)
		}
		again := mustImport(t, db, input(t, file, ""))
		if again.Created != 0 {
			t.Fatalf("a renamed, linked account must not be created again: %+v", again.Rows)
		}
	})

	t.Run("OK a near match is never merged: skipped with a reason", func(t *testing.T) {
		db := MustOpenDB(t)
		mustCreateAccount(t, db, backend.Account{Name: "Acme Foods"})
		res := mustImport(t, db, input(t, file, ""))
		r := rowFor(res, "Acme Inc.")
		if r.Action != backend.RowSkipped || r.Reason != "looks like “Acme Foods” — map it by hand" {
			t.Fatalf("row %+v", r)
		}
	})

	t.Run("ErrRowFailsValidationOthersImported", func(t *testing.T) {
		db := MustOpenDB(t)
		path := writeFile(t, "clients.csv", "Client;Renewal;Tier\r\nGood Co;31/12/2026;key\r\nBad Date Co;31/02/2026;key\r\nBad Tier Co;;gold-plated\r\n;;\r\n")
		res := mustImport(t, db, input(t, path, ""))
		if got := counts(res.ImportCounts); got != [5]int{1, 0, 0, 0, 2} {
			t.Fatalf("counts = %v rows %+v", got, res.Rows)
		}
		errs := res.Errors()
		if errs[0].Row != 3 || errs[0].Column != "Renewal" || errs[1].Row != 4 || errs[1].Column != "Tier" {
			t.Fatalf("errors %+v", errs)
		}
		failed, err := db.FailedImportRows(ctx, res.Batch)
		if err != nil || len(failed.Rows) != 2 || failed.Rows[0].Cells[0] != "Bad Date Co" || failed.Header[0] != "Client" {
			t.Fatalf("failed rows %+v, %v", failed, err)
		}
	})

	t.Run("ErrTruncatedFileImportsNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		var b strings.Builder
		b.WriteString("Name,Industry\r\n")
		for i := range 40 {
			fmt.Fprintf(&b, "Company %d,Retail\r\n", i)
		}
		b.WriteString("\"Cut Co,Ret")
		path := writeFile(t, "cut.csv", b.String())
		_, err := db.Import(ctx, input(t, path, ""))
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
		if list, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today); len(list) != 0 {
			t.Fatalf("a file cut short must import nothing, got %d accounts", len(list))
		}
	})
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportContactsAndPipeline(t *testing.T) {
	ctx := context.Background()

	t.Run("OK Salesforce contacts become stakeholders of the account their AccountId names", func(t *testing.T) {
		db := MustOpenDB(t)
		mustImport(t, db, input(t, sources+"salesforce/Account.csv", ""))
		res := mustImport(t, db, input(t, sources+"salesforce/Contact.csv", ""))
		if got := counts(res.ImportCounts); got != [5]int{3, 0, 0, 0, 0} {
			t.Fatalf("counts %v rows %+v", got, res.Rows)
		}
		people, _ := db.Stakeholders(ctx, accountNamed(t, db, "Acme Inc.").ID)
		if len(people) != 2 || people[0].Email == "" {
			t.Fatalf("stakeholders %+v", people)
		}
		if again := mustImport(t, db, input(t, sources+"salesforce/Contact.csv", "")); again.Created != 0 || again.Unchanged != 3 {
			t.Fatalf("second import %+v", again.ImportCounts)
		}
	})

	t.Run("OK HubSpot contacts find their account by company name", func(t *testing.T) {
		db := MustOpenDB(t)
		mustCreateAccount(t, db, backend.Account{Name: "Acme Inc"})
		res := mustImport(t, db, input(t, sources+"hubspot/hubspot-crm-exports-all-contacts-en.csv", ""))
		if got := counts(res.ImportCounts); got != [5]int{1, 0, 0, 1, 0} {
			t.Fatalf("counts %v rows %+v", got, res.Rows)
		}
		if r := rowFor(res, "Hank"); !strings.Contains(r.Reason, "no account matches “Globex Corporation”") {
			t.Fatalf("row %+v", r)
		}
	})

	t.Run("OK opportunities join the current plan's pipeline; an account without a plan gets this year's draft; an approved plan is skipped with the reason", func(t *testing.T) {
		db := MustOpenDB(t)
		db.SetClock(func() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC) })
		mustImport(t, db, input(t, sources+"salesforce/Account.csv", ""))
		acme := accountNamed(t, db, "Acme Inc.")
		plan, err := db.CreatePlan(ctx, acme.ID, "FY2026")
		if err != nil {
			t.Fatal(err)
		}
		res := mustImport(t, db, input(t, sources+"salesforce/Opportunity.csv", ""))
		if got := counts(res.ImportCounts); got != [5]int{2, 0, 0, 0, 0} {
			t.Fatalf("counts %v rows %+v", got, res.Rows)
		}
		p, _ := db.Plan(ctx, plan.ID)
		if len(p.Opps) != 1 || p.Opps[0].Stage != backend.StageNegotiation || p.Opps[0].ValueMinor != 12000000 ||
			p.Opps[0].Probability != 90 || p.Opps[0].ExpectedClose != "2026-03-31" || p.Opps[0].Type != "upsell" {
			t.Fatalf("pipeline %+v", p.Opps)
		}
		muller := accountNamed(t, db, "Müller & Söhne GmbH")
		plans, err := db.Plans(ctx, muller.ID)
		if err != nil || len(plans) != 1 || plans[0].Period != "FY2026" || plans[0].Status != backend.PlanDraft {
			t.Fatalf("Müller's plans %+v (err %v), want one FY2026 draft (the fiscal year of today) started by the import", plans, err)
		}
		if mp, _ := db.Plan(ctx, plans[0].ID); len(mp.Opps) != 1 {
			t.Fatalf("Müller's pipeline %+v", mp.Opps)
		}
		if again := mustImport(t, db, input(t, sources+"salesforce/Opportunity.csv", "")); again.Created != 0 || again.Unchanged != 2 {
			t.Fatalf("second import %+v", again.ImportCounts)
		}

		// Undo takes the started plan away with its pipeline; the plan the
		// director made keeps everything but the imported opportunity.
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil || u.Removed != 3 || len(u.Left) != 0 {
			t.Fatalf("undo %+v (err %v), want 2 opportunities and 1 plan removed", u, err)
		}
		if plans, _ := db.Plans(ctx, muller.ID); len(plans) != 0 {
			t.Fatalf("Müller's plans after undo %+v", plans)
		}
		if p, err := db.Plan(ctx, plan.ID); err != nil || len(p.Opps) != 0 {
			t.Fatalf("Acme's own plan after undo %+v (err %v)", p.Opps, err)
		}

		mustImport(t, db, input(t, sources+"salesforce/Opportunity.csv", ""))
		if _, err := db.SetPlanStatus(ctx, plan.ID, backend.PlanApproved); err != nil {
			t.Fatal(err)
		}
		locked := mustImport(t, db, input(t, sources+"salesforce/Opportunity.csv", ""))
		if r := rowFor(locked, "Acme"); r.Action != backend.RowSkipped || !strings.Contains(r.Reason, "approved") {
			t.Fatalf("an approved plan stays frozen: %+v", r)
		}
	})

	t.Run("OK undo keeps a plan the import started once the director worked on it", func(t *testing.T) {
		db := MustOpenDB(t)
		mustImport(t, db, input(t, sources+"salesforce/Account.csv", ""))
		res := mustImport(t, db, input(t, sources+"salesforce/Opportunity.csv", ""))
		muller := accountNamed(t, db, "Müller & Söhne GmbH")
		plans, _ := db.Plans(ctx, muller.ID)
		p, err := db.Plan(ctx, plans[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		p.ExecutiveSummary = "Relaunch first, then the retainer."
		if _, err := db.SavePlan(ctx, p); err != nil {
			t.Fatal(err)
		}
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil || len(u.Left) != 1 || !strings.Contains(u.Left[0].Reason, "worked on since") {
			t.Fatalf("undo %+v (err %v)", u, err)
		}
		if p, err := db.Plan(ctx, plans[0].ID); err != nil || p.ExecutiveSummary == "" {
			t.Fatalf("the worked-on plan %+v (err %v)", p, err)
		}
	})

	t.Run("OK HubSpot deals in German: stage, amount, date and a probability of 1 read as HubSpot writes them", func(t *testing.T) {
		db := MustOpenDB(t)
		m := mustCreateAccount(t, db, backend.Account{Name: "Müller & Söhne"})
		plan, _ := db.CreatePlan(ctx, m.ID, "FY2026")
		path := writeFile(t, "hubspot-crm-exports-alle-deals-de.csv", "\"Datensatz-ID\",\"Deal-Name\",\"Deal-Phase\",\"Betrag\",\"Abschlussdatum\",\"Deal-Wahrscheinlichkeit\",\"Zugeordnetes Unternehmen (Primär)\"\r\n"+
			"\"2001\",\"Müller – Relaunch Website\",\"Abgeschlossen und gewonnen\",\"45.000,50\",\"15.01.2026\",\"1\",\"Müller & Söhne GmbH\"\r\n")
		res := mustImport(t, db, input(t, path, ""))
		if res.Source != backend.SourceHubSpot || res.Created != 1 {
			t.Fatalf("result %+v", res)
		}
		p, _ := db.Plan(ctx, plan.ID)
		if len(p.Opps) != 1 || p.Opps[0].Stage != backend.StageWon || p.Opps[0].ValueMinor != 4500050 ||
			p.Opps[0].Probability != 100 || p.Opps[0].ExpectedClose != "2026-01-15" {
			t.Fatalf("pipeline %+v", p.Opps)
		}
	})
}

func TestImportHours(t *testing.T) {
	for _, file := range []string{
		"harvest/harvest_time_report_from2026-03-01to2026-03-31.csv",
		"toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv",
	} {
		t.Run("OK "+filepath.Dir(file)+": entries add up per account and month", func(t *testing.T) {
			ctx := context.Background()
			db := MustOpenDB(t)
			acme := mustCreateAccount(t, db, backend.Account{Name: "Acme Inc."})
			res := mustImport(t, db, input(t, sources+file, ""))
			if res.Kind != backend.ImportHours || res.Created < 1 {
				t.Fatalf("result %+v", res)
			}
			f, err := db.Financials(ctx, acme.ID, today)
			if err != nil || len(f.Months) != 1 || f.Months[0].Month != "2026-03" || f.Months[0].HoursUsed != 3.25 {
				t.Fatalf("months %+v, %v", f.Months, err)
			}
			if again := mustImport(t, db, input(t, sources+file, "")); again.Created != 0 || again.Updated != 0 {
				t.Fatalf("second import %+v", again.ImportCounts)
			}
		})
	}
}

// A timesheet's entries also add up per team member: what each person
// logged on each account in a month, beside what they were allocated.
func TestImportPersonHours(t *testing.T) {
	ctx := context.Background()
	harvest := sources + "harvest/harvest_time_report_from2026-03-01to2026-03-31.csv"
	setup := func(t *testing.T) (*sqlite.DB, backend.Account, backend.Person) {
		db := MustOpenDB(t)
		acme := mustCreateAccount(t, db, backend.Account{Name: "Acme Inc."})
		lee, err := db.SavePerson(ctx, backend.Person{Name: "Lee Park", Email: "lee@agency.example", Role: "Account Executive", StartDate: "2025-01-06", CapacityHoursPerWeek: 40})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveAllocation(ctx, backend.Allocation{PersonID: lee.ID, AccountID: acme.ID, Percent: 50, StartDate: "2026-03-01"}); err != nil {
			t.Fatal(err)
		}
		return db, acme, lee
	}
	march := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

	t.Run("OK Harvest: first and last name find the team member; someone not on the team is named, their hours count for the account only", func(t *testing.T) {
		db, acme, lee := setup(t)
		res := mustImport(t, db, input(t, harvest, ""))
		if res.PeopleHours != 1 || !slices.Equal(res.PeopleNotOnTeam, []string{"Ada Director"}) {
			t.Fatalf("people hours %d, not on team %q", res.PeopleHours, res.PeopleNotOnTeam)
		}
		got, err := db.LoggedHours(ctx, lee.ID, march)
		// March 2026 has 22 working days: 50% of 40 h a week is 4 h a day.
		want := []backend.LoggedHours{{AccountID: acme.ID, AccountName: "Acme Inc.", Month: "2026-03", Logged: 2.5, Planned: 88}}
		if err != nil || !slices.Equal(got, want) {
			t.Fatalf("logged hours %+v, %v; want %+v", got, err, want)
		}
		if again := mustImport(t, db, input(t, harvest, "")); again.PeopleHours != 0 {
			t.Fatalf("the same file again wrote %d person-months", again.PeopleHours)
		}
	})

	t.Run("OK Toggl: the email finds the team member whatever their name is written as", func(t *testing.T) {
		db, _, lee := setup(t)
		lee.Name = "Lee-Ann Park"
		if _, err := db.SavePerson(ctx, lee); err != nil {
			t.Fatal(err)
		}
		mustImport(t, db, input(t, sources+"toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv", ""))
		if got, _ := db.LoggedHours(ctx, lee.ID, march); len(got) != 1 || got[0].Logged != 2.5 {
			t.Fatalf("logged hours %+v", got)
		}
	})

	t.Run("OK preview writes nothing; undo takes the person's hours back", func(t *testing.T) {
		db, _, lee := setup(t)
		pre, err := db.PreviewImport(ctx, input(t, harvest, ""))
		if err != nil || pre.PeopleHours != 1 {
			t.Fatalf("preview %+v, %v", pre, err)
		}
		if got, _ := db.LoggedHours(ctx, lee.ID, march); len(got) != 0 {
			t.Fatalf("after a preview: %+v", got)
		}
		res := mustImport(t, db, input(t, harvest, ""))
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil || len(u.Left) != 0 {
			t.Fatalf("undo %+v, %v", u, err)
		}
		if got, _ := db.LoggedHours(ctx, lee.ID, march); len(got) != 0 {
			t.Fatalf("after undo: %+v", got)
		}
	})

	t.Run("ErrUnknownPerson", func(t *testing.T) {
		db, _, _ := setup(t)
		if _, err := db.LoggedHours(ctx, 999, march); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v, want not found", err)
		}
	})
}

func TestUndoImport(t *testing.T) {
	ctx := context.Background()
	file := sources + "salesforce/Account.csv"

	t.Run("OK undo removes what the batch created and restores what it changed", func(t *testing.T) {
		db := MustOpenDB(t)
		mine := mustCreateAccount(t, db, backend.Account{Name: "ACME Inc", Industry: "Old industry"})
		res := mustImport(t, db, input(t, file, ""))
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil {
			t.Fatal(err)
		}
		if u.Removed != 1 || u.Restored != 1 || len(u.Left) != 0 {
			t.Fatalf("undo %+v", u)
		}
		got, _ := db.Account(ctx, mine.ID)
		if got.Industry != "Old industry" || got.Tier != backend.TierStandard {
			t.Fatalf("restored %+v", got)
		}
		if list, _ := db.ListAccounts(ctx, backend.AccountFilter{}, today); len(list) != 1 {
			t.Fatalf("%d accounts after undo, want only the one made by hand", len(list))
		}
		batches, _ := db.ImportBatches(ctx)
		if len(batches) != 1 || batches[0].UndoneAt == "" || batches[0].Created != 1 {
			t.Fatalf("batches %+v", batches)
		}
		if _, err := db.UndoImport(ctx, res.Batch); backend.ErrorCode(err) != backend.ECONFLICT {
			t.Fatalf("second undo: err = %v, want conflict", err)
		}
		if again := mustImport(t, db, input(t, file, "")); again.Created != 1 {
			t.Fatalf("after undo, importing again creates again: %+v", again.ImportCounts)
		}
	})

	t.Run("OK what was edited since, or has gained stakeholders, is left and named", func(t *testing.T) {
		db := MustOpenDB(t)
		res := mustImport(t, db, input(t, file, ""))
		acme := accountNamed(t, db, "Acme Inc.")
		acme.Industry = "Edited by hand"
		if _, err := db.UpdateAccount(ctx, acme); err != nil {
			t.Fatal(err)
		}
		m := accountNamed(t, db, "Müller & Söhne GmbH")
		if _, err := db.SaveStakeholder(ctx, backend.Stakeholder{AccountID: m.ID, Name: "Jürgen Weiß"}); err != nil {
			t.Fatal(err)
		}
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil {
			t.Fatal(err)
		}
		if u.Removed != 0 || len(u.Left) != 2 {
			t.Fatalf("undo %+v", u)
		}
		for _, l := range u.Left {
			if l.Record == "Acme Inc." && (len(l.Fields) != 1 || l.Fields[0] != "industry") {
				t.Errorf("left %+v must name the edited field", l)
			}
		}
	})

	t.Run("ErrUnknownBatch", func(t *testing.T) {
		if _, err := MustOpenDB(t).UndoImport(ctx, 99); backend.ErrorCode(err) != backend.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestImportFigures(t *testing.T) {
	ctx := context.Background()

	t.Run("OK a German finance sheet: title lines, Windows-1252, 12.345,67, one row per account and month", func(t *testing.T) {
		db := MustOpenDB(t)
		m := mustCreateAccount(t, db, backend.Account{Name: "Müller & Söhne GmbH"})
		mustCreateAccount(t, db, backend.Account{Name: "Bäckerei Groß"})
		cafe := mustCreateAccount(t, db, backend.Account{Name: "Café Crème"})
		res := mustImport(t, db, input(t, sources+"finance/Monatszahlen-2026.csv", ""))
		if res.Kind != backend.ImportFigures || counts(res.ImportCounts) != [5]int{2, 0, 0, 0, 1} {
			t.Fatalf("result %v rows %+v", counts(res.ImportCounts), res.Rows)
		}
		if r := rowFor(res, "Bäckerei"); r.Action != backend.RowFailed || r.Column != "Kosten" {
			t.Errorf("a negative cost fails on its column: %+v", r)
		}
		f, _ := db.Financials(ctx, m.ID, today)
		if len(f.Months) != 1 || f.Months[0].Month != "2026-01" || f.Months[0].RevenueMinor != 1234567 || f.Months[0].CostMinor != 800000 {
			t.Fatalf("Müller months %+v", f.Months)
		}
		if f, _ := db.Financials(ctx, cafe.ID, today); len(f.Months) != 1 || f.Months[0].Month != "2026-02" {
			t.Fatalf("Café (“Café Crème SARL” in the file) months %+v", f.Months)
		}
	})

	t.Run("OK one column per month: each month of each row, then unchanged on a second import, updated when a figure changes", func(t *testing.T) {
		db := MustOpenDB(t)
		acme := mustCreateAccount(t, db, backend.Account{Name: "Acme Inc."})
		sheet := "Client,Jan 2026,Feb 2026,Mar 2026\r\nAcme Inc,\"$12,000.00\",\"$13,500.50\",\r\n"
		path := writeFile(t, "revenue-by-month.csv", sheet)
		res := mustImport(t, db, input(t, path, ""))
		if res.Kind != backend.ImportFigures || res.Created != 2 {
			t.Fatalf("result %+v", res)
		}
		f, _ := db.Financials(ctx, acme.ID, today)
		if len(f.Months) != 2 || f.Months[0].RevenueMinor != 1200000 || f.Months[1].Month != "2026-02" || f.Months[1].RevenueMinor != 1350050 {
			t.Fatalf("months %+v", f.Months)
		}
		if again := mustImport(t, db, input(t, path, "")); counts(again.ImportCounts) != [5]int{0, 0, 2, 0, 0} {
			t.Fatalf("second import %v", counts(again.ImportCounts))
		}
		changed := writeFile(t, "revenue-by-month.csv", strings.Replace(sheet, "12,000.00", "12,500.00", 1))
		res = mustImport(t, db, input(t, changed, ""))
		if r := rowFor(res, "2026-01"); r.Action != backend.RowUpdate || len(r.Changes) != 1 || r.Changes[0].Old != "12000.00" || r.Changes[0].New != "12500.00" {
			t.Fatalf("update %+v", r)
		}
		u, err := db.UndoImport(ctx, res.Batch)
		if err != nil || u.Restored != 1 {
			t.Fatalf("undo %+v, %v", u, err)
		}
		if f, _ := db.Financials(ctx, acme.ID, today); f.Months[0].RevenueMinor != 1200000 {
			t.Fatalf("undo restores the month: %+v", f.Months[0])
		}
	})
}

func TestImportMappings(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	header := []string{"Kundenname", "Sparte"}
	m := backend.ImportMapping{Kind: backend.ImportAccounts, Columns: map[string]string{"Kundenname": "name", "Sparte": "industry"}}
	if _, err := db.ImportMappingFor(ctx, header); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("before saving: err = %v", err)
	}
	if err := db.SaveImportMapping(ctx, header, m); err != nil {
		t.Fatal(err)
	}
	got, err := db.ImportMappingFor(ctx, []string{"Sparte", "kundenname"})
	if err != nil || got.Kind != backend.ImportAccounts || got.Columns["Kundenname"] != "name" || got.Source != backend.SourceSpreadsheet {
		t.Fatalf("the same columns in another order and case: %+v, %v", got, err)
	}
	if err := db.SaveImportMapping(ctx, []string{"Other"}, m); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("a mapping that does not fit its header: err = %v", err)
	}
}
