package export

import (
	"reflect"
	"strings"
	"testing"

	"accountdesk/backend"
)

// TestMonthTotals: accounts' months add up month by month, oldest first;
// a target counts only for the accounts that have one, and so does the
// revenue it is compared with.
func TestMonthTotals(t *testing.T) {
	row := func(month string, revenue, target int64, has bool) backend.MonthRow {
		return backend.MonthRow{MonthFigures: backend.MonthFigures{Month: month, RevenueMinor: revenue}, TargetMinor: target, HasTarget: has}
	}
	for _, c := range []struct {
		name     string
		accounts [][]backend.MonthRow
		want     []MonthTotal
	}{
		{"OK no accounts", nil, []MonthTotal{}},
		{"OK one account", [][]backend.MonthRow{{row("2026-01", 100, 90, true), row("2026-02", 50, 90, true)}},
			[]MonthTotal{{Month: "2026-01", RevenueMinor: 100, RevenueWithTargetMinor: 100, TargetMinor: 90, Accounts: 1},
				{Month: "2026-02", RevenueMinor: 50, RevenueWithTargetMinor: 50, TargetMinor: 90, Accounts: 1}}},
		{"OK an account without a target adds revenue, not target", [][]backend.MonthRow{
			{row("2026-02", 100, 90, true)}, {row("2026-01", 7, 0, false), row("2026-02", 30, 0, false)}},
			[]MonthTotal{{Month: "2026-01", RevenueMinor: 7, Accounts: 1},
				{Month: "2026-02", RevenueMinor: 130, RevenueWithTargetMinor: 100, TargetMinor: 90, Accounts: 2}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := monthTotals(c.accounts); !reflect.DeepEqual(got, c.want) {
				t.Errorf("monthTotals = %+v, want %+v", got, c.want)
			}
		})
	}
	t.Run("OK percentage of target", func(t *testing.T) {
		if pct, ok := (MonthTotal{RevenueWithTargetMinor: 110, TargetMinor: 100}).TargetPct(); !ok || pct != 110 {
			t.Errorf("TargetPct = %v %v, want 110 true", pct, ok)
		}
		if _, ok := (MonthTotal{RevenueMinor: 5}).TargetPct(); ok {
			t.Error("a month without a target has a percentage of it")
		}
	})
}

// TestColumnWidths: a column is as wide as its header (with room for the
// filter button) or its longest value as shown, wide characters twice,
// within 8 and 60 characters.
func TestColumnWidths(t *testing.T) {
	for _, c := range []struct {
		name string
		col  xcol
		rows []any
		want float64
	}{
		{"OK short header and values", xcol{"QBR", kText}, []any{"Due", "Done"}, 8},
		{"OK a long name", xcol{"Account", kText}, []any{"Harbour Insurance Group plc"}, 29},
		{"OK wide characters count twice", xcol{"Account", kText}, []any{"東京ガス株式会社"}, 18},
		{"OK capped", xcol{"Mitigation", kText}, []any{strings.Repeat("x", 500)}, 60},
		{"OK the longest line of several", xcol{"Note", kText}, []any{"short\n" + strings.Repeat("y", 20)}, 22},
		{"OK amounts as shown", xcol{"Value", kMoney}, []any{int64(123456789_00)}, 18},
		{"OK a date", xcol{"Due", kDate}, []any{"2026-11-24"}, 12},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows := make([][]any, len(c.rows))
			for i, v := range c.rows {
				rows[i] = []any{v}
			}
			if got := columnWidths(sheet{cols: []xcol{c.col}, rows: rows}); got[0] != c.want {
				t.Errorf("width %v, want %v", got[0], c.want)
			}
		})
	}
}
