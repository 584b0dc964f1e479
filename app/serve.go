package app

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"accountdesk/backend"

	"github.com/rs/zerolog"
)

const (
	tokenCookie = "accountdesk_token"
	tokenHeader = "X-AccountDesk-Token"
	maxBody     = 8 << 20
)

func cmdServe(ctx context.Context, env Env, args []string) error {
	fs := newFlags("serve")
	ws := fs.String("workspace", "", "workspace file")
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkLoopback(*addr); err != nil {
		return err
	}
	path, err := workspacePath(env, *ws)
	if err != nil {
		return err
	}
	s, err := openSession(ctx, env, path, true)
	if err != nil {
		return err
	}
	defer s.Close()
	autoBackup(ctx, s)
	ensureDirector(ctx, s)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "Cannot listen on %s: the port may be in use.", *addr)
	}
	token, err := newToken()
	if err != nil {
		return fmt.Errorf("token: %w", err)
	}
	srv, err := newServer(func() context.Context { return ctx }, s, env, token)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	// The first line of stdout is the contract: tests and scripts read it.
	fmt.Fprintf(env.Stdout, "http://%s/?token=%s\n", ln.Addr().String(), token)
	s.log.Info().Str("addr", ln.Addr().String()).Msg("serving")

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case <-ctx.Done():
		// Requests in flight get two seconds to finish. A connection that never
		// sent a request (a browser's speculative preconnect, a client's spare
		// dial) counts as busy for five seconds in net/http, so waiting for it
		// would make stopping slow and, at the deadline, look like a failure:
		// close what is left instead — stopping was what the user asked for.
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := hs.Shutdown(shutdownCtx); err != nil {
			s.log.Info().Msg("closing connections still open at shutdown")
			if err := hs.Close(); err != nil {
				return fmt.Errorf("close server: %w", err)
			}
		}
		return nil
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("serve: %w", err)
	}
}

// checkLoopback refuses any address a machine on the network could reach.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("serve: --addr must look like 127.0.0.1:PORT")
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return usagef("serve: --addr %s is not a loopback address; AccountDesk only serves this computer (use 127.0.0.1)", addr)
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// server is the HTTP mode: the bound APIs at POST /api/<Struct>/<Method> and
// the embedded front end, behind a token.
type server struct {
	token   string
	methods map[string]method
	static  http.Handler
	log     zerolog.Logger
}

func newServer(ctx func() context.Context, s *session, env Env, token string) (*server, error) {
	table, err := methodTable(apis(ctx, s, env.Version))
	if err != nil {
		return nil, err
	}
	return &server{
		token: token, methods: table, log: s.log,
		static: http.FileServerFS(env.Assets),
	}, nil
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !loopbackHost(r.Host) {
		http.Error(w, "This address is not served.", http.StatusMisdirectedRequest)
		return
	}
	if origin := r.Header.Get("Origin"); origin != "" && origin != "http://"+r.Host {
		http.Error(w, "Requests from other sites are refused.", http.StatusForbidden)
		return
	}
	// A token in the address (the URL printed at start) becomes a cookie, and
	// the browser is sent to the same page without it.
	if q := r.URL.Query().Get("token"); q != "" && r.Method == http.MethodGet {
		if !s.validToken(q) {
			needToken(w, "This address's access key is not the one AccountDesk printed this time.")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: q, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		u := *r.URL
		qs := u.Query()
		qs.Del("token")
		u.RawQuery = qs.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
		return
	}
	if !s.authorised(r) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"error": backend.Errorf(backend.EINVALID, "The access token is missing or wrong.")})
			return
		}
		needToken(w, "This address has no access key.")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.serveAPI(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	s.static.ServeHTTP(w, r)
}

func (s *server) validToken(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1
}

func (s *server) authorised(r *http.Request) bool {
	if h := r.Header.Get(tokenHeader); h != "" {
		return s.validToken(h)
	}
	if c, err := r.Cookie(tokenCookie); err == nil {
		return s.validToken(c.Value)
	}
	return false
}

// loopbackHost accepts only Host headers naming this machine, which defeats
// DNS rebinding (a foreign name resolving to 127.0.0.1).
func loopbackHost(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (s *server) serveAPI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeJSON(w, http.StatusMethodNotAllowed, map[string]any{"error": backend.Errorf(backend.EINVALID, "Use POST.")})
		return
	}
	name := strings.Replace(strings.TrimPrefix(r.URL.Path, "/api/"), "/", ".", 1)
	m, ok := s.methods[name]
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"error": backend.Errorf(backend.ENOTFOUND, "There is no such action.")})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"error": backend.Errorf(backend.EINVALID, "The request is too large.")})
		return
	}
	result, err := m.call(body)
	if err != nil {
		backend.LogInternal(s.log, err, name)
		writeJSON(w, statusFor(err), map[string]any{"error": backend.Public(err)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": result})
}

func statusFor(err error) int {
	switch backend.ErrorCode(err) {
	case backend.EINVALID:
		return http.StatusBadRequest
	case backend.ENOTFOUND:
		return http.StatusNotFound
	case backend.ECONFLICT:
		return http.StatusConflict
	case backend.ELOCKED:
		return http.StatusLocked
	case backend.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// needToken answers a browser that came without the access key (an old
// bookmark, the address typed by hand) with a page saying how to get in.
func needToken(w http.ResponseWriter, why string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusUnauthorized)
	_ = needTokenPage.Execute(w, why)
}

var needTokenPage = template.Must(template.New("token").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open AccountDesk with its full address</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e;background:#fff}
h1{font-size:1.4rem}code{background:#f1f3f5;padding:.1rem .3rem;border-radius:4px}
@media (prefers-color-scheme:dark){body{color:#e9ecef;background:#1a1b1e}code{background:#373a40;color:#f1f3f5}}
</style></head><body>
<h1>Open AccountDesk with its full address</h1>
<p>{{.}} Each time AccountDesk starts in browser mode it prints the address to open, with a new access key, so that nobody else on this computer can read your workspace.</p>
<ol>
<li>Find the terminal where you ran <code>accountdesk serve</code>.</li>
<li>Open the first line it printed (it starts with <code>http://127.0.0.1:</code> and ends with <code>?token=…</code>).</li>
<li>Closed that terminal? Run <code>accountdesk serve</code> again and open the new address.</li>
</ol>
</body></html>
`))
