package export

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"
)

// An iCalendar (RFC 5545) writer for the director's calendar: only what the
// calendar needs (all-day VEVENTs), with the rules calendars are strict about:
// CRLF line ends, lines folded at 75 octets without ever splitting a UTF-8
// character, and TEXT values escaped (\\ \; \, \n). docs/decisions.md says
// why this is not a library.

// Calendar is one calendar file: its name as calendars show it, and its events.
type Calendar struct {
	Name   string
	Events []Event
}

// Event is one all-day event. Every date of AccountDesk is a day, so every
// event is one: Start is its first day and End the day after its last
// (exclusive, as RFC 5545 wants for VALUE=DATE).
type Event struct {
	// UID names what the event is (kind, record, workspace), never when, so
	// a calendar that reads the file again updates the event in place.
	UID         string
	Start, End  time.Time
	Summary     string
	Description string
	Category    string
	// Private events (1:1s) are marked CLASS:PRIVATE: a calendar shared
	// with colleagues shows them as busy, not by name.
	Private bool
}

const (
	icsDate  = "20060102"
	icsStamp = "20060102T150405Z"
	// icsLine is the most octets a line holds, not counting its CRLF.
	icsLine = 75
)

// ICS writes the calendar; stamp is the DTSTAMP of every event (when the
// file was made, in UTC).
func ICS(c Calendar, stamp time.Time) []byte {
	var w icsWriter
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//AccountDesk//Calendar//EN")
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
	w.line("X-WR-CALNAME:" + icsText(c.Name))
	w.line("NAME:" + icsText(c.Name))
	// Calendars that subscribe read it again this often (RFC 7986; Outlook
	// reads X-PUBLISHED-TTL).
	w.line("REFRESH-INTERVAL;VALUE=DURATION:PT6H")
	w.line("X-PUBLISHED-TTL:PT6H")
	ds := stamp.UTC().Format(icsStamp)
	for _, e := range c.Events {
		w.line("BEGIN:VEVENT")
		w.line("UID:" + icsText(e.UID))
		w.line("DTSTAMP:" + ds)
		w.line("DTSTART;VALUE=DATE:" + e.Start.Format(icsDate))
		end := e.End
		if !end.After(e.Start) {
			end = e.Start.AddDate(0, 0, 1)
		}
		w.line("DTEND;VALUE=DATE:" + end.Format(icsDate))
		w.line("SUMMARY:" + icsText(e.Summary))
		if e.Description != "" {
			w.line("DESCRIPTION:" + icsText(e.Description))
		}
		if e.Category != "" {
			w.line("CATEGORIES:" + icsText(e.Category))
		}
		if e.Private {
			w.line("CLASS:PRIVATE")
		}
		// A reminder of a date, not a meeting: it never makes the director busy.
		w.line("TRANSP:TRANSPARENT")
		w.line("END:VEVENT")
	}
	w.line("END:VCALENDAR")
	return w.buf.Bytes()
}

type icsWriter struct{ buf bytes.Buffer }

// line writes one content line, folded.
func (w *icsWriter) line(s string) {
	w.buf.WriteString(Fold(s))
}

// Fold folds one content line into lines of at most 75 octets, each ended by
// CRLF; a continuation line starts with one space (RFC 5545 3.1). A line is
// cut only between characters, never inside one.
func Fold(s string) string {
	var b strings.Builder
	limit := icsLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLine - 1 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	return b.String()
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and
// comma get a backslash, every line break becomes \n, other control
// characters (which TEXT may not hold) become spaces, and bytes that are not
// UTF-8 become U+FFFD.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
