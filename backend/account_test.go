package backend_test

import (
	"testing"

	"accountdesk/backend"
)

// TestAccountValidate: impossible dates and negative hours are refused with
// the field named, never changed into something else.
func TestAccountValidate(t *testing.T) {
	valid := func() backend.Account {
		return backend.Account{Name: "Northwind", Tier: backend.TierKey, Status: backend.StatusActive, Health: backend.HealthGreen,
			ContractType: backend.ContractRetainer, RetainerHoursPerMonth: 80, ContractStart: "2026-01-01", RenewalDate: "2026-12-31"}
	}
	scenarios := []struct {
		name   string
		change func(*backend.Account)
		field  string
	}{
		{"OK", func(*backend.Account) {}, ""},
		{"OK no retainer hours", func(a *backend.Account) { a.RetainerHoursPerMonth = 0 }, ""},
		{"OK no dates", func(a *backend.Account) { a.ContractStart, a.RenewalDate = "", "" }, ""},
		{"OK renewal on a leap day", func(a *backend.Account) { a.RenewalDate = "2028-02-29" }, ""},
		{"ErrNegativeRetainerHours", func(a *backend.Account) { a.RetainerHoursPerMonth = -5 }, "retainerHoursPerMonth"},
		{"ErrTooManyRetainerHours", func(a *backend.Account) { a.RetainerHoursPerMonth = 10001 }, "retainerHoursPerMonth"},
		{"ErrRenewalImpossible", func(a *backend.Account) { a.RenewalDate = "2026-02-30" }, "renewalDate"},
		{"ErrRenewalNotLeapYear", func(a *backend.Account) { a.RenewalDate = "2027-02-29" }, "renewalDate"},
		{"ErrContractStartImpossible", func(a *backend.Account) { a.ContractStart = "2026-06-31" }, "contractStart"},
		{"ErrContractStartNotADate", func(a *backend.Account) { a.ContractStart = "1/2/2026" }, "contractStart"},
		{"ErrRenewalBeforeStart", func(a *backend.Account) { a.RenewalDate = "2025-12-31" }, "renewalDate"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			a := valid()
			sc.change(&a)
			err := a.Validate()
			if sc.field == "" && err != nil {
				t.Fatalf("want valid, got %v", err)
			}
			if sc.field != "" && (backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.field) {
				t.Fatalf("err = %v, want invalid on %s", err, sc.field)
			}
		})
	}
}

func TestNoticeDate(t *testing.T) {
	for _, c := range []struct {
		name, renewal string
		days          int
		want          string
	}{
		{"90 days before", "2027-03-31", 90, "2026-12-31"},
		{"across a leap day", "2028-03-30", 30, "2028-02-29"},
		{"no notice period", "2027-03-31", 0, ""},
		{"no renewal date", "", 90, ""},
		{"not a date", "2027-02-30", 30, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := backend.NoticeDate(c.renewal, c.days); got != c.want {
				t.Fatalf("NoticeDate(%q, %d) = %q, want %q", c.renewal, c.days, got, c.want)
			}
		})
	}
}
