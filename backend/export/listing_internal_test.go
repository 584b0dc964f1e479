package export

import (
	"path"
	"slices"
	"strings"
	"testing"
)

// FuzzWebDAVListing: a WebDAV server's folder listing is outside input. Any
// answer gives an error or plain .json file names, sorted, that read back
// as the same file (no folder part, no "..", nothing hidden), never a panic.
func FuzzWebDAVListing(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/dav/shared/</d:href></d:response>` +
			`<d:response><d:href>/dav/shared/dana%20lee.json</d:href></d:response><d:response><d:href>/dav/shared/notes.txt</d:href></d:response>` +
			`<d:response><d:href>https://cloud.example/dav/shared/.upload.json</d:href></d:response><d:response><d:href>/dav/shared/sub/</d:href></d:response></d:multistatus>`,
		`<multistatus><response><href>../../etc/passwd.json</href></response><response><href>%2e%2e%2fx.JSON</href></response></multistatus>`,
		`<multistatus><response><href>a.json?x=1#y</href></response><response><href>::not a url::.json</href></response></multistatus>`,
		`<multistatus>`, ``, `not xml`, `<!DOCTYPE x [<!ENTITY a "aaaa">]><multistatus><response><href>&a;.json</href></response></multistatus>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		names, err := jsonNames(strings.NewReader(body))
		if err != nil {
			return
		}
		if !slices.IsSorted(names) {
			t.Fatalf("names not sorted: %q", names)
		}
		for _, n := range names {
			if !strings.HasSuffix(strings.ToLower(n), ".json") || strings.HasPrefix(n, ".") || strings.Contains(n, "/") || path.Base(n) != n {
				t.Fatalf("listing %q gave the name %q", body, n)
			}
		}
	})
}
