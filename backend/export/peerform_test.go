package export_test

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/export/davtest"

	"golang.org/x/net/html"
)

func peerFormRequest() backend.PeerRequest {
	return backend.PeerRequest{
		ID: 3, Token: "0123456789abcdef0123456789abcdef", PersonName: `Ana "<b>Quill</b>"`, CycleName: "Annual review 2026",
		Scale: backend.DefaultScale(), Due: "2026-06-30", Anonymous: true,
		Questions: append(backend.DefaultPeerQuestions(backend.DefaultCompetencies()[:2]),
			backend.PeerQuestion{Key: "q1", Kind: backend.QuestionText, Text: "What should she <script>alert(1)</script> keep doing?"}),
		Reviewers: []backend.PeerReviewer{
			{ID: 21, Name: "Ben <i>Cole</i>", Email: "ben@agency.com", Relationship: backend.RelPeer, Secret: strings.Repeat("a", 64)},
			{ID: 22, Name: "Cleo Park", Relationship: backend.RelClient, Secret: strings.Repeat("b", 64)},
		},
	}
}

// findAll is every element with the tag in the parsed page, in order.
func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attrOf(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// One form per reviewer, read back by an HTML parser: it carries the
// request, that reviewer and their secret; every question on the cycle's
// scale; names and questions as text (never markup); one script, inline,
// and nothing fetched from anywhere.
func TestPeerForms(t *testing.T) {
	req := peerFormRequest()
	files, emails, err := export.PeerForms(req, "Jane Doe")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || len(emails) != 2 || files[0].Name == files[1].Name {
		t.Fatalf("%d files, %d emails", len(files), len(emails))
	}
	pages := map[string][]byte{}
	for i, f := range files {
		pages[f.Name] = f.Data
		doc, err := html.Parse(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatal(err)
		}
		forms := findAll(doc, "form")
		if len(forms) != 1 || attrOf(forms[0], "data-request") != req.Token || attrOf(forms[0], "data-reviewer") != []string{"21", "22"}[i] ||
			attrOf(forms[0], "data-secret") != req.Reviewers[i].Secret {
			t.Fatalf("%s does not carry its reviewer's request and secret", f.Name)
		}
		if n := len(findAll(doc, "fieldset")); n != 3 {
			t.Errorf("%s asks %d questions, want 3", f.Name, n)
		}
		if n := len(findAll(doc, "input")); n != 2*5 {
			t.Errorf("%s has %d rating points, want two questions on 1–5", f.Name, n)
		}
		scripts := findAll(doc, "script")
		if len(scripts) != 1 || attrOf(scripts[0], "src") != "" {
			t.Errorf("%s: scripts %d, want one inline", f.Name, len(scripts))
		}
		for _, tag := range []string{"link", "img", "iframe", "b", "i"} {
			if n := findAll(doc, tag); len(n) != 0 {
				t.Errorf("%s has a <%s>: something typed became markup or fetches from elsewhere", f.Name, tag)
			}
		}
		for _, bad := range []string{"http://", "https://", "fetch(", "XMLHttpRequest", "<script>alert"} {
			if bytes.Contains(f.Data, []byte(bad)) {
				t.Errorf("%s contains %q", f.Name, bad)
			}
		}
		if !bytes.Contains(f.Data, []byte("What should she &lt;script&gt;alert(1)&lt;/script&gt; keep doing?")) {
			t.Errorf("%s does not show the question as typed", f.Name)
		}
		if strings.Contains(emails[i].Body, req.Reviewers[i].Secret) || !strings.Contains(emails[i].Body, f.Name) ||
			!strings.Contains(emails[i].Body, "30 June 2026") || !strings.Contains(emails[i].Body, "without your name") {
			t.Errorf("email %d: %s", i, emails[i].Body)
		}
	}
	vnu(t, pages)
}

// The forms land in a folder all together through the export destinations.
func TestPeerFormsToAFolder(t *testing.T) {
	files, _, err := export.PeerForms(peerFormRequest(), "Jane Doe")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := export.Write(context.Background(), export.Folder(dir), files, export.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadDir(dir)
	if len(got) != 2 {
		t.Fatalf("%d files", len(got))
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f.Name)); err != nil {
			t.Error(err)
		}
	}
}

// The forms go to a WebDAV share the same way, all of them or none, and
// read back from the server's folder byte for byte.
func TestPeerFormsToWebDAV(t *testing.T) {
	for _, kind := range davtest.Kinds {
		t.Run(kind, func(t *testing.T) {
			srv := davtest.Start(t, kind)
			files, _, err := export.PeerForms(peerFormRequest(), "Jane Doe")
			if err != nil {
				t.Fatal(err)
			}
			dest, err := export.NewDestination(srv.URL(), davtest.User, davtest.Password, &http.Client{Timeout: 10 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := export.Write(context.Background(), dest, files, export.WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				got, err := os.ReadFile(filepath.Join(srv.Root, f.Name))
				if err != nil || !bytes.Equal(got, f.Data) {
					t.Errorf("%s on the share: %v", f.Name, err)
				}
			}
		})
	}
}
