package app_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"accountdesk/app"
)

// startServe runs `accountdesk serve` in-process on a temp workspace and
// returns the URL it printed first; the server stops when the test ends.
func startServe(t *testing.T) *url.URL {
	t.Helper()
	u, _ := startServeIn(t, t.TempDir())
	return u
}

// startServeIn is startServe with the workspace in dir.
func startServeIn(t *testing.T, dir string) (*url.URL, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- app.Run(ctx, app.Env{
			Args:   []string{"serve", "--workspace", filepath.Join(dir, "workspace.db")},
			Stdout: pw, Stderr: io.Discard, Getenv: func(string) string { return "" },
			Assets:  fstest.MapFS{"index.html": {Data: []byte("<title>AccountDesk</title>")}},
			Version: "test",
		})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("serve printed no URL: %v", err)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("serve exit code = %d after shutdown", code)
		}
	})
	u, err := url.Parse(strings.TrimSpace(line))
	if err != nil || u.Query().Get("token") == "" || u.Scheme != "http" {
		t.Fatalf("first line %q is not a URL with a token", line)
	}
	return u, dir
}

type apiReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code, Message, Field string
	} `json:"error"`
}

func post(t *testing.T, base *url.URL, path, token, body string) (int, apiReply) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, "http://"+base.Host+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("X-AccountDesk-Token", token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r apiReply
	_ = json.NewDecoder(res.Body).Decode(&r)
	return res.StatusCode, r
}

func TestServe(t *testing.T) {
	u := startServe(t)
	token := u.Query().Get("token")
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	t.Run("OK listens on loopback", func(t *testing.T) {
		if !strings.HasPrefix(u.Host, "127.0.0.1:") {
			t.Fatalf("host = %s", u.Host)
		}
	})

	t.Run("ErrNoTokenIs401", func(t *testing.T) {
		code, r := post(t, u, "/api/SettingsAPI/Get", "", "[]")
		if code != http.StatusUnauthorized || r.Error == nil {
			t.Fatalf("status = %d, reply %+v", code, r)
		}
		res, err := http.Get("http://" + u.Host + "/")
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("the front end without a token: status %d, want 401", res.StatusCode)
		}
		// A person who opened the bare address is told how to get in.
		if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(string(page), "<title>Open AccountDesk with its full address</title>") ||
			!strings.Contains(string(page), "accountdesk serve") || !strings.Contains(string(page), "?token=") {
			t.Fatalf("the page without a token does not say how to get in: %s %s", res.Header.Get("Content-Type"), page)
		}
	})

	t.Run("ErrWrongTokenIs401", func(t *testing.T) {
		wrong := strings.Repeat("0", len(token))
		if code, _ := post(t, u, "/api/SettingsAPI/Get", wrong, "[]"); code != http.StatusUnauthorized {
			t.Fatalf("status = %d, want 401", code)
		}
	})

	t.Run("OK token in the address becomes a cookie", func(t *testing.T) {
		res, err := noRedirect.Get(u.String())
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusSeeOther || strings.Contains(res.Header.Get("Location"), "token") {
			t.Fatalf("status %d location %q: want a redirect without the token", res.StatusCode, res.Header.Get("Location"))
		}
		cookies := res.Cookies()
		if len(cookies) != 1 || !cookies[0].HttpOnly {
			t.Fatalf("cookies = %+v, want one HttpOnly token cookie", cookies)
		}
		req, _ := http.NewRequest(http.MethodGet, "http://"+u.Host+"/", nil)
		req.AddCookie(cookies[0])
		res, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "AccountDesk") {
			t.Fatalf("front end with cookie: %d %q", res.StatusCode, body)
		}
	})

	t.Run("OK get and update settings through the bound API", func(t *testing.T) {
		code, r := post(t, u, "/api/SettingsAPI/Get", token, "[]")
		if code != http.StatusOK || r.Error != nil {
			t.Fatalf("get: %d %+v", code, r)
		}
		var s map[string]any
		_ = json.Unmarshal(r.Result, &s)
		s["agencyName"] = "Brightline"
		arg, _ := json.Marshal([]any{s})
		code, r = post(t, u, "/api/SettingsAPI/Update", token, string(arg))
		if code != http.StatusOK || !strings.Contains(string(r.Result), `"agencyName":"Brightline"`) {
			t.Fatalf("update: %d %s %+v", code, r.Result, r.Error)
		}
	})

	t.Run("ErrInvalidSettingNamesTheField", func(t *testing.T) {
		body := `[{"agencyName":"","currency":"USD","fiscalYearStartMonth":1,"qbrThresholdMinor":0,"theme":"system"}]`
		code, r := post(t, u, "/api/SettingsAPI/Update", token, body)
		if code != http.StatusBadRequest || r.Error == nil || r.Error.Code != "invalid" || r.Error.Field != "qbrThresholdMinor" {
			t.Fatalf("status %d reply %+v", code, r.Error)
		}
	})

	t.Run("ErrBadArguments", func(t *testing.T) {
		for _, body := range []string{`{"not":"an array"}`, `[1,2]`, `["wrong shape"]`} {
			code, r := post(t, u, "/api/SettingsAPI/Update", token, body)
			if code != http.StatusBadRequest || r.Error == nil || r.Error.Code != "invalid" {
				t.Fatalf("body %s: status %d reply %+v", body, code, r.Error)
			}
		}
	})

	t.Run("ErrUnknownMethod", func(t *testing.T) {
		if code, r := post(t, u, "/api/SettingsAPI/DropTables", token, "[]"); code != http.StatusNotFound || r.Error.Code != "not_found" {
			t.Fatalf("status %d reply %+v", code, r.Error)
		}
	})

	t.Run("ErrForeignHostRefused", func(t *testing.T) {
		// DNS rebinding: evil.example resolving to 127.0.0.1 must not reach the API.
		req, _ := http.NewRequest(http.MethodPost, "http://"+u.Host+"/api/SettingsAPI/Get", strings.NewReader("[]"))
		req.Host = "evil.example"
		req.Header.Set("X-AccountDesk-Token", token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			t.Fatal("a request for another host name must be refused")
		}
	})

	t.Run("ErrForeignOriginRefused", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+u.Host+"/api/SettingsAPI/Get", strings.NewReader("[]"))
		req.Header.Set("Origin", "http://evil.example")
		req.Header.Set("X-AccountDesk-Token", token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Fatalf("status %d, want 403", res.StatusCode)
		}
	})
}

