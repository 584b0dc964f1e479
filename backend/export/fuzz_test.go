package export_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// FuzzSlug: file names come from what users type. Whatever the text, a slug
// is a safe, non-empty file name part: lower-case ASCII letters, digits and
// single dashes, no path separators, bounded length.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Northwind Retail", "../../etc/passwd", "Crème Brûlée & Co.", "日本", "", "  --  ", "a\x00b", "CON", strings.Repeat("x", 500)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := export.Slug(s)
		if got == "" || len(got) > 200 || !utf8.ValidString(got) {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
		for _, r := range got {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Fatalf("Slug(%q) = %q holds %q", s, got, r)
			}
		}
		if strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") || strings.Contains(got, "--") {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
	})
}

// FuzzNewDestination: the --to value and the Exports screen's address are
// outside input. Any text gives a destination or a clear invalid "to"
// error, never a panic; a WebDAV destination never shows credentials.
func FuzzNewDestination(f *testing.F) {
	for _, s := range []string{"/tmp/out", "https://cloud.example/remote.php/dav/files/me/", "http://user:pw@host/", "https://", "http://[::1]:8080/x", "relative/dir", "", " \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := export.NewDestination(s, "u", "secret-pw", nil)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "to" {
				t.Fatalf("NewDestination(%q): %v", s, err)
			}
			return
		}
		if strings.Contains(d.String(), "secret-pw") {
			t.Fatalf("destination %q shows the password", d.String())
		}
	})
}
