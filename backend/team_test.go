package backend_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"accountdesk/backend"
)

func TestCheckReportsTo(t *testing.T) {
	// 1 director ← 2 supervisor ← 3 manager ← 4 executive
	managers := map[int64]int64{1: 0, 2: 1, 3: 2, 4: 3}
	scenarios := []struct {
		name            string
		person, manager int64
		ok              bool
	}{
		{"OK nobody", 4, 0, true},
		{"OK up the chain", 4, 2, true},
		{"OK new person", 9, 4, true},
		{"ErrSelf", 3, 3, false},
		{"ErrDirectLoop", 2, 3, false},
		{"ErrDeepLoop", 1, 4, false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := backend.CheckReportsTo(sc.person, sc.manager, managers)
			if sc.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%v", err, sc.ok)
			}
			if err != nil && backend.ErrorField(err) != "reportsTo" {
				t.Fatalf("field = %q", backend.ErrorField(err))
			}
		})
	}
}

func TestUtilization(t *testing.T) {
	full := backend.Person{ID: 1, StartDate: "2020-01-01", CapacityHoursPerWeek: 40}
	// The week of Monday 2026-11-30 to Sunday 2026-12-06: five working days.
	from, to := date("2026-11-30"), date("2026-12-06")
	alloc := func(pct float64, start, end string, tentative bool) backend.Allocation {
		return backend.Allocation{PersonID: 1, AccountID: 7, Percent: pct, StartDate: start, EndDate: end, Tentative: tentative}
	}
	scenarios := []struct {
		name                 string
		person               backend.Person
		allocs               []backend.Allocation
		confirmed, tentative float64
		over                 bool
	}{
		{"OK one open-ended allocation", full, []backend.Allocation{alloc(60, "2026-01-01", "", false)}, 60, 0, false},
		{"OK two overlapping allocations add up", full, []backend.Allocation{alloc(60, "2026-01-01", "", false), alloc(50, "2026-11-01", "2027-01-31", false)}, 110, 0, true},
		{"OK exactly 100% is not over", full, []backend.Allocation{alloc(50, "2026-01-01", "", false), alloc(50, "2026-01-01", "", false)}, 100, 0, false},
		{"OK tentative is apart and never over by itself", full, []backend.Allocation{alloc(80, "2026-01-01", "", false), alloc(40, "2026-01-01", "", true)}, 80, 40, false},
		{"OK allocation ending mid-week counts its days", full, []backend.Allocation{alloc(100, "2026-01-01", "2026-12-01", false)}, 40, 0, false},
		{"OK allocation starting on Saturday counts nothing", full, []backend.Allocation{alloc(100, "2026-12-05", "", false)}, 0, 0, false},
		{"OK someone else's allocation is ignored", full, []backend.Allocation{{PersonID: 2, Percent: 100, StartDate: "2026-01-01"}}, 0, 0, false},
		// Issue 21: a load is of the days the person works, so a new starter
		// booked full-time is at 100% in their first week, not at 60%.
		{"OK new starter on Wednesday is judged on the days they work", backend.Person{ID: 1, StartDate: "2026-12-02", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(100, "2026-11-01", "", false)}, 100, 0, false},
		{"OK new starter at 60% + 50% is over from their first day", backend.Person{ID: 1, StartDate: "2026-12-02", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(60, "2026-11-01", "", false), alloc(50, "2026-12-01", "", false)}, 110, 0, true},
		{"OK a week before the person starts has no load", backend.Person{ID: 1, StartDate: "2026-12-07", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(100, "2026-11-01", "", false)}, 0, 0, false},
		{"OK leaver on Tuesday is judged on Monday and Tuesday", backend.Person{ID: 1, StartDate: "2020-01-01", EndDate: "2026-12-01", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(50, "2026-01-01", "", false), alloc(50, "2026-12-01", "", false)}, 75, 0, false},
		{"OK part-time capacity: percent is of their own time", backend.Person{ID: 1, StartDate: "2020-01-01", CapacityHoursPerWeek: 20}, []backend.Allocation{alloc(120/2, "2026-01-01", "", false), alloc(50, "2026-01-01", "", false)}, 110, 0, true},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got := backend.Utilization(sc.person, sc.allocs, from, to)
			if math.Abs(got.Confirmed-sc.confirmed) > 1e-9 || math.Abs(got.Tentative-sc.tentative) > 1e-9 {
				t.Fatalf("load = %+v, want confirmed %v tentative %v", got, sc.confirmed, sc.tentative)
			}
			if got.OverAllocated() != sc.over {
				t.Fatalf("over-allocated = %v, want %v", got.OverAllocated(), sc.over)
			}
		})
	}
}

