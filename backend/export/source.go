package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"accountdesk/backend"
)

// Shelf is a place exported files can be read back from: the management
// roll-up reads directors' portfolio summaries from a shared folder or a
// WebDAV share.
type Shelf interface {
	// JSONFiles lists the names of the .json files directly in the place.
	JSONFiles(ctx context.Context) ([]string, error)
	// Read returns one file's content (at most 64 MB).
	Read(ctx context.Context, name string) ([]byte, error)
	String() string
}

const maxShelfFile = 64 << 20

// JSONFiles lists *.json in the folder.
func (f Folder) JSONFiles(context.Context) ([]string, error) {
	if st, err := os.Stat(string(f)); err != nil || !st.IsDir() {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The folder %s does not exist or cannot be reached.", string(f))
	}
	paths, err := filepath.Glob(filepath.Join(string(f), "*.json"))
	if err != nil {
		return nil, backend.Invalid("folder", "That folder path is not valid.")
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	return names, nil
}

// Read reads one file of the folder.
func (f Folder) Read(_ context.Context, name string) ([]byte, error) {
	file, err := os.Open(filepath.Join(string(f), filepath.Base(name)))
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(io.LimitReader(file, maxShelfFile))
}

// JSONFiles lists the .json files of the WebDAV collection (PROPFIND, depth 1).
func (w *WebDAV) JSONFiles(ctx context.Context) ([]string, error) {
	res, err := w.send(ctx, "PROPFIND", w.base.String(), strings.NewReader(
		`<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>`),
		map[string]string{"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusMultiStatus {
		said := serverSays(res.Header.Get("Content-Type"), io.LimitReader(res.Body, 8<<10))
		if err := w.status(res, said, "listing the folder"); err != nil {
			return nil, err
		}
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share answered %s while listing the folder.", res.Status)
	}
	names, err := jsonNames(io.LimitReader(res.Body, 16<<20))
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The WebDAV share's folder listing could not be read.")
	}
	return names, nil
}

// jsonNames reads a PROPFIND multistatus answer and returns the names of the
// .json files in it, sorted: plain file names (no folder part), never the
// collection itself, a sub-folder, a hidden file or an upload in progress.
func jsonNames(body io.Reader) ([]string, error) {
	var ms struct {
		Responses []struct {
			Href string `xml:"href"`
		} `xml:"response"`
	}
	if err := xml.NewDecoder(body).Decode(&ms); err != nil {
		return nil, fmt.Errorf("folder listing: %w", err)
	}
	names := []string{}
	for _, r := range ms.Responses {
		p := r.Href
		if u, err := url.Parse(r.Href); err == nil {
			p = u.Path // hrefs may be absolute URLs or paths, percent-encoded
		}
		name := path.Base(p)
		if strings.HasSuffix(p, "/") || !strings.HasSuffix(strings.ToLower(name), ".json") || strings.HasPrefix(name, ".") {
			continue // the collection itself, sub-folders, other files, uploads in progress
		}
		names = append(names, name)
	}
	sort.Strings(names)
	return names, nil
}

// Read downloads one file of the WebDAV collection.
func (w *WebDAV) Read(ctx context.Context, name string) ([]byte, error) {
	res, err := w.send(ctx, http.MethodGet, w.urlFor(path.Base(name)), nil, nil)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, res.Body)
		return nil, fmt.Errorf("GET %s: %s", name, res.Status)
	}
	return io.ReadAll(io.LimitReader(res.Body, maxShelfFile))
}
