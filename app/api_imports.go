package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/importer"
	"accountdesk/backend/tabular"
)

// firstRows is how many rows of a chosen file the mapping step shows.
const firstRows = 5

// shownRows is how many rows of each outcome a preview or an import sends
// to the screen; the counts are always whole.
const shownRows = 500

// ImportsAPI brings other tools' export files into the workspace: choose a
// file (Begin, Append, Open), confirm what it holds (Propose, Dates), preview
// and import it in the background (StartPreview, StartImport, Progress,
// Cancel), and look back at, or undo, what was imported (Batches, Undo,
// FailedRowsCSV, SaveFailedRows).
type ImportsAPI struct {
	base
	session *session
	files   *stagedFiles
	jobs    *importJobs
}

func newImportsAPI(b base, s *session) *ImportsAPI {
	return &ImportsAPI{base: b, session: s, files: &stagedFiles{}, jobs: &importJobs{}}
}

// StagedFile is a chosen file as the import screen shows it.
type StagedFile struct {
	Token     string              `json:"token"`
	FileName  string              `json:"fileName"`
	Size      int64               `json:"size"`
	Format    string              `json:"format"` // csv or xlsx
	Sheet     string              `json:"sheet"`  // the workbook sheet read, for xlsx
	Rows      int                 `json:"rows"`   // data rows
	Header    []string            `json:"header"`
	FirstRows [][]string          `json:"firstRows"`
	Kinds     []string            `json:"kinds"`
	Fields    map[string][]string `json:"fields"` // per kind, the fields a column can feed
	Proposal  ImportProposal      `json:"proposal"`
}

// ImportProposal is what AccountDesk proposes a file holds and which column
// feeds which field.
type ImportProposal struct {
	Mapping backend.ImportMapping `json:"mapping"`
	// From is "recognised" (told from the column names), "saved" (the
	// columns chosen for the last file of this shape) or "" (the user maps
	// the columns).
	From string `json:"from"`
	// Problem says, when From is "", why the columns could not be told.
	Problem string       `json:"problem"`
	Dates   DateQuestion `json:"dates"`
}

// DateQuestion says whether a file's dates could be read day/month or
// month/day, with one of its dates read both ways.
type DateQuestion struct {
	Ambiguous bool   `json:"ambiguous"`
	Order     string `json:"order"`   // the order the dates show, when they show one
	Example   string `json:"example"` // a date of the file, as written
	AsDMY     string `json:"asDMY"`   // the example read day/month, YYYY-MM-DD
	AsMDY     string `json:"asMDY"`   // the example read month/day
}

// FailedRowsFile is a batch's failed rows as a CSV to fix and import again.
type FailedRowsFile struct {
	Name    string `json:"name"`
	Content string `json:"content"`
}

