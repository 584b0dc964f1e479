package davtest

import (
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
)

// Step is what the gate does with one request.
type Step int

const (
	// Pass forwards the request.
	Pass Step = iota
	// KillBefore kills the server and cuts the client's connection before
	// the request reaches the server.
	KillBefore
	// KillMidBody forwards half of the request's body, then kills the
	// server and cuts the client's connection: an upload cut off midway.
	KillMidBody
)

// Gate sits between a client and a real server on loopback. Its Decide
// hook picks a Step for each request; once it has killed the server, every
// request has its connection cut, as if the share had gone, until Revive.
type Gate struct {
	srv   *Server
	addr  string
	proxy *httputil.ReverseProxy

	mu       sync.Mutex
	decide   func(r *http.Request) Step
	down     bool
	statuses map[int]int
	methods  []string
}

// NewGate starts a gate in front of srv; it stops when the test ends.
func NewGate(tb testing.TB, srv *Server) *Gate {
	tb.Helper()
	target, _ := url.Parse("http://" + srv.Addr)
	g := &Gate{srv: srv, statuses: map[int]int{}}
	g.proxy = &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.SetURL(target)
			r.Out.Host = r.In.Host // MOVE's Destination names the gate's host
		},
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, _ error) { cut(w) },
		ModifyResponse: func(res *http.Response) error {
			g.mu.Lock()
			g.statuses[res.StatusCode]++
			g.mu.Unlock()
			return nil
		},
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	g.addr = l.Addr().String()
	hs := &http.Server{Handler: g}
	go func() { _ = hs.Serve(l) }()
	tb.Cleanup(func() { _ = hs.Close() })
	return g
}

// URL is the share's address through the gate.
func (g *Gate) URL() string { return "http://" + g.addr + "/share/" }

// Decide sets the hook that picks each request's Step (nil: Pass).
func (g *Gate) Decide(f func(r *http.Request) Step) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.decide = f
}

// Revive starts the server again and lets requests through.
func (g *Gate) Revive() {
	g.srv.Restart()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.down, g.decide = false, nil
}

// Statuses returns how many answers of each status the server gave.
func (g *Gate) Statuses() map[int]int {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := map[int]int{}
	for k, v := range g.statuses {
		out[k] = v
	}
	return out
}

// Methods returns the methods of the requests that reached the gate, in order.
func (g *Gate) Methods() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.methods...)
}

func (g *Gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	g.methods = append(g.methods, r.Method)
	step := Pass
	if g.down {
		g.mu.Unlock()
		cut(w)
		return
	}
	if g.decide != nil {
		step = g.decide(r)
	}
	g.mu.Unlock()
	switch step {
	case KillBefore:
		g.kill()
		cut(w)
		return
	case KillMidBody:
		r.Body = &killingReader{r: r.Body, left: max(r.ContentLength/2, 1), kill: g.kill}
	}
	g.proxy.ServeHTTP(w, r)
}

func (g *Gate) kill() {
	g.mu.Lock()
	g.down = true
	g.mu.Unlock()
	g.srv.Kill()
}

// cut closes the client's connection without an answer.
func cut(w http.ResponseWriter) {
	if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetLinger(0) // a reset, as from a server that died
		}
		_ = conn.Close()
		return
	}
	panic(http.ErrAbortHandler)
}

// killingReader passes on a body until half of it has gone, then kills the
// server.
type killingReader struct {
	r    io.ReadCloser
	left int64
	kill func()
}

func (k *killingReader) Read(p []byte) (int, error) {
	if k.left <= 0 {
		k.kill()
		return 0, errors.New("davtest: server killed mid-upload")
	}
	if int64(len(p)) > k.left {
		p = p[:k.left]
	}
	n, err := k.r.Read(p)
	k.left -= int64(n)
	return n, err
}

func (k *killingReader) Close() error { return k.r.Close() }
