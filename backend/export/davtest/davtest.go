// Package davtest starts real WebDAV servers for tests — Apache httpd with
// mod_dav and rclone's WebDAV server, as separate processes on loopback —
// and a gate in front of them that can kill the server at a chosen moment
// of an export (mid-upload, between upload and move).
package davtest

import (
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Kinds are the servers Start knows.
var Kinds = []string{"apache", "rclone"}

// User and Password are the credentials every server accepts.
const (
	User     = "director"
	Password = "s3cret-pw"
)

// Server is one WebDAV server process serving Root (a folder on this
// machine) at URL + "/share/".
type Server struct {
	Kind string
	Root string // the served folder, as the server sees it on disk
	Addr string // 127.0.0.1:port

	tb   testing.TB
	bin  string
	dir  string
	cmd  *exec.Cmd
	done chan struct{}
}

// URL is the share's address.
func (s *Server) URL() string { return "http://" + s.Addr + "/share/" }

// Start runs a server of the kind and stops it when the test ends. Without
// the program the test is skipped, unless ACCOUNTDESK_REQUIRE_TOOLS=1 (as
// make test sets), where it fails.
func Start(tb testing.TB, kind string) *Server {
	tb.Helper()
	prog := map[string]string{"apache": "apache2", "rclone": "rclone"}[kind]
	bin, err := exec.LookPath(prog)
	if err != nil && kind == "apache" {
		bin, err = exec.LookPath("/usr/sbin/apache2")
	}
	if err != nil {
		if os.Getenv("ACCOUNTDESK_REQUIRE_TOOLS") == "1" {
			tb.Fatalf("%s is not installed (apt install %s)", prog, prog)
		}
		tb.Skipf("%s is not installed", prog)
	}
	dir := tb.TempDir()
	s := &Server{Kind: kind, tb: tb, dir: dir, Root: filepath.Join(dir, "root")}
	for _, d := range []string{"share", "readonly"} {
		if err := os.MkdirAll(filepath.Join(s.Root, d), 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	s.Root = filepath.Join(s.Root, "share")
	s.Addr = freeAddr(tb)
	s.bin = bin
	s.Restart()
	tb.Cleanup(s.Kill)
	return s
}

// Kill stops the server at once (SIGKILL), as a crash or a pulled cable
// would; its folder keeps whatever was on disk.
func (s *Server) Kill() {
	if s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGKILL)
	if s.Kind == "apache" {
		// httpd's workers are its children: kill the whole group.
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	}
	<-s.done
	s.cmd = nil
	waitClosed(s.Addr)
}

// Restart starts the server again on the same address and folder.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Kill()
	var args []string
	switch s.Kind {
	case "apache":
		args = []string{"-f", s.apacheConfig(), "-DFOREGROUND"}
	case "rclone":
		conf := filepath.Join(s.dir, "rclone.conf")
		_ = os.WriteFile(conf, nil, 0o600)
		args = []string{"serve", "webdav", filepath.Dir(s.Root), "--addr", s.Addr, "--user", User, "--pass", Password,
			"--config", conf, "--log-file", filepath.Join(s.dir, "rclone.log")}
	}
	cmd := exec.Command(s.bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		s.tb.Fatalf("start %s: %v", s.Kind, err)
	}
	s.cmd, s.done = cmd, make(chan struct{})
	go func(done chan struct{}) { _ = cmd.Wait(); close(done) }(s.done)
	deadline := time.Now().Add(20 * time.Second)
	for {
		if res, err := http.Get(s.URL()); err == nil { // 401: up and asking for the login
			res.Body.Close()
			return
		}
		select {
		case <-s.done:
			s.tb.Fatalf("%s exited at start: %s %s", s.Kind, out.String(), s.log())
		default:
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("%s did not answer on %s: %s %s", s.Kind, s.Addr, out.String(), s.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *Server) log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "error.log"))
	c, _ := os.ReadFile(filepath.Join(s.dir, "rclone.log"))
	return string(b) + string(c)
}

// apacheConfig writes an httpd.conf serving Root with mod_dav behind Basic
// authentication. As root, httpd's workers run as www-data, which then owns
// the served folder.
func (s *Server) apacheConfig() string {
	sum := sha1.Sum([]byte(Password))
	htpasswd := filepath.Join(s.dir, "htpasswd")
	_ = os.WriteFile(htpasswd, []byte(User+":{SHA}"+base64.StdEncoding.EncodeToString(sum[:])+"\n"), 0o644)
	lock := filepath.Join(s.dir, "lock")
	_ = os.MkdirAll(lock, 0o755)
	runAs := ""
	if os.Geteuid() == 0 {
		u, err := user.Lookup("www-data")
		if err != nil {
			s.tb.Fatalf("apache as root needs the www-data user: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		for _, d := range []string{s.Root, filepath.Join(filepath.Dir(s.Root), "readonly"), lock} {
			_ = os.Chown(d, uid, gid)
		}
		// www-data must reach the folders the test made private.
		for d := s.Root; d != "/" && d != "."; d = filepath.Dir(d) {
			if st, err := os.Stat(d); err == nil && st.Mode().Perm()&0o005 != 0o005 {
				_ = os.Chmod(d, st.Mode().Perm()|0o005)
			}
		}
		runAs = "User www-data\nGroup www-data\n"
	}
	mods := "/usr/lib/apache2/modules/"
	conf := fmt.Sprintf(`ServerName 127.0.0.1
Listen %s
PidFile %s/httpd.pid
ErrorLog %s/error.log
LogLevel warn
%sLoadModule mpm_event_module %smod_mpm_event.so
LoadModule authz_core_module %smod_authz_core.so
LoadModule authn_core_module %smod_authn_core.so
LoadModule authn_file_module %smod_authn_file.so
LoadModule auth_basic_module %smod_auth_basic.so
LoadModule authz_user_module %smod_authz_user.so
LoadModule dav_module %smod_dav.so
LoadModule dav_fs_module %smod_dav_fs.so
DAVLockDB %s/davlock
DocumentRoot %s
<Directory %s>
  Dav On
  AuthType Basic
  AuthName "AccountDesk test share"
  AuthUserFile %s
  Require valid-user
</Directory>
# A folder the user may read but not write: writes get 403 and Apache's page.
<Location /readonly/>
  <LimitExcept GET PROPFIND OPTIONS>
    Require all denied
  </LimitExcept>
</Location>
`, s.Addr, s.dir, s.dir, runAs, mods, mods, mods, mods, mods, mods, mods, mods, lock, filepath.Dir(s.Root), filepath.Dir(s.Root), htpasswd)
	path := filepath.Join(s.dir, "httpd.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		s.tb.Fatal(err)
	}
	return path
}

// Files lists the names in the served folder, as the server stored them
// (hidden temporary names included, the server's own lock files not).
func (s *Server) Files() []string {
	s.tb.Helper()
	entries, err := os.ReadDir(s.Root)
	if err != nil {
		s.tb.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".DAV") || strings.HasPrefix(e.Name(), ".davfs") {
			continue // mod_dav_fs' own property and temporary files
		}
		names = append(names, e.Name())
	}
	return names
}

func freeAddr(tb testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// waitClosed waits until nothing listens on addr any more.
func waitClosed(addr string) {
	for range 100 {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(20 * time.Millisecond)
	}
}
