package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"accountdesk/backend"
)

// Destination is where exported files go. An export stages every file under
// a temporary name no reader picks up (hidden, ending .partial), then
// commits each by renaming it over its final name, so a reader never sees a
// partial file; see Write.
type Destination interface {
	// Stage writes data under the temporary name tmp.
	Stage(ctx context.Context, tmp string, data []byte) error
	// Commit moves a staged file over its final name, replacing it.
	Commit(ctx context.Context, tmp, name string) error
	// Remove deletes a file; one that is not there is not an error.
	Remove(ctx context.Context, name string) error
	String() string // for the run history; never carries credentials
}

// NewDestination parses DEST: a folder path, or an http(s) WebDAV URL.
func NewDestination(dest, user, password string, client *http.Client) (Destination, error) {
	dest = strings.TrimSpace(dest)
	if dest == "" {
		return nil, backend.Invalid("to", "Choose where to export to: a folder or a WebDAV address.")
	}
	if strings.HasPrefix(dest, "http://") || strings.HasPrefix(dest, "https://") {
		u, err := url.Parse(dest)
		if err != nil || u.Host == "" {
			return nil, backend.Invalid("to", "That WebDAV address is not a valid URL.")
		}
		if u.User != nil {
			return nil, backend.Invalid("to", "Put the WebDAV user name and password in the credentials, not in the address.")
		}
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
		}
		if client == nil {
			client = &http.Client{Timeout: 60 * time.Second}
		}
		return &WebDAV{base: u, user: user, password: password, client: client}, nil
	}
	abs, err := filepath.Abs(dest)
	if err != nil {
		return nil, backend.Invalid("to", "That folder path is not valid.")
	}
	return Folder(abs), nil
}

// Folder writes into a local (or mounted, or synced) folder.
type Folder string

func (f Folder) String() string { return string(f) }

// Stage writes the temporary file and syncs it to disk. The name is new
// (each run has its own), so two exports into one folder never share one.
func (f Folder) Stage(_ context.Context, tmp string, data []byte) error {
	if st, err := os.Stat(string(f)); err != nil || !st.IsDir() {
		return backend.Errorf(backend.EUNAVAILABLE, "The folder %s does not exist or cannot be reached.", string(f))
	}
	out, err := os.OpenFile(filepath.Join(string(f), tmp), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "AccountDesk cannot write to %s.", string(f)), err)
	}
	_, werr := out.Write(data)
	serr := out.Sync()
	cerr := out.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(filepath.Join(string(f), tmp))
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "Writing to %s failed.", string(f)), err)
	}
	return nil
}

// Commit renames the staged file over the final one.
func (f Folder) Commit(_ context.Context, tmp, name string) error {
	if err := os.Rename(filepath.Join(string(f), tmp), filepath.Join(string(f), name)); err != nil {
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "%s could not be put in place in %s.", name, string(f)), err)
	}
	return nil
}

// Remove deletes a file of the folder.
func (f Folder) Remove(_ context.Context, name string) error {
	err := os.Remove(filepath.Join(string(f), name))
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "%s could not be removed from %s.", name, string(f)), err)
}

// WebDAV writes to a WebDAV collection (Nextcloud, SharePoint, Box-style
// shares): PUT to a temporary name, then MOVE over the final name.
type WebDAV struct {
	base           *url.URL
	user, password string
	client         *http.Client
}

func (w *WebDAV) String() string { return w.base.String() }

func (w *WebDAV) urlFor(name string) string {
	u := *w.base
	u.Path = path.Join(w.base.Path, name)
	return u.String()
}

// send makes one request with the share's credentials and returns the
// response unread; a network failure is a plain "cannot be reached".
func (w *WebDAV) send(ctx context.Context, method, target string, body io.Reader, header map[string]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return nil, err
	}
	if w.user != "" || w.password != "" {
		req.SetBasicAuth(w.user, w.password)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	// Every request an export makes may be sent twice: uploads go to a name
	// of their own run, a repeated DELETE finds nothing, a repeated MOVE
	// finds no source and fails the run honestly. Saying so lets net/http
	// send it again on a fresh connection when the server closed a kept-alive
	// one just as the request went out (Apache does, under load), instead of
	// failing the export. A nil value is not sent on the wire.
	req.Header["Idempotency-Key"] = nil
	res, err := w.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share %s cannot be reached. Check the address and the network.", w.base.Host), err)
	}
	return res, nil
}

