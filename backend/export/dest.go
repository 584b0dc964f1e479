package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"accountdesk/backend"
)

// Destination is where exported files go. Put writes atomically: a reader
// never sees a partial file. Remove deletes a file written earlier in the
// same run (to leave nothing behind when a later file fails).
type Destination interface {
	Put(ctx context.Context, name string, data []byte) error
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

// Put writes to a hidden temporary name beside the file, syncs, then renames.
func (f Folder) Put(_ context.Context, name string, data []byte) error {
	if st, err := os.Stat(string(f)); err != nil || !st.IsDir() {
		return backend.Errorf(backend.EUNAVAILABLE, "The folder %s does not exist or cannot be reached.", string(f))
	}
	tmp := filepath.Join(string(f), "."+name+".partial")
	out, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "AccountDesk cannot write to %s.", string(f)), err)
	}
	_, werr := out.Write(data)
	serr := out.Sync()
	cerr := out.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "Writing %s failed; nothing was left behind.", name), err)
	}
	if err := os.Rename(tmp, filepath.Join(string(f), name)); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("%w: %w", backend.Errorf(backend.EUNAVAILABLE, "Writing %s failed; nothing was left behind.", name), err)
	}
	return nil
}

// Remove deletes a file this run wrote.
func (f Folder) Remove(_ context.Context, name string) error {
	return os.Remove(filepath.Join(string(f), name))
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
	res, err := w.client.Do(req)
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share %s cannot be reached. Check the address and the network.", w.base.Host)
	}
	return res, nil
}

// do is send for requests whose answer is only a status: the body is drained.
func (w *WebDAV) do(ctx context.Context, method, target string, body []byte, header map[string]string) (*http.Response, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	res, err := w.send(ctx, method, target, r, header)
	if err != nil {
		return nil, err
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res, nil
}

func (w *WebDAV) status(res *http.Response, what string) error {
	switch {
	case res.StatusCode >= 200 && res.StatusCode < 300:
		return nil
	case res.StatusCode == http.StatusUnauthorized || res.StatusCode == http.StatusForbidden:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share refused the user name or password (%s).", res.Status)
	case res.StatusCode == http.StatusNotFound || res.StatusCode == http.StatusConflict:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV folder %s does not exist.", w.base.Path)
	default:
		return backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share answered %s while %s.", res.Status, what)
	}
}

// Put uploads to a temporary name and moves it into place.
func (w *WebDAV) Put(ctx context.Context, name string, data []byte) error {
	tmp := w.urlFor(".~" + name + ".partial")
	res, err := w.do(ctx, http.MethodPut, tmp, data, map[string]string{"Content-Type": contentType(name)})
	if err != nil {
		return err
	}
	if err := w.status(res, "uploading "+name); err != nil {
		w.cleanup(tmp)
		return err
	}
	res, err = w.do(ctx, "MOVE", tmp, nil, map[string]string{"Destination": w.urlFor(name), "Overwrite": "T"})
	if err == nil {
		err = w.status(res, "moving "+name+" into place")
	}
	if err != nil {
		w.cleanup(tmp)
		return err
	}
	return nil
}

// cleanup deletes a temporary upload with a fresh context: the export's
// context may be the one that was cancelled.
func (w *WebDAV) cleanup(target string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _ = w.do(ctx, http.MethodDelete, target, nil, nil)
}

// Remove deletes a file this run wrote.
func (w *WebDAV) Remove(ctx context.Context, name string) error {
	res, err := w.do(ctx, http.MethodDelete, w.urlFor(name), nil, nil)
	if err != nil {
		return err
	}
	return w.status(res, "removing "+name)
}

// Check tests the connection and credentials (PROPFIND depth 0).
func (w *WebDAV) Check(ctx context.Context) error {
	res, err := w.do(ctx, "PROPFIND", w.base.String(), nil, map[string]string{"Depth": "0"})
	if err != nil {
		return err
	}
	return w.status(res, "checking the folder")
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
