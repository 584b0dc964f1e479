// Package app is AccountDesk's shell: command-line dispatch, the Wails window
// and its menus, the bound APIs, the loopback HTTP mode and logging set-up.
// It holds no SQL and no business rules.
package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"accountdesk/backend"
)

// Exit codes, part of the command-line contract.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// Env is what the shell needs from the outside world; tests supply their own.
type Env struct {
	Args    []string // without the program name
	Stdout  io.Writer
	Stderr  io.Writer
	Getenv  func(string) string
	Assets  fs.FS  // the built front end (frontend/dist)
	Icon    []byte // the application icon
	Version string
}

// Main runs AccountDesk with the process's arguments and returns the exit code.
func Main(args []string, assets fs.FS, icon []byte, version string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return Run(ctx, Env{
		Args: args[1:], Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Assets: assets, Icon: icon, Version: version,
	})
}

// usageError is a mistake on the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Run dispatches one command and returns its exit code. Failures are printed
// to Stderr as one line.
func Run(ctx context.Context, env Env) int {
	err := dispatch(ctx, env)
	if err == nil {
		return exitOK
	}
	var uerr usageError
	if errors.As(err, &uerr) {
		fmt.Fprintf(env.Stderr, "accountdesk: %s (see 'accountdesk help')\n", uerr.msg)
		return exitUsage
	}
	fmt.Fprintf(env.Stderr, "accountdesk: %s\n", oneLine(backend.ErrorMessage(err)))
	return exitFailure
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func dispatch(ctx context.Context, env Env) error {
	if len(env.Args) == 0 || strings.HasPrefix(env.Args[0], "-") {
		return cmdDesktop(ctx, env, env.Args)
	}
	cmd, rest := env.Args[0], env.Args[1:]
	switch cmd {
	case "serve":
		return cmdServe(ctx, env, rest)
	case "demo":
		return cmdDemo(ctx, env, rest)
	case "export":
		return cmdExport(ctx, env, rest)
	case "backup":
		return cmdBackup(ctx, env, rest)
	case "restore":
		return cmdRestore(ctx, env, rest)
	case "check":
		return cmdCheck(ctx, env, rest)
	case "import":
		return cmdImport(ctx, env, rest)
	case "qbr-pack":
		return cmdQBRPack(ctx, env, rest)
	case "version":
		if len(rest) > 0 {
			return usagef("version takes no arguments")
		}
		fmt.Fprintf(env.Stdout, "accountdesk %s\n", env.Version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usageText)
		return nil
	default:
		return usagef("unknown command %q", cmd)
	}
}

const usageText = `AccountDesk — account plans, team, appraisals and onboarding for account directors.

Usage:
  accountdesk [--workspace PATH]                       open the desktop window
  accountdesk serve [--workspace PATH] [--addr 127.0.0.1:PORT]
                                                       the same app in a browser (this computer only)
  accountdesk demo --workspace PATH [--accounts N]     create a workspace holding a demo agency
  accountdesk export --workspace PATH --to DEST [--format pdf,md,html,json,csv,xlsx,ics] [--account NAME]...
                     [--portfolio] [--include-appraisals]
  accountdesk backup --workspace PATH --to FILE
  accountdesk restore --from FILE --workspace PATH
  accountdesk check --workspace PATH                   integrity, foreign keys, schema version
  accountdesk import --workspace PATH --from FILE [--as accounts|contacts|opportunities|figures|hours]
                     [--mapping FILE.json] [--date-order dmy|mdy|ymd] [--dry-run] [--json]
  accountdesk import --workspace PATH --undo BATCH
  accountdesk qbr-pack --workspace PATH --account NAME --to DIR [--quarter 2026-Q4] [--hours]
                                                       the client-ready QBR pack (PDF and HTML)
  accountdesk version

The workspace defaults to the user data folder (on Linux ~/.local/share/AccountDesk/workspace.db);
the ACCOUNTDESK_WORKSPACE environment variable overrides it. Exit codes: 0 ok, 1 failure, 2 usage.
`

// newFlags returns a flag set that reports mistakes as usage errors instead
// of printing the whole usage text.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args and turns any problem into a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usagef("%s: %v", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usagef("%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

// workspacePath resolves --workspace, then ACCOUNTDESK_WORKSPACE, then the OS
// user data folder.
func workspacePath(env Env, flagValue string) (string, error) {
	if flagValue != "" {
		return filepath.Abs(flagValue)
	}
	if v := env.Getenv("ACCOUNTDESK_WORKSPACE"); v != "" {
		return filepath.Abs(v)
	}
	dir, err := userDataDir(env.Getenv)
	if err != nil {
		return "", backend.Errorf(backend.EUNAVAILABLE, "Your user data folder cannot be found; pass --workspace PATH.")
	}
	return filepath.Join(dir, "AccountDesk", "workspace.db"), nil
}