// demoServe writes the demo workspace into dir, starts the HTTP mode on it
// and returns a caller for its bound methods (path like
// "/api/TeamAPI/People", arguments as the front end sends them).
func demoServe(t *testing.T, dir string) func(path string, args ...any) apiReply {
	t.Helper()
	if r := run(t, nil, "demo", "--workspace", filepath.Join(dir, "workspace.db")); r.code != 0 {
		t.Fatalf("demo: %d %s", r.code, r.stderr)
	}
	u, _ := startServeIn(t, dir)
	token := u.Query().Get("token")
	return func(path string, args ...any) apiReply {
		t.Helper()
		body, _ := json.Marshal(args)
		code, r := post(t, u, path, token, string(body))
		if (code == http.StatusOK) != (r.Error == nil) {
			t.Fatalf("%s: status %d with error %+v", path, code, r.Error)
		}
		return r
	}
}

// wantResult fails the test on a refused call and reads the result into
// into (when not nil).
func wantResult(t *testing.T, r apiReply, into any) {
	t.Helper()
	if r.Error != nil {
		t.Fatalf("error %+v", r.Error)
	}
	if into != nil {
		if err := json.Unmarshal(r.Result, into); err != nil {
			t.Fatal(err)
		}
	}
}

// A browser keeps spare connections open that never carry a request; stopping
// `serve` (Ctrl-C) with one open must still end cleanly with exit code 0
// (startServe's cleanup checks the code).
func TestServeStopsWithASpareConnectionOpen(t *testing.T) {
	var conn net.Conn
	// Registered first, so it runs last: the connection is still open while
	// startServe's cleanup stops the server and checks its exit code.
	t.Cleanup(func() {
		if conn != nil {
			conn.Close()
		}
	})
	u := startServe(t)
	var err error
	if conn, err = net.Dial("tcp", u.Host); err != nil {
		t.Fatal(err)
	}
}