func TestOverMonths(t *testing.T) {
	riley := backend.Person{ID: 1, StartDate: "2020-01-01", CapacityHoursPerWeek: 40}
	alloc := func(pct float64, start, end string) backend.Allocation {
		return backend.Allocation{PersonID: 1, AccountID: 7, Percent: pct, StartDate: start, EndDate: end}
	}
	span := func(from, to string, peak float64) backend.OverSpan {
		return backend.OverSpan{From: from, To: to, Peak: peak}
	}
	december := date("2026-12-01")
	scenarios := []struct {
		name        string
		person      backend.Person
		allocs      []backend.Allocation
		first, last time.Time
		want        []backend.OverSpan
	}{
		{"OK within 100% nowhere", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(40, "2026-06-01", "")}, december, time.Time{}, nil},
		{"OK over from now on with no end", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2026-06-01", "")}, december, time.Time{}, []backend.OverSpan{span("2026-12", "", 110)}},
		{"OK over from next month, for three months", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2027-01-01", "2027-03-31")}, december, time.Time{}, []backend.OverSpan{span("2027-01", "2027-03", 110)}},
		{"OK over in the past is history", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2026-02-01", "2026-05-31")}, december, time.Time{}, nil},
		{"OK two runs apart", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2027-01-01", "2027-01-31"), alloc(70, "2027-06-01", "2027-07-31")}, december, time.Time{}, []backend.OverSpan{span("2027-01", "2027-01", 110), span("2027-06", "2027-07", 130)}},
		{"OK touching runs merge, keeping the peak", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2027-01-01", "2027-02-28"), alloc(80, "2027-03-01", "2027-04-30")}, december, time.Time{}, []backend.OverSpan{span("2027-01", "2027-04", 140)}},
		{"OK a month half over averages under", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2027-01-18", "2027-01-29")}, december, time.Time{}, nil},
		{"OK tentative work is not over", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), {PersonID: 1, Percent: 50, StartDate: "2026-01-01", Tentative: true}}, december, time.Time{}, nil},
		{"OK someone else's work is not theirs", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), {PersonID: 2, Percent: 50, StartDate: "2026-01-01"}}, december, time.Time{}, nil},
		{"OK new starter on the 7th is over in their first month", backend.Person{ID: 1, StartDate: "2026-12-07", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(60, "2026-12-01", ""), alloc(50, "2026-12-01", "")}, december, time.Time{}, []backend.OverSpan{span("2026-12", "", 110)}},
		{"OK a leaver is over until they leave", backend.Person{ID: 1, StartDate: "2020-01-01", EndDate: "2027-02-15", CapacityHoursPerWeek: 40}, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2026-01-01", "")}, december, time.Time{}, []backend.OverSpan{span("2026-12", "2027-02", 110)}},
		{"OK bounded by last", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2026-01-01", "")}, december, date("2027-03-10"), []backend.OverSpan{span("2026-12", "2027-03", 110)}},
		{"OK last before first", riley, []backend.Allocation{alloc(60, "2026-01-01", ""), alloc(50, "2026-01-01", "")}, december, date("2026-11-10"), nil},
		{"OK far-off dates cost nothing extra", riley, []backend.Allocation{alloc(60, "2026-01-01", "2099-12-31"), alloc(50, "2090-01-01", "")}, december, time.Time{}, []backend.OverSpan{span("2090-01", "2099-12", 110)}},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			got := backend.OverMonths(sc.person, sc.allocs, sc.first, sc.last)
			if len(got) != len(sc.want) {
				t.Fatalf("over = %+v, want %+v", got, sc.want)
			}
			for i := range got {
				if got[i].From != sc.want[i].From || got[i].To != sc.want[i].To || math.Abs(got[i].Peak-sc.want[i].Peak) > 1e-9 {
					t.Fatalf("over = %+v, want %+v", got, sc.want)
				}
			}
		})
	}
}

// TestOverMonthsAgreesWithEveryMonth: computing only the months where the
// load can change gives what computing every month one by one gives.
func TestOverMonthsAgreesWithEveryMonth(t *testing.T) {
	p := backend.Person{ID: 1, StartDate: "2026-03-11", EndDate: "2029-05-20", CapacityHoursPerWeek: 40}
	starts := []string{"2026-01-01", "2026-03-15", "2026-07-31", "2027-01-04", "2027-02-28", "2027-09-01", "2028-02-29"}
	ends := []string{"", "2026-12-31", "2027-03-15", "2027-06-30", "2028-01-01", "2028-11-30", ""}
	var allocs []backend.Allocation
	for i := range starts {
		allocs = append(allocs, backend.Allocation{ID: int64(i + 1), PersonID: 1, Percent: float64(15 + 7*i), StartDate: starts[i], EndDate: ends[len(ends)-1-i]})
	}
	first, last := date("2026-01-01"), date("2030-12-31")
	got := backend.OverMonths(p, allocs, first, last)
	var want []backend.OverSpan
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		load := backend.Utilization(p, allocs, m, m.AddDate(0, 1, -1)).Confirmed
		if load <= 100.0001 {
			continue
		}
		month := m.Format("2006-01")
		if n := len(want); n > 0 && want[n-1].To == m.AddDate(0, -1, 0).Format("2006-01") {
			want[n-1].To, want[n-1].Peak = month, max(want[n-1].Peak, load)
			continue
		}
		want = append(want, backend.OverSpan{From: month, To: month, Peak: load})
	}
	if len(want) == 0 {
		t.Fatal("the scenario should be over in some months")
	}
	if len(got) != len(want) {
		t.Fatalf("over = %+v\nwant %+v", got, want)
	}
	for i := range got {
		if got[i].From != want[i].From || got[i].To != want[i].To || math.Abs(got[i].Peak-want[i].Peak) > 1e-9 {
			t.Fatalf("over = %+v\nwant %+v", got, want)
		}
	}
}

