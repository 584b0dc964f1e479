package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"accountdesk/backend"
	"accountdesk/backend/importer"
	"accountdesk/backend/tabular"
)

// dateSamples is how many rows are read to guess a file's date order.
const dateSamples = 2000

// importSummary is the --json shape of an import, part of the command-line contract.
type importSummary struct {
	Batch     int64                 `json:"batch"`
	Kind      string                `json:"kind"`
	Source    string                `json:"source"`
	Created   int                   `json:"created"`
	Updated   int                   `json:"updated"`
	Unchanged int                   `json:"unchanged"`
	Skipped   int                   `json:"skipped"`
	Failed    int                   `json:"failed"`
	Errors    []backend.ImportError `json:"errors"`
}

func cmdImport(ctx context.Context, env Env, args []string) error {
	fs := newFlags("import")
	ws := fs.String("workspace", "", "workspace file")
	from := fs.String("from", "", "CSV, TSV or XLSX file to import")
	as := fs.String("as", "", "what the file holds: "+strings.Join(backend.ImportKinds(), ", "))
	mappingFile := fs.String("mapping", "", "JSON file saying which column feeds which field")
	dateOrder := fs.String("date-order", "", "dmy, mdy or ymd")
	dryRun := fs.Bool("dry-run", false, "show what would happen and change nothing")
	asJSON := fs.Bool("json", false, "print one JSON object")
	undo := fs.String("undo", "", "undo the import batch with this number")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *undo != "" {
		if *from != "" || *dryRun || *as != "" || *mappingFile != "" {
			return usagef("import: --undo BATCH takes only --workspace (and --json)")
		}
		batch, err := strconv.ParseInt(*undo, 10, 64)
		if err != nil || batch < 1 {
			return usagef("import: --undo takes a batch number, such as 7")
		}
		return undoImport(ctx, env, *ws, batch, *asJSON)
	}
	if *from == "" {
		return usagef("import: --from FILE is required")
	}
	if *as != "" && !slices.Contains(backend.ImportKinds(), *as) {
		return usagef("import: --as must be one of %s", strings.Join(backend.ImportKinds(), ", "))
	}
	switch *dateOrder {
	case "", backend.DateDMY, backend.DateMDY, backend.DateYMD:
	default:
		return usagef("import: --date-order must be dmy, mdy or ymd")
	}
	table, err := tabular.Open(*from, tabular.Options{})
	if err != nil {
		return fileProblem(*from, err)
	}
	defer table.Close()
	path, err := workspacePath(env, *ws)
	if err != nil {
		return err
	}
	// An existing workspace is opened first, for the mapping saved for files
	// of this shape; a new one is created only once the file is understood.
	var s *session
	if _, err := os.Stat(path); err == nil {
		if s, err = openSession(ctx, env, path, false); err != nil {
			return err
		}
		defer s.Close()
	}
	m, err := importMapping(ctx, s, *from, table.Header, *as, *mappingFile, *dateOrder)
	if err != nil {
		return err
	}
	sum, err := fileSHA256(*from)
	if err != nil {
		return fileProblem(*from, err)
	}
	if s == nil {
		if *dryRun {
			return backend.Errorf(backend.ENOTFOUND, "There is no workspace at %s.", path)
		}
		if s, err = openSession(ctx, env, path, false); err != nil {
			return err
		}
		defer s.Close()
	}
	in := backend.ImportInput{FileName: filepath.Base(*from), SHA256: sum, Header: table.Header, Rows: tableRows{table}, Mapping: m}
	var res backend.ImportResult
	if *dryRun {
		res, err = s.db.PreviewImport(ctx, in)
	} else {
		res, err = s.db.Import(ctx, in)
	}
	if err != nil {
		backend.LogInternal(s.log, err, "import")
		return err
	}
	if !*dryRun && *mappingFile != "" {
		if err := s.db.SaveImportMapping(ctx, table.Header, m); err != nil {
			backend.LogInternal(s.log, err, "save import mapping")
		}
	}
	if !*dryRun {
		s.log.Info().Int64("batch", res.Batch).Str("kind", res.Kind).Str("source", res.Source).Int("created", res.Created).
			Int("updated", res.Updated).Int("failed", res.Failed).Msg("import")
	}
	if err := printImport(env.Stdout, res, *dryRun, *asJSON); err != nil {
		return err
	}
	if res.Failed > 0 {
		first := res.Errors()[0]
		where := fmt.Sprintf("row %d", first.Row)
		if first.Column != "" {
			where += ", " + first.Column
		}
		return backend.Errorf(backend.EINVALID, "%d row(s) failed and were left out; the first: %s: %s", res.Failed, where, first.Message)
	}
	return nil
}

