package export_test

import (
	"math"
	"testing"

	"accountdesk/backend/export"
)

func TestLabel(t *testing.T) {
	for in, want := range map[string]string{
		"on_track": "On track", "qualified": "Qualified", "cross_sell": "Cross-sell", "decision_maker": "Decision maker",
		"trusted_advisor": "Trusted advisor", "not_required": "Not required", "in_review": "In review", "": "",
	} {
		if got := export.Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {12, "12"}, {1234, "1,234"}, {12500000, "12,500,000"}, {1140.5, "1,140.5"}, {4.256, "4.26"},
		{-1234567.25, "-1,234,567.25"}, {-0.001, "0"}, {999999.999, "1,000,000"}, {math.Inf(1), "+Inf"},
	} {
		if got := export.Number(tc.in); got != tc.want {
			t.Errorf("Number(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDateText: a date reads as the workspace's locale writes it; without a
// locale (or with C, or one it cannot read) as "24 Nov 2026", which nobody
// misreads.
func TestDateText(t *testing.T) {
	for _, tc := range []struct{ iso, locale, want string }{
		{"2026-11-04", "", "4 Nov 2026"},
		{"2026-11-04", "C", "4 Nov 2026"},
		{"2026-11-04", "POSIX", "4 Nov 2026"},
		{"2026-11-04", "not a locale!", "4 Nov 2026"},
		{"2026-11-04", "en-GB", "4 Nov 2026"},
		{"2026-11-04", "en_IE.UTF-8", "4 Nov 2026"},
		{"2026-11-04", "en", "Nov 4, 2026"},
		{"2026-11-04", "en_US.UTF-8", "Nov 4, 2026"},
		{"2026-11-04", "en-CA", "Nov 4, 2026"},
		{"2026-11-04", "de_DE.UTF-8", "04.11.2026"},
		{"2026-11-04", "de-CH", "04.11.2026"},
		{"2026-11-04", "pl-PL", "04.11.2026"},
		{"2026-11-04", "ru", "04.11.2026"},
		{"2026-11-04", "fr-FR", "04/11/2026"},
		{"2026-11-04", "fr-CA", "2026-11-04"},
		{"2026-11-04", "es-MX", "04/11/2026"},
		{"2026-11-04", "nl-NL", "04-11-2026"},
		{"2026-11-04", "sv-SE", "2026-11-04"},
		{"2026-11-04", "ja-JP", "2026/11/04"},
		{"2026-11-04", "zh-Hans-CN", "2026/11/04"},
		{"2026-11-04", "ko-KR", "2026. 11. 04."},
		{"2026-11-24T09:30:00Z", "en-GB", "24 Nov 2026"},
		{"", "de-DE", ""},
		{"someday", "de-DE", "someday"},
		{"2026-02-30", "de-DE", "2026-02-30"},
	} {
		if got := export.DateText(tc.iso, tc.locale); got != tc.want {
			t.Errorf("DateText(%q, %q) = %q, want %q", tc.iso, tc.locale, got, tc.want)
		}
	}
}