// do is send for requests whose answer is only a status. The body is read
// (a little of it, for what the server says when it refuses) and closed.
func (w *WebDAV) do(ctx context.Context, method, target string, body []byte, header map[string]string) (*http.Response, string, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	res, err := w.send(ctx, method, target, r, header)
	if err != nil {
		return nil, "", err
	}
	defer res.Body.Close()
	said := ""
	if res.StatusCode >= 300 {
		said = serverSays(res.Header.Get("Content-Type"), io.LimitReader(res.Body, 8<<10))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 1<<20))
	return res, said, nil
}

// ErrRefused marks a refused login: nothing more is sent in the same run, so
// a wrong password costs one failed login, not one per file (servers lock
// accounts after a few).
var ErrRefused = errors.New("the server refused the credentials")

// status turns a WebDAV answer into nil or an error a user can act on, with
// what the server said in its own words.
func (w *WebDAV) status(res *http.Response, said, what string) error {
	detail := res.Status
	if said != "" {
		detail += ": " + said
	}
	switch {
	case res.StatusCode >= 200 && res.StatusCode < 300:
		return nil
	case res.StatusCode == http.StatusUnauthorized:
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share refused the user name or password (%s).", detail), ErrRefused)
	case res.StatusCode == http.StatusForbidden:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share did not allow %s (%s).", what, detail)
	case res.StatusCode == http.StatusNotFound || res.StatusCode == http.StatusConflict:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV folder %s does not exist (%s while %s).", w.base.Path, detail, what)
	default:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share answered %s while %s.", detail, what)
	}
}

// Stage uploads to the temporary name.
func (w *WebDAV) Stage(ctx context.Context, tmp string, data []byte) error {
	res, said, err := w.do(ctx, http.MethodPut, w.urlFor(tmp), data, map[string]string{"Content-Type": contentType(displayName(tmp))})
	if err != nil {
		return err
	}
	return w.status(res, said, "uploading "+displayName(tmp))
}

// Commit moves the upload over the final name (MOVE, Overwrite: T).
func (w *WebDAV) Commit(ctx context.Context, tmp, name string) error {
	res, said, err := w.do(ctx, "MOVE", w.urlFor(tmp), nil, map[string]string{"Destination": w.urlFor(name), "Overwrite": "T"})
	if err != nil {
		return err
	}
	return w.status(res, said, "moving "+name+" into place")
}

// Remove deletes a file of the share; one that is not there is fine.
func (w *WebDAV) Remove(ctx context.Context, name string) error {
	res, said, err := w.do(ctx, http.MethodDelete, w.urlFor(name), nil, nil)
	if err != nil {
		return err
	}
	if res.StatusCode == http.StatusNotFound {
		return nil
	}
	return w.status(res, said, "removing "+name)
}

// Check tests the connection and credentials (PROPFIND depth 0).
func (w *WebDAV) Check(ctx context.Context) error {
	res, said, err := w.do(ctx, "PROPFIND", w.base.String(), nil, map[string]string{"Depth": "0"})
	if err != nil {
		return err
	}
	return w.status(res, said, "reading the folder")
}

func contentType(name string) string {
	switch filepath.Ext(name) {
	case ".pdf":
		return "application/pdf"
	case ".json":
		return "application/json"
	case ".csv":
		return "text/csv; charset=utf-8"
	case ".md":
		return "text/markdown; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	}
	return "application/octet-stream"
}

// displayName is the file a temporary upload is for, else the name itself.
func displayName(tmp string) string {
	if name := FinalName(tmp); name != "" {
		return name
	}
	return tmp
}

// serverSays picks the human part of an error answer: the message element of
// a WebDAV/Sabre error document, or the text of an HTML or plain page, in
// one line of at most 160 characters.
func serverSays(contentType string, body io.Reader) string {
	raw, _ := io.ReadAll(body)
	text := string(raw)
	if strings.Contains(contentType, "xml") {
		dec := xml.NewDecoder(bytes.NewReader(raw))
		var in bool
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch t := tok.(type) {
			case xml.StartElement:
				in = t.Name.Local == "message"
			case xml.CharData:
				if in && strings.TrimSpace(string(t)) != "" {
					return oneLine(string(t))
				}
			}
		}
		return ""
	}
	if strings.Contains(contentType, "html") {
		if i := strings.Index(strings.ToLower(text), "<body"); i >= 0 {
			text = text[i:]
		}
		text = tagRE.ReplaceAllString(text, " ")
		text = html.UnescapeString(text)
	} else if !strings.HasPrefix(contentType, "text/") {
		return ""
	}
	return oneLine(text)
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func oneLine(s string) string {
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:159]) + "…"
	}
	return s
}
