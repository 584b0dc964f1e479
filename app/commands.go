package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/vault"

	"github.com/rs/zerolog"
)

// session is an open workspace with its logger.
type session struct {
	db   *sqlite.DB
	lock *appraisalsLock
	// pickFolder opens the system's folder chooser; nil outside the desktop window.
	pickFolder func(title string) (string, error)
	log        zerolog.Logger
	logPath    string
	logFile    io.Closer

	// notices are told once to the user on the first screen (see takeNotices).
	noticesMu sync.Mutex
	notices   []string
}

func (s *session) Close() error {
	err := s.db.Close()
	if s.logFile != nil {
		err = errors.Join(err, s.logFile.Close())
	}
	return err
}

// openSession opens (creating if needed) the workspace at path and its log.
// What opening found that the user must know (files other users could read)
// is logged, written to stderr for the command line, and kept for the first
// screen.
func openSession(ctx context.Context, env Env, path string, console bool) (*session, error) {
	logPath := logFilePath(path)
	log, logFile, err := newLogger(logPath, console)
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The log folder beside the workspace cannot be created.")
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		backend.LogInternal(log, err, "open workspace")
		_ = logFile.Close()
		return nil, err
	}
	log.Info().Int64("schema", sqlite.LatestSchemaVersion()).Msg("workspace opened")
	if env.Getenv != nil {
		db.SetLocale(systemLocale(env.Getenv))
	}
	s := &session{db: db, lock: newAppraisalsLock(), log: log, logPath: logPath, logFile: logFile}
	perms := db.Permissions()
	if n := len(perms.Tightened); n > 0 {
		log.Warn().Int("files", n).Msg("workspace files other users could read were made owner-only")
	}
	if n := len(perms.Loose); n > 0 {
		log.Warn().Int("files", n).Msg("workspace files other users can read could not be made owner-only")
	}
	s.notices = permissionNotices(perms)
	for _, n := range s.notices {
		if env.Stderr != nil {
			fmt.Fprintf(env.Stderr, "accountdesk: %s\n", n)
		}
	}
	return s, nil
}

// takeNotices returns the notices not yet shown, once.
func (s *session) takeNotices() []string {
	s.noticesMu.Lock()
	defer s.noticesMu.Unlock()
	n := s.notices
	s.notices = nil
	return n
}

// permissionNotices says, in plain words, what Open changed or could not
// change about who can read the workspace.
func permissionNotices(r sqlite.PermissionReport) []string {
	var out []string
	if len(r.Tightened) > 0 {
		out = append(out, fmt.Sprintf("Other users of this computer could read your workspace (%s). It is now private to you.", fileNames(r.Tightened)))
	}
	if len(r.Loose) > 0 {
		out = append(out, fmt.Sprintf("Other users of this computer can read your workspace (%s), and AccountDesk could not change that. Move it to a folder of your own, or change who may read these files.", fileNames(r.Loose)))
	}
	return out
}

// fileNames lists up to three file names, then how many more.
func fileNames(paths []string) string {
	var names []string
	for i, p := range paths {
		if i == 3 {
			names = append(names, fmt.Sprintf("and %d more", len(paths)-3))
			break
		}
		names = append(names, filepath.Base(p))
	}
	return strings.Join(names, ", ")
}

// autoBackup takes today's automatic backup in the background, if it is due.
func autoBackup(ctx context.Context, s *session) {
	go func() {
		path, err := s.db.AutoBackup(ctx, time.Now())
		if err != nil {
			s.log.Warn().Str("code", backend.ErrorCode(err)).Msg("automatic backup failed")
			backend.LogInternal(s.log, err, "automatic backup")
		} else if path != "" {
			s.log.Info().Msg("automatic backup written")
		}
	}()
}