func TestCheckAllocation(t *testing.T) {
	sam := backend.Person{ID: 1, StartDate: "2026-12-07", CapacityHoursPerWeek: 40}
	saved := []backend.Allocation{
		{ID: 10, PersonID: 1, AccountID: 7, Percent: 60, StartDate: "2026-12-07", EndDate: "2027-02-28"},
		{ID: 11, PersonID: 1, AccountID: 8, Percent: 30, StartDate: "2026-12-07", Tentative: true},
	}
	scenarios := []struct {
		name        string
		x           backend.Allocation
		over        []string // from-to
		beforeStart bool
	}{
		{"OK fits", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 40, StartDate: "2026-12-07"}, nil, false},
		{"OK over for the months both run", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 50, StartDate: "2026-12-07"}, []string{"2026-12–2027-02"}, false},
		{"OK only the months it covers", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 50, StartDate: "2027-02-01", EndDate: "2027-06-30"}, []string{"2027-02–2027-02"}, false},
		{"OK a tentative allocation is judged as if it lands", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 50, StartDate: "2026-12-07", Tentative: true}, []string{"2026-12–2027-02"}, false},
		{"OK an edit replaces the saved allocation", backend.Allocation{ID: 10, PersonID: 1, AccountID: 7, Percent: 100, StartDate: "2026-12-07", EndDate: "2027-02-28"}, nil, false},
		{"OK an edit that raises it", backend.Allocation{ID: 10, PersonID: 1, AccountID: 7, Percent: 100, StartDate: "2026-12-07", EndDate: "2027-03-31"}, nil, false},
		{"OK before the person starts", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 10, StartDate: "2026-12-01"}, nil, true},
		{"OK over from the person's start when it starts before", backend.Allocation{PersonID: 1, AccountID: 9, Percent: 50, StartDate: "2026-11-01", EndDate: "2027-01-15"}, []string{"2026-12–2026-12"}, true},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			c := backend.CheckAllocation(sam, saved, sc.x)
			var got []string
			for _, o := range c.Over {
				got = append(got, o.From+"–"+o.To)
			}
			if fmt.Sprint(got) != fmt.Sprint(sc.over) || c.BeforeStart != sc.beforeStart || c.PersonStart != sam.StartDate {
				t.Fatalf("check = %+v (%v), want over %v, before start %v", c, got, sc.over, sc.beforeStart)
			}
		})
	}
}

