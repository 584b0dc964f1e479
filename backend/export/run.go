package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"accountdesk/backend"

	"golang.org/x/text/unicode/norm"
)

// Request says what to export; it is the backend type so the bound API and
// the generated TypeScript share it.
type Request = backend.ExportRequest

// Validate checks the formats and fills the default (all of them).
func Validate(r *Request) error {
	if len(r.Formats) == 0 {
		r.Formats = Formats()
	}
	for _, f := range r.Formats {
		if !slices.Contains(formatNames, f) {
			return backend.Invalid("formats", "Unknown format %q: choose from pdf, md, html, json, csv.", f)
		}
	}
	return nil
}

// FileResult is one written file, as recorded in the run history.
type FileResult struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Slug makes a file-name-safe lower-case ASCII name: "Crème Brûlée & Co" → "creme-brulee-co".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // accents go, letters stay
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > 60 {
		out = strings.TrimSuffix(out[:60], "-")
	}
	if out == "" {
		return "account"
	}
	return out
}

// Render builds every file the request asks for, in memory, before anything
// is written: a rendering failure leaves the destination untouched.
func Render(ctx context.Context, src Source, req Request, now time.Time) ([]File, error) {
	if err := Validate(&req); err != nil {
		return nil, err
	}
	files, err := render(ctx, src, req, now)
	if err != nil || !req.IncludeAppraisals {
		return files, err
	}
	// Appraisals leave the machine only when asked for, one file per cycle.
	docs, err := BuildAppraisals(ctx, src, now)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		for _, f := range req.Formats {
			data, err := renderAppraisals(d, f)
			if err != nil {
				return nil, err
			}
			files = append(files, File{Name: "appraisals-" + Slug(d.Cycle) + "." + f, Data: data})
		}
	}
	return files, nil
}

func render(ctx context.Context, src Source, req Request, now time.Time) ([]File, error) {
	var files []File
	if req.Portfolio {
		p, err := BuildPortfolio(ctx, src, now)
		if err != nil {
			return nil, err
		}
		base := "portfolio-" + day(now).Format(time.DateOnly)
		for _, f := range req.Formats {
			var data []byte
			switch f {
			case "pdf":
				data, err = PortfolioPDF(p)
			case "md":
				data, err = PortfolioMarkdown(p)
			case "html":
				data, err = PortfolioHTML(p)
			case "json":
				data, err = JSON(p)
			case "csv":
				data, err = PortfolioCSV(p)
			}
			if err != nil {
				return nil, err
			}
			files = append(files, File{Name: base + "." + f, Data: data})
		}
		return files, nil
	}
	ids := req.AccountIDs
	if len(ids) == 0 {
		rows, err := src.ListAccounts(ctx, backend.AccountFilter{}, day(now))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s, err := BuildPlanSummary(ctx, src, id, now)
		if err != nil {
			return nil, err
		}
		if err := compareWithLastExport(ctx, src, id, &s); err != nil {
			return nil, err
		}
		snapshot, err := json.Marshal(s)
		if err != nil {
			return nil, fmt.Errorf("plan snapshot: %w", err)
		}
		period := "no-plan"
		if s.Plan != nil {
			period = Slug(s.Plan.Period)
		}
		base := Slug(s.Account.Name) + "-plan-" + period
		for _, f := range req.Formats {
			rendered, err := renderPlan(s, f, base)
			if err != nil {
				return nil, err
			}
			for i := range rendered {
				rendered[i].AccountID, rendered[i].Summary = id, snapshot
			}
			files = append(files, rendered...)
		}
	}
	return files, nil
}

// compareWithLastExport fills s.Changes from the account's last export. A
// snapshot this version cannot read is treated as no previous export.
func compareWithLastExport(ctx context.Context, src Source, accountID int64, s *PlanSummary) error {
	raw, at, err := src.LastExport(ctx, accountID)
	if err != nil || raw == nil {
		return err
	}
	var prev PlanSummary
	if json.Unmarshal(raw, &prev) != nil {
		return nil
	}
	s.Changes = Diff(prev, *s, at)
	return nil
}

func renderPlan(s PlanSummary, format, base string) ([]File, error) {
	var data []byte
	var err error
	switch format {
	case "pdf":
		data, err = PlanPDF(s)
	case "md":
		data, err = PlanMarkdown(s)
	case "html":
		data, err = PlanHTML(s)
	case "json":
		data, err = JSON(s)
	case "csv":
		actions, opps, err := PlanCSVs(s)
		if err != nil {
			return nil, err
		}
		return []File{{Name: base + "-actions.csv", Data: actions}, {Name: base + "-opportunities.csv", Data: opps}}, nil
	}
	if err != nil {
		return nil, err
	}
	return []File{{Name: base + "." + format, Data: data}}, nil
}

// Write puts every file at the destination. If one fails, the files already
// written in this run are removed again, so a failed export leaves nothing
// behind; progress (if not nil) is told each file as it lands.
func Write(ctx context.Context, dest Destination, files []File, progress func(done, total int, name string)) ([]FileResult, error) {
	var written []FileResult
	for i, f := range files {
		err := ctx.Err()
		if err == nil {
			err = dest.Put(ctx, f.Name, f.Data)
		}
		if err != nil {
			var undo []error
			for _, w := range written {
				undo = append(undo, dest.Remove(context.Background(), w.Name))
			}
			if errors.Is(err, context.Canceled) {
				err = backend.Errorf(backend.EUNAVAILABLE, "The export was cancelled; nothing was left behind.")
			}
			if uerr := errors.Join(undo...); uerr != nil {
				return nil, fmt.Errorf("%w (and %d file(s) written before it could not be removed: %v)", err, len(written), uerr)
			}
			return nil, err
		}
		sum := sha256.Sum256(f.Data)
		written = append(written, FileResult{Name: f.Name, Bytes: len(f.Data), SHA256: hex.EncodeToString(sum[:])})
		if progress != nil {
			progress(i+1, len(files), f.Name)
		}
	}
	return written, nil
}