// importMapping is the mapping file's, else what the headers say, else the
// mapping saved for files of this shape (s, when not nil, is the workspace);
// the date order is the flag's, else the mapping's, else what the file's
// dates say. Anything the user must decide is a usage error.
func importMapping(ctx context.Context, s *session, path string, header []string, as, mappingFile, dateOrder string) (backend.ImportMapping, error) {
	var m backend.ImportMapping
	if mappingFile != "" {
		f, err := os.Open(mappingFile)
		if err != nil {
			return m, fileProblem(mappingFile, err)
		}
		defer f.Close()
		if m, err = importer.ReadMapping(f); err != nil {
			return m, usagef("import: %s: %s", mappingFile, backend.ErrorMessage(err))
		}
		if as != "" && as != m.Kind {
			return m, usagef("import: --as %s disagrees with the mapping file, which says %s", as, m.Kind)
		}
		m.Source = importer.SourceOf(m)
		if _, err := importer.Bind(m, header); err != nil {
			return m, usagef("import: %s", backend.ErrorMessage(err))
		}
	} else {
		var err error
		if m, err = importer.Recognise(header, as); err != nil && s != nil {
			if saved, serr := s.db.ImportMappingFor(ctx, header); serr == nil && (as == "" || as == saved.Kind) {
				m, err = saved, nil
			}
		}
		if err != nil {
			msg := backend.ErrorMessage(err)
			if backend.ErrorField(err) == "kind" {
				msg += " Pass --as KIND or --mapping FILE.json."
			} else if backend.ErrorField(err) == "columns" && !strings.Contains(msg, "first row") {
				msg = strings.Replace(msg, "give a mapping file", "pass --mapping FILE.json", 1)
			}
			return m, usagef("import: %s", msg)
		}
	}
	if dateOrder != "" {
		m.DateOrder = dateOrder
	}
	if m.DateOrder == "" && len(importer.DateColumns(m)) > 0 {
		order, ambiguous, err := guessDateOrder(path, m)
		if err != nil {
			return m, err
		}
		if ambiguous {
			return m, usagef("import: the dates in %s could be day-month or month-day; pass --date-order dmy or mdy", filepath.Base(path))
		}
		m.DateOrder = order
	}
	return m, nil
}

// guessDateOrder reads the date columns of the file's first rows.
func guessDateOrder(path string, m backend.ImportMapping) (string, bool, error) {
	t, err := tabular.Open(path, tabular.Options{})
	if err != nil {
		return "", false, fileProblem(path, err)
	}
	defer t.Close()
	var cols []int
	for i, h := range t.Header {
		if slices.Contains(importer.DateColumns(m), h) {
			cols = append(cols, i)
		}
	}
	var samples []string
	for n := 0; n < dateSamples; n++ {
		row, err := t.Next()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", false, fileProblem(path, err)
		}
		for _, c := range cols {
			if c < len(row.Cells) && strings.TrimSpace(row.Cells[c]) != "" {
				samples = append(samples, row.Cells[c])
			}
		}
	}
	order, ambiguous := importer.GuessDateOrder(samples)
	return order, ambiguous, nil
}

func printImport(w io.Writer, res backend.ImportResult, dryRun, asJSON bool) error {
	if asJSON {
		out := importSummary{Batch: res.Batch, Kind: res.Kind, Source: res.Source, Created: res.Created, Updated: res.Updated,
			Unchanged: res.Unchanged, Skipped: res.Skipped, Failed: res.Failed, Errors: res.Errors()}
		return json.NewEncoder(w).Encode(out)
	}
	tail := fmt.Sprintf("batch %d", res.Batch)
	if dryRun {
		tail = "dry run, nothing was changed"
	}
	_, err := fmt.Fprintf(w, "created %d, updated %d, unchanged %d, skipped %d, failed %d — %s\n",
		res.Created, res.Updated, res.Unchanged, res.Skipped, res.Failed, tail)
	return err
}

func undoImport(ctx context.Context, env Env, ws string, batch int64, asJSON bool) error {
	s, err := openExisting(ctx, env, ws)
	if err != nil {
		return err
	}
	defer s.Close()
	u, err := s.db.UndoImport(ctx, batch)
	if err != nil {
		backend.LogInternal(s.log, err, "undo import")
		return err
	}
	s.log.Info().Int64("batch", batch).Int("removed", u.Removed).Int("restored", u.Restored).Int("left", len(u.Left)).Msg("import undone")
	if asJSON {
		return json.NewEncoder(env.Stdout).Encode(u)
	}
	fmt.Fprintf(env.Stdout, "undid batch %d: removed %d, restored %d, left %d\n", batch, u.Removed, u.Restored, len(u.Left))
	for _, l := range u.Left {
		what := l.Record
		if len(l.Fields) > 0 {
			what += " (" + strings.Join(l.Fields, ", ") + ")"
		}
		fmt.Fprintf(env.Stdout, "left: %s: %s\n", what, l.Reason)
	}
	return nil
}

// tableRows streams a tabular.Table as import rows.
type tableRows struct{ t *tabular.Table }

func (r tableRows) Next() (backend.ImportRow, error) {
	row, err := r.t.Next()
	return backend.ImportRow{Line: row.Line, Cells: row.Cells}, err
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// fileProblem says in words why a file cannot be read.
func fileProblem(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return backend.Errorf(backend.ENOTFOUND, "There is no file at %s.", path)
	case errors.Is(err, fs.ErrPermission):
		return backend.Errorf(backend.EUNAVAILABLE, "%s cannot be read: you do not have permission.", path)
	case backend.ErrorCode(err) != backend.EINTERNAL:
		return backend.Errorf(backend.ErrorCode(err), "%s: %s", filepath.Base(path), backend.ErrorMessage(err))
	}
	return backend.Errorf(backend.EUNAVAILABLE, "%s cannot be read.", path)
}