// Begin starts sending a file of size bytes and returns its token; Append
// sends its bytes and Open reads it.
func (a *ImportsAPI) Begin(fileName string, size int64) (string, error) {
	name := filepath.Base(strings.ReplaceAll(strings.TrimSpace(fileName), `\`, "/"))
	if name == "" || name == "." || name == "/" {
		return "", backend.Invalid("file", "Choose a file to import.")
	}
	if size <= 0 {
		return "", backend.Invalid("file", "%s is empty.", name)
	}
	if size > maxImportBytes {
		return "", backend.Invalid("file", "%s is larger than %d MB. Export a shorter period (for example one year at a time) and import each file.", name, maxImportBytes>>20)
	}
	return a.files.add(name, size)
}

// Append adds the next piece of a file (base64) and returns how many bytes
// have arrived.
func (a *ImportsAPI) Append(token, chunk string) (int64, error) {
	data, err := base64.StdEncoding.DecodeString(chunk)
	if err != nil {
		return 0, backend.Invalid("file", "The file did not arrive intact; choose it again.")
	}
	var got int64
	err = a.files.with(token, func(f *stagedFile) error {
		if int64(len(f.data)+len(data)) > f.size {
			return backend.Invalid("file", "%s is larger than it said; choose it again.", f.name)
		}
		f.data = append(f.data, data...)
		got = int64(len(f.data))
		return nil
	})
	return got, err
}

// Open reads a file that has arrived: its columns, first rows and row
// count, and what AccountDesk proposes it holds. A file that is not a
// table, or is damaged, is an invalid "file" with the reason in words.
func (a *ImportsAPI) Open(token string) (StagedFile, error) {
	f, err := a.files.get(token)
	if err != nil {
		return StagedFile{}, err
	}
	t, err := f.open()
	if err != nil {
		return StagedFile{}, err
	}
	defer t.Close()
	out := StagedFile{Token: token, FileName: f.name, Size: f.size, Format: t.Format, Sheet: t.Sheet,
		Header: t.Header, FirstRows: [][]string{}, Kinds: backend.ImportKinds(), Fields: map[string][]string{}}
	for _, k := range out.Kinds {
		out.Fields[k] = importer.Fields(k)
	}
	for len(out.FirstRows) < firstRows {
		row, err := t.Next()
		if err != nil {
			break // countRows below says why, when it is not the end
		}
		out.FirstRows = append(out.FirstRows, row.Cells)
	}
	rest, err := countRows(t)
	if err != nil {
		return StagedFile{}, stagedProblem(f.name, err)
	}
	out.Rows = len(out.FirstRows) + rest
	_ = a.files.with(token, func(f *stagedFile) error { f.rows = out.Rows; return nil })
	if out.Proposal, err = a.propose(f, t.Header, ""); err != nil {
		return StagedFile{}, err
	}
	return out, nil
}

// Propose says which column feeds which field when the file holds kind
// (what the user chose on the mapping step).
func (a *ImportsAPI) Propose(token, kind string) (ImportProposal, error) {
	if !slices.Contains(backend.ImportKinds(), kind) {
		return ImportProposal{}, backend.Invalid("kind", "Choose what the file holds: %s.", strings.Join(backend.ImportKinds(), ", "))
	}
	f, err := a.files.get(token)
	if err != nil {
		return ImportProposal{}, err
	}
	t, err := f.open()
	if err != nil {
		return ImportProposal{}, err
	}
	t.Close()
	return a.propose(f, t.Header, kind)
}

// propose prefers the columns chosen for the last file of this shape, then
// what the column names say.
func (a *ImportsAPI) propose(f *stagedFile, header []string, kind string) (ImportProposal, error) {
	var p ImportProposal
	saved, err := a.db.ImportMappingFor(a.ctx(), header)
	switch {
	case err == nil && (kind == "" || kind == saved.Kind):
		p.Mapping, p.From = saved, "saved"
	case err != nil && backend.ErrorCode(err) != backend.ENOTFOUND:
		return p, err
	default:
		m, err := importer.Recognise(header, kind)
		if err == nil {
			p.Mapping, p.From = m, "recognised"
		} else {
			p.Problem = plainProblem(backend.ErrorMessage(err))
			p.Mapping = backend.ImportMapping{Kind: kind, Source: backend.SourceSpreadsheet, Columns: map[string]string{}}
		}
	}
	p.Dates, err = a.dates(f, p.Mapping)
	return p, err
}

// plainProblem rewords the engine's advice for the command line ("give a
// mapping file") for the screen, where the user maps the columns below.
func plainProblem(msg string) string {
	msg = strings.Replace(msg, "; say which, or give a mapping file.", ". Say what it holds below.", 1)
	msg = strings.Replace(msg, "; give a mapping file that names it.", ". Choose it below.", 1)
	return msg
}

// Dates says whether the dates in m's date columns could be read two ways.
func (a *ImportsAPI) Dates(token string, m backend.ImportMapping) (DateQuestion, error) {
	f, err := a.files.get(token)
	if err != nil {
		return DateQuestion{}, err
	}
	return a.dates(f, m)
}

func (a *ImportsAPI) dates(f *stagedFile, m backend.ImportMapping) (DateQuestion, error) {
	var q DateQuestion
	if len(importer.DateColumns(m)) == 0 {
		return q, nil
	}
	t, err := f.open()
	if err != nil {
		return q, err
	}
	defer t.Close()
	samples, err := dateSamplesOf(t, m)
	if err != nil {
		return q, stagedProblem(f.name, err)
	}
	q.Order, q.Ambiguous = importer.GuessDateOrder(samples)
	for _, s := range samples {
		dmy, err1 := tabular.ParseDate(s, tabular.DMY)
		mdy, err2 := tabular.ParseDate(s, tabular.MDY)
		if err1 == nil && err2 == nil && dmy != mdy {
			q.Example, q.AsDMY, q.AsMDY = strings.TrimSpace(s), dmy, mdy
			break
		}
	}
	return q, nil
}

// StartPreview runs the import of the file with mapping m in the background
// and changes nothing: poll Progress for what would happen to every row.
func (a *ImportsAPI) StartPreview(token string, m backend.ImportMapping) (ImportProgress, error) {
	return a.start(token, m, true)
}

// StartImport imports the file with mapping m in the background, as one
// batch; poll Progress for the result. The mapping is remembered for the
// next file of this shape.
func (a *ImportsAPI) StartImport(token string, m backend.ImportMapping) (ImportProgress, error) {
	return a.start(token, m, false)
}

func (a *ImportsAPI) start(token string, m backend.ImportMapping, dryRun bool) (ImportProgress, error) {
	f, err := a.files.get(token)
	if err != nil {
		return ImportProgress{}, err
	}
	m.Source = importer.SourceOf(m)
	if err := importer.CheckMapping(m); err != nil {
		return ImportProgress{}, err
	}
	t, err := f.open()
	if err != nil {
		return ImportProgress{}, err
	}
	if _, err := importer.Bind(m, t.Header); err != nil {
		t.Close()
		return ImportProgress{}, err
	}
	if m.DateOrder == "" {
		q, err := a.dates(f, m)
		if err != nil {
			t.Close()
			return ImportProgress{}, err
		}
		if q.Ambiguous {
			t.Close()
			return ImportProgress{}, backend.Invalid("dateOrder", "The dates in %s could be day/month or month/day; say which.", f.name)
		}
		m.DateOrder = q.Order
	}
	var rows int
	_ = a.files.with(token, func(f *stagedFile) error { rows = f.rows; return nil })
	ctx, cancel := context.WithCancel(a.ctx())
	id, read := a.jobs.add(cancel, rows, dryRun)
	in := backend.ImportInput{FileName: f.name, SHA256: f.sha256(), Header: t.Header,
		Rows: countedRows{rows: tableRows{t}, read: read}, Mapping: m}
	go func() {
		defer cancel()
		defer t.Close()
		res, err := a.run(ctx, in, dryRun)
		if err != nil && ctx.Err() != nil {
			// Cancelled before the engine's own check (while it loads the
			// accounts): the same plain answer, nothing changed either way.
			err = backend.Errorf(backend.EUNAVAILABLE, "The import was cancelled; nothing was changed.")
		}
		if err == nil && !dryRun {
			a.files.remove(token)
		}
		if err == nil {
			res = trimRows(res, shownRows)
		}
		a.jobs.finish(id, &res, err, errors.Is(ctx.Err(), context.Canceled))
	}()
	p, _, _ := a.jobs.get(id)
	return p, nil
}

func (a *ImportsAPI) run(ctx context.Context, in backend.ImportInput, dryRun bool) (backend.ImportResult, error) {
	log := a.session.log
	if dryRun {
		res, err := a.db.PreviewImport(ctx, in)
		if ctx.Err() == nil {
			backend.LogInternal(log, err, "preview import")
		}
		return res, err
	}
	res, err := a.db.Import(ctx, in)
	if err != nil {
		if ctx.Err() == nil {
			backend.LogInternal(log, err, "import")
		}
		return res, err
	}
	log.Info().Int64("batch", res.Batch).Str("kind", res.Kind).Str("source", res.Source).Int("created", res.Created).
		Int("updated", res.Updated).Int("failed", res.Failed).Msg("import")
	if err := a.db.SaveImportMapping(ctx, in.Header, in.Mapping); err != nil {
		backend.LogInternal(log, err, "save import mapping")
	}
	return res, nil
}

// trimRows keeps the first n rows of each outcome; the counts stay whole.
func trimRows(res backend.ImportResult, n int) backend.ImportResult {
	seen := map[string]int{}
	rows := make([]backend.ImportRowResult, 0, min(len(res.Rows), 5*n))
	for _, r := range res.Rows {
		if seen[r.Action] < n {
			seen[r.Action]++
			rows = append(rows, r)
		}
	}
	res.Rows = rows
	return res
}

// Progress returns a preview's or an import's progress, and its result once
// done.
func (a *ImportsAPI) Progress(id int64) (ImportProgress, error) {
	p, _, ok := a.jobs.get(id)
	if !ok {
		return ImportProgress{}, backend.Errorf(backend.ENOTFOUND, "That import is no longer known; see the list of imports.")
	}
	return p, nil
}

// Cancel stops a running preview or import; a cancelled import changes
// nothing.
func (a *ImportsAPI) Cancel(id int64) (ImportProgress, error) {
	p, cancel, ok := a.jobs.get(id)
	if !ok {
		return ImportProgress{}, backend.Errorf(backend.ENOTFOUND, "That import is no longer known; see the list of imports.")
	}
	cancel()
	return p, nil
}

// Discard forgets a chosen file.
func (a *ImportsAPI) Discard(token string) error {
	a.files.remove(token)
	return nil
}

// Batches lists the recorded imports, newest first.
func (a *ImportsAPI) Batches() ([]backend.ImportBatch, error) {
	b, err := a.db.ImportBatches(a.ctx())
	if b == nil {
		b = []backend.ImportBatch{}
	}
	return b, err
}

// Undo removes what a batch created and restores the fields it changed,
// leaving (and naming) what was edited since.
func (a *ImportsAPI) Undo(batch int64) (backend.UndoResult, error) {
	u, err := a.db.UndoImport(a.ctx(), batch)
	if err != nil {
		return u, err
	}
	a.session.log.Info().Int64("batch", batch).Int("removed", u.Removed).Int("restored", u.Restored).Int("left", len(u.Left)).Msg("import undone")
	if u.Left == nil {
		u.Left = []backend.UndoLeft{}
	}
	return u, nil
}

// FailedRowsCSV returns a batch's failed rows as a CSV, the reason in the
// first column, to download in the browser.
func (a *ImportsAPI) FailedRowsCSV(batch int64) (FailedRowsFile, error) {
	data, name, err := a.failedCSV(batch)
	return FailedRowsFile{Name: name, Content: string(data)}, err
}

// SaveFailedRows writes a batch's failed rows as a CSV into folder (the
// desktop window) and returns the file's path.
func (a *ImportsAPI) SaveFailedRows(batch int64, folder string) (string, error) {
	data, name, err := a.failedCSV(batch)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(folder) == "" {
		return "", backend.Invalid("folder", "Choose the folder to save the CSV in.")
	}
	return saveToFolder(a.ctx(), folder, name, data)
}

func (a *ImportsAPI) failedCSV(batch int64) ([]byte, string, error) {
	rows, err := a.db.FailedImportRows(a.ctx(), batch)
	if err != nil {
		return nil, "", err
	}
	if len(rows.Rows) == 0 {
		return nil, "", backend.Errorf(backend.ENOTFOUND, "No row of that import failed.")
	}
	var buf bytes.Buffer
	if err := importer.WriteFailedCSV(&buf, rows); err != nil {
		return nil, "", fmt.Errorf("write failed rows: %w", err)
	}
	name := fmt.Sprintf("failed-rows-import-%d-%s.csv", batch, time.Now().Format(time.DateOnly))
	return buf.Bytes(), name, nil
}