func TestAccountCoverage(t *testing.T) {
	day := date("2026-11-24")
	people := map[int64]backend.Person{
		1: {ID: 1, Name: "Lead", CapacityHoursPerWeek: 40, Status: backend.PersonActive},
		2: {ID: 2, Name: "Backup", CapacityHoursPerWeek: 40, Status: backend.PersonActive},
		3: {ID: 3, Name: "Part-timer", CapacityHoursPerWeek: 20, Status: backend.PersonActive},
		4: {ID: 4, Name: "Leaver", CapacityHoursPerWeek: 40, Status: backend.PersonLeaving},
	}
	key := backend.Account{ID: 7, Name: "Key Co", Tier: backend.TierKey, RetainerHoursPerMonth: 200}
	a := func(person int64, pct float64, role string) backend.Allocation {
		return backend.Allocation{PersonID: person, AccountID: 7, Percent: pct, Role: role, StartDate: "2026-01-01"}
	}
	scenarios := []struct {
		name                       string
		account                    backend.Account
		allocs                     []backend.Allocation
		hasLead, needsBackup, over bool
		hours                      float64
		leavers                    int
	}{
		{"OK fully covered, within retainer", key, []backend.Allocation{a(1, 50, "lead"), a(2, 20, "backup")}, true, false, false, 70 * 0.4 * 52 / 12, 0},
		{"OK key account without backup needs one", key, []backend.Allocation{a(1, 50, "lead")}, true, true, false, 20 * 52.0 / 12, 0},
		{"OK standard account needs no backup", backend.Account{ID: 7, Tier: backend.TierStandard}, []backend.Allocation{a(1, 50, "lead")}, true, false, false, 20 * 52.0 / 12, 0},
		{"OK over-servicing above the retainer", key, []backend.Allocation{a(1, 100, "lead"), a(2, 20, "backup")}, true, false, true, 48 * 52.0 / 12, 0},
		{"OK part-time hours count at their capacity", key, []backend.Allocation{a(3, 100, "lead"), a(2, 10, "backup")}, true, false, false, 24 * 52.0 / 12, 0},
		{"OK tentative backup is not cover", key, []backend.Allocation{a(1, 50, "lead"), {PersonID: 2, AccountID: 7, Percent: 10, Role: "backup", StartDate: "2026-01-01", Tentative: true}}, true, true, false, 20 * 52.0 / 12, 0},
		{"OK ended allocation is not cover", key, []backend.Allocation{a(1, 50, "lead"), {PersonID: 2, AccountID: 7, Percent: 10, Role: "backup", StartDate: "2026-01-01", EndDate: "2026-10-31"}}, true, true, false, 20 * 52.0 / 12, 0},
		{"OK leaver leading needs succession", key, []backend.Allocation{a(4, 50, "lead"), a(2, 10, "backup")}, true, false, false, 24 * 52.0 / 12, 1},
		{"OK nobody leads", key, []backend.Allocation{a(2, 10, "backup")}, false, false, false, 4 * 52.0 / 12, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			c := backend.AccountCoverage(sc.account, sc.allocs, people, day)
			if c.HasLead != sc.hasLead || c.NeedsBackup != sc.needsBackup || c.OverServiced != sc.over || len(c.LeaversOnAccount) != sc.leavers {
				t.Fatalf("coverage = %+v", c)
			}
			if math.Abs(c.HoursPerMonth-sc.hours) > 1e-6 {
				t.Fatalf("hours per month = %v, want %v", c.HoursPerMonth, sc.hours)
			}
		})
	}
}

func TestWorkingDaysAgreesWithCounting(t *testing.T) {
	// For every start weekday and span up to 40 days, an allocation over the
	// first part of a period carries the share of working days a day-by-day
	// count gives.
	count := func(a, b time.Time) int {
		n := 0
		for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
			if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
				n++
			}
		}
		return n
	}
	p := backend.Person{ID: 1, StartDate: "2000-01-01", CapacityHoursPerWeek: 40}
	for start := 0; start < 7; start++ {
		from := date("2026-11-30").AddDate(0, 0, start)
		for span := 0; span < 40; span++ {
			to := from.AddDate(0, 0, span)
			mid := from.AddDate(0, 0, span/2)
			all, part := count(from, to), count(from, mid)
			got := backend.Utilization(p, []backend.Allocation{{PersonID: 1, Percent: 100, StartDate: from.Format(time.DateOnly), EndDate: mid.Format(time.DateOnly)}}, from, to)
			want := 0.0
			if all > 0 {
				want = 100 * float64(part) / float64(all)
			}
			if math.Abs(got.Confirmed-want) > 1e-9 {
				t.Fatalf("%s..%s (allocated to %s): %v, want %v", from.Format(time.DateOnly), to.Format(time.DateOnly), mid.Format(time.DateOnly), got.Confirmed, want)
			}
		}
	}
}

// parseDay reads the stored YYYY-MM-DD dates exactly as time.Parse would,
// and falls back on anything else.
func TestParseDay(t *testing.T) {
	fallback := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"2026-11-24", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-05", "abcd-ef-gh", "", "2026-11-24T10:00:00Z", "0000-01-01", "9999-12-31"} {
		want, err := time.Parse(time.DateOnly, s)
		if err != nil {
			want = fallback
		}
		if got := backend.ParseDay(s, fallback); !got.Equal(want) {
			t.Errorf("ParseDay(%q) = %v, want %v", s, got, want)
		}
	}
}
