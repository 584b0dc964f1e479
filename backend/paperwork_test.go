package backend_test

import (
	"testing"
	"time"

	"accountdesk/backend"
)

func TestContactReportLate(t *testing.T) {
	scenarios := []struct {
		name             string
		meeting, written string
		late             bool
	}{
		{"OK same day", "2026-11-20T10:00:00+01:00", "2026-11-20T16:00:00Z", false},
		{"OK exactly 48 hours is on time", "2026-11-20T10:00:00Z", "2026-11-22T10:00:00Z", false},
		{"OK one minute past 48 hours is late", "2026-11-20T10:00:00Z", "2026-11-22T10:01:00Z", true},
		{"OK offsets are respected", "2026-11-20T23:00:00-05:00", "2026-11-23T03:30:00Z", false},
		{"OK a week later is late", "2026-11-10T09:00:00Z", "2026-11-17T09:00:00Z", true},
		{"OK unreadable times are never flagged", "yesterday", "2026-11-17T09:00:00Z", false},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.IsLate(sc.meeting, sc.written); got != sc.late {
				t.Fatalf("late = %v, want %v", got, sc.late)
			}
		})
	}
}

func TestContactReportValidate(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	scenarios := []struct {
		name  string
		c     backend.ContactReport
		field string
	}{
		{"OK", backend.ContactReport{MeetingAt: "2026-11-23T15:00:00Z", Decisions: "Go with route B"}, ""},
		{"ErrNoMeetingTime", backend.ContactReport{Decisions: "x"}, "meetingAt"},
		{"ErrFutureMeeting", backend.ContactReport{MeetingAt: "2026-12-01T10:00:00Z", Decisions: "x"}, "meetingAt"},
		{"ErrNothingRecorded", backend.ContactReport{MeetingAt: "2026-11-23T15:00:00Z", Attendees: "CMO"}, "decisions"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			err := sc.c.Validate(now)
			if backend.ErrorField(err) != sc.field || (sc.field == "") != (err == nil) {
				t.Fatalf("err = %v, want field %q", err, sc.field)
			}
		})
	}
}
