package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
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
}

func (s *session) Close() error {
	err := s.db.Close()
	if s.logFile != nil {
		err = errors.Join(err, s.logFile.Close())
	}
	return err
}

// openSession opens (creating if needed) the workspace at path and its log.
func openSession(ctx context.Context, path string, console bool) (*session, error) {
	logPath := logFilePath(path)
	log, logFile, err := newLogger(logPath, console)
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "The log folder beside the workspace cannot be created.")
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		logInternal(log, err, "open workspace")
		_ = logFile.Close()
		return nil, err
	}
	log.Info().Int64("schema", sqlite.LatestSchemaVersion()).Msg("workspace opened")
	return &session{db: db, lock: newAppraisalsLock(), log: log, logPath: logPath, logFile: logFile}, nil
}

// autoBackup takes today's automatic backup in the background, if it is due.
func autoBackup(ctx context.Context, s *session) {
	go func() {
		path, err := s.db.AutoBackup(ctx, time.Now())
		if err != nil {
			s.log.Warn().Str("code", backend.ErrorCode(err)).Msg("automatic backup failed")
			logInternal(s.log, err, "automatic backup")
		} else if path != "" {
			s.log.Info().Msg("automatic backup written")
		}
	}()
}

// logInternal logs err only when it is internal: user mistakes are not
// incidents, and their messages may quote what the user typed.
func logInternal(log zerolog.Logger, err error, what string) {
	if backend.ErrorCode(err) == backend.EINTERNAL {
		log.Error().Err(err).Msg(what)
	}
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
	s, err := openSession(ctx, path, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := demo.Populate(ctx, s.db, demo.Options{Accounts: *accounts}); err != nil {
		logInternal(s.log, err, "demo")
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
		logInternal(s.log, err, "backup")
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
	s, err := openSession(ctx, path, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.db.Restore(ctx, *from, key); err != nil {
		logInternal(s.log, err, "restore")
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
		logInternal(s.log, err, "check")
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
	return openSession(ctx, path, false)
}