func cmdDemo(ctx context.Context, env Env, args []string) error {
	fs := newFlags("demo")
	ws := fs.String("workspace", "", "workspace file to create")
	accounts := fs.Int("accounts", demo.DefaultAccounts, "number of accounts")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usagef("demo: --workspace PATH is required")
	}
	if *accounts < 1 || *accounts > 100000 {
		return usagef("demo: --accounts must be between 1 and 100000")
	}
	path, err := workspacePath(env, *ws)
	if err != nil {
		return err
	}
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		return backend.Errorf(backend.ECONFLICT, "%s already exists; demo only creates new workspaces.", path)
	}
	s, err := openSession(ctx, env, path, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := demo.Populate(ctx, s.db, demo.Options{Accounts: *accounts}); err != nil {
		backend.LogInternal(s.log, err, "demo")
		return err
	}
	fmt.Fprintf(env.Stdout, "Demo workspace written to %s\n", path)
	return nil
}

func cmdBackup(ctx context.Context, env Env, args []string) error {
	fs := newFlags("backup")
	ws := fs.String("workspace", "", "workspace file")
	to := fs.String("to", "", "backup file to write")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return usagef("backup: --to FILE is required")
	}
	s, err := openExisting(ctx, env, *ws)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.db.Backup(ctx, *to); err != nil {
		backend.LogInternal(s.log, err, "backup")
		return err
	}
	fmt.Fprintf(env.Stdout, "Backup written to %s\n", *to)
	return nil
}

func cmdRestore(ctx context.Context, env Env, args []string) error {
	fs := newFlags("restore")
	ws := fs.String("workspace", "", "workspace file to replace")
	from := fs.String("from", "", "backup file to restore")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" {
		return usagef("restore: --from FILE is required")
	}
	// An encrypted backup is checked with the passphrase before anything is
	// opened or created.
	var key vault.Key
	if sqlite.BackupIsEncrypted(*from) {
		key.Passphrase = env.Getenv("ACCOUNTDESK_PASSPHRASE")
		if key.Passphrase == "" {
			return backend.Invalid("passphrase", "%s is encrypted: put its appraisals passphrase in ACCOUNTDESK_PASSPHRASE.", *from)
		}
		if err := sqlite.CheckBackupPassphrase(*from, key); err != nil {
			return err
		}
	} else if err := sqlite.VerifyWorkspaceFile(ctx, *from); err != nil {
		return err
	}
	path, err := workspacePath(env, *ws)
	if err != nil {
		return err
	}
	s, err := openSession(ctx, env, path, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.db.Restore(ctx, *from, key); err != nil {
		backend.LogInternal(s.log, err, "restore")
		return err
	}
	s.log.Info().Msg("workspace restored from a backup")
	fmt.Fprintf(env.Stdout, "Workspace %s restored from %s (the previous one was copied to %s)\n", path, *from, sqlite.BackupDir(path))
	return nil
}

func cmdCheck(ctx context.Context, env Env, args []string) error {
	fs := newFlags("check")
	ws := fs.String("workspace", "", "workspace file")
	if err := parse(fs, args); err != nil {
		return err
	}
	s, err := openExisting(ctx, env, *ws)
	if err != nil {
		return err
	}
	defer s.Close()
	report, err := s.db.Check(ctx)
	if err != nil {
		backend.LogInternal(s.log, err, "check")
		return err
	}
	if !report.OK() {
		for _, p := range report.Problems {
			fmt.Fprintf(env.Stdout, "problem: %s\n", p)
		}
		return backend.Errorf(backend.EINVALID, "%s has %d problem(s)", s.db.Path(), len(report.Problems))
	}
	fmt.Fprintf(env.Stdout, "ok: %s (schema %d)\n", s.db.Path(), report.SchemaVersion)
	return nil
}

// openExisting opens a workspace that must already exist: commands that
// read one should not silently create an empty file.
func openExisting(ctx context.Context, env Env, flagValue string) (*session, error) {
	path, err := workspacePath(env, flagValue)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, backend.Errorf(backend.ENOTFOUND, "There is no workspace at %s.", path)
	}
	return openSession(ctx, env, path, false)
}
