package app

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/export"
	"accountdesk/backend/sqlite"
)

// cmdExport is `accountdesk export`, the contract in DESIGN.md.
func cmdExport(ctx context.Context, env Env, args []string) error {
	fs := newFlags("export")
	ws := fs.String("workspace", "", "workspace file")
	to := fs.String("to", "", "folder or WebDAV URL")
	formats := fs.String("format", strings.Join(export.Formats(), ","), "formats")
	portfolio := fs.Bool("portfolio", false, "write the portfolio summary")
	appraisals := fs.Bool("include-appraisals", false, "include appraisals")
	var accounts []string
	fs.Func("account", "account name (repeatable)", func(v string) error {
		accounts = append(accounts, v)
		return nil
	})
	if err := parse(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return usagef("export: --to DEST is required (a folder or a WebDAV URL)")
	}
	if *portfolio && len(accounts) > 0 {
		return usagef("export: use either --portfolio or --account, not both")
	}
	req := export.Request{Portfolio: *portfolio, IncludeAppraisals: *appraisals}
	for _, f := range strings.Split(*formats, ",") {
		if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
			req.Formats = append(req.Formats, f)
		}
	}
	if err := export.Validate(&req); err != nil {
		return usagef("export: %s", backend.ErrorMessage(err))
	}
	dest, err := export.NewDestination(*to, env.Getenv("ACCOUNTDESK_WEBDAV_USER"), env.Getenv("ACCOUNTDESK_WEBDAV_PASSWORD"), nil)
	if err != nil {
		return usagef("export: %s", backend.ErrorMessage(err))
	}
	s, err := openExisting(ctx, env, *ws)
	if err != nil {
		return err
	}
	defer s.Close()
	if req.AccountIDs, err = accountIDs(ctx, s.db, accounts); err != nil {
		return err
	}
	if req.IncludeAppraisals {
		// Locked appraisals leave the machine only with the passphrase.
		sealed, err := s.db.Vault(ctx)
		if err != nil {
			return err
		}
		if !sealed.IsZero() {
			pass := env.Getenv("ACCOUNTDESK_PASSPHRASE")
			if pass == "" {
				return backend.Invalid("passphrase", "Appraisals are locked: put the appraisals passphrase in ACCOUNTDESK_PASSPHRASE to include them.")
			}
			if _, err := sealed.Open(pass); err != nil {
				return err
			}
		}
	}
	run, err := runExport(ctx, s, dest, req, nil)
	if err != nil {
		return err
	}
	for _, f := range run.Files {
		fmt.Fprintf(env.Stdout, "%s  %s\n", f.SHA256, f.Name)
	}
	fmt.Fprintf(env.Stdout, "Exported %d file(s) to %s\n", len(run.Files), dest)
	return nil
}

// accountIDs resolves account names, ignoring case; an unknown name is a usage error.
func accountIDs(ctx context.Context, db *sqlite.DB, names []string) ([]int64, error) {
	if len(names) == 0 {
		return nil, nil
	}
	rows, err := db.ListAccounts(ctx, backend.AccountFilter{}, today())
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, n := range names {
		found := false
		for _, r := range rows {
			if strings.EqualFold(r.Name, strings.TrimSpace(n)) {
				ids, found = append(ids, r.ID), true
				break
			}
		}
		if !found {
			return nil, usagef("export: there is no account named %q", n)
		}
	}
	return ids, nil
}

// runExport is one export run of this session's workspace (export.Run).
func runExport(ctx context.Context, s *session, dest export.Destination, req export.Request, progress export.Progress) (backend.ExportRun, error) {
	return export.Run(ctx, s.db, dest, req, export.RunOptions{Progress: progress, Log: s.log})
}

// ExportsAPI exports plan summaries and shows the history of export runs.
type ExportsAPI struct {
	base
	session *session
	jobs    *exportJobs
}

// ExportTarget is where the Exports screen writes to.
type ExportTarget struct {
	Destination string `json:"destination"` // folder or WebDAV URL
	User        string `json:"user"`
	Password    string `json:"password"` // typed for this run; when empty, a password remembered in the system keyring is used
}

// Run exports what the request asks for to the target and returns the run.
func (a *ExportsAPI) Run(target ExportTarget, req export.Request) (backend.ExportRun, error) {
	dest, err := a.exportTo(target, req)
	if err != nil {
		return backend.ExportRun{}, err
	}
	return runExport(a.ctx(), a.session, dest, req, nil)
}

// exportTo opens the target of an export run. Appraisals leave only while
// the Appraisals section is open.
func (a *ExportsAPI) exportTo(target ExportTarget, req export.Request) (export.Destination, error) {
	dest, err := target.open(nil)
	if err != nil {
		return nil, err
	}
	if req.IncludeAppraisals {
		if err := a.session.lock.guard(a.ctx(), a.db); err != nil {
			return nil, err
		}
	}
	return dest, nil
}

// Runs returns the latest export runs, newest first.
func (a *ExportsAPI) Runs() ([]backend.ExportRun, error) { return a.db.ExportRuns(a.ctx(), 100) }

// TestWebDAV checks that a WebDAV folder can be reached with the credentials.
func (a *ExportsAPI) TestWebDAV(target ExportTarget) error {
	dest, err := target.open(&http.Client{Timeout: 15 * time.Second})
	if err != nil {
		return err
	}
	w, ok := dest.(*export.WebDAV)
	if !ok {
		return backend.Invalid("destination", "That is a folder, not a WebDAV address.")
	}
	return w.Check(a.ctx())
}

// Rollup reads the portfolio summaries in a shared folder or WebDAV share:
// the management view. Nothing in the workspace changes.
func (a *ExportsAPI) Rollup(target ExportTarget) (backend.Rollup, error) {
	shelf, _, err := rollupPlace(target)
	if err != nil {
		return backend.Rollup{}, err
	}
	return export.BuildRollupFrom(a.ctx(), shelf)
}

// RollupPDF writes the roll-up as rollup-<date>.pdf into the same place and
// returns its name.
func (a *ExportsAPI) RollupPDF(target ExportTarget) (string, error) {
	shelf, dest, err := rollupPlace(target)
	if err != nil {
		return "", err
	}
	r, err := export.BuildRollupFrom(a.ctx(), shelf)
	if err != nil {
		return "", err
	}
	now := time.Now()
	settings, err := a.db.Settings(a.ctx())
	if err != nil {
		return "", err
	}
	data, err := export.RollupPDF(r, export.LetterheadOf(settings, a.db.Locale()), now.Format(time.DateOnly))
	if err != nil {
		return "", err
	}
	name := "rollup-" + now.Format(time.DateOnly) + ".pdf"
	if _, err := export.Write(a.ctx(), dest, []export.File{{Name: name, Data: data}}, export.WriteOptions{}); err != nil {
		return "", err
	}
	return name, nil
}

// rollupPlace opens where the roll-up reads from (and writes its PDF to).
func rollupPlace(target ExportTarget) (export.Shelf, export.Destination, error) {
	if strings.TrimSpace(target.Destination) == "" {
		return nil, nil, backend.Invalid("folder", "Choose the shared folder or WebDAV share that holds the portfolio summaries.")
	}
	dest, err := target.open(&http.Client{Timeout: 60 * time.Second})
	if err != nil {
		return nil, nil, backend.Invalid("folder", "%s", backend.ErrorMessage(err))
	}
	shelf, ok := dest.(export.Shelf)
	if !ok {
		return nil, nil, backend.Invalid("folder", "That place cannot be read.")
	}
	return shelf, dest, nil
}
