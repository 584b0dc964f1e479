package export

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"accountdesk/backend"
)

// Request says what to export; it is the backend type so the bound API and
// the generated TypeScript share it.
type Request = backend.ExportRequest

// Validate checks the formats and fills the default (the documents' formats;
// the calendar, ics, only when asked for).
func Validate(r *Request) error {
	if len(r.Formats) == 0 {
		r.Formats = Formats()
	}
	for _, f := range r.Formats {
		if !slices.Contains(formatNames, f) {
			return backend.Invalid("formats", "Unknown format %q: choose from %s.", f, strings.Join(formatNames, ", "))
		}
	}
	return nil
}

// Render builds every file the request asks for, in memory, before anything
// is written: a rendering failure leaves the destination untouched.
func Render(ctx context.Context, src Source, req Request, now time.Time) ([]File, error) {
	if err := Validate(&req); err != nil {
		return nil, err
	}
	// The calendar is one file of its own; the other formats are the documents'.
	calendar, err := calendarOut(ctx, src, &req, now)
	if err != nil || len(req.Formats) == 0 {
		return calendar, err
	}
	csv, err := csvOptions(ctx, src)
	if err != nil {
		return nil, err
	}
	files, err := render(ctx, src, req, now, csv)
	files = append(calendar, files...)
	if err != nil || !req.IncludeAppraisals {
		return files, err
	}
	// Appraisals leave the machine only when asked for, one file per cycle.
	docs, err := BuildAppraisals(ctx, src, now)
	if err != nil {
		return nil, err
	}
	cycles := make([]Named, len(docs))
	for i, d := range docs {
		cycles[i] = Named{ID: d.cycleID, Name: d.Cycle}
	}
	slugs := UniqueSlugs(cycles, "cycle")
	for _, d := range docs {
		for _, f := range req.Formats {
			data, err := renderAppraisals(d, f, csv)
			if err != nil {
				return nil, err
			}
			files = append(files, File{Name: "appraisals-" + slugs[d.cycleID] + "." + f, Data: data})
		}
	}
	return files, nil
}

func render(ctx context.Context, src Source, req Request, now time.Time, csv CSVOptions) ([]File, error) {
	var files []File
	if req.Portfolio {
		p, err := BuildPortfolio(ctx, src, now)
		if err != nil {
			return nil, err
		}
		base := "portfolio-" + PortfolioFilePart(p) + "-" + day(now).Format(time.DateOnly)
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
				data, err = PortfolioCSV(p, csv)
			case "xlsx":
				if err = AddPortfolioMonths(ctx, src, &p, now); err == nil {
					data, err = PortfolioXLSX(p)
				}
			}
			if err != nil {
				return nil, err
			}
			files = append(files, File{Name: base + "." + f, Data: data})
		}
		if !req.WithPlans {
			return files, nil
		}
	}
	// Every account of the workspace is named, not only those exported, so
	// an account's file name does not depend on what else is exported.
	rows, err := src.ListAccounts(ctx, backend.AccountFilter{}, day(now))
	if err != nil {
		return nil, err
	}
	all := make([]Named, len(rows))
	for i, r := range rows {
		all[i] = Named{ID: r.ID, Name: r.Name}
	}
	slugs := UniqueSlugs(all, "account")
	ids := req.AccountIDs
	if len(ids) == 0 {
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
	}
	used := map[string]bool{}
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
			period = slugOr(s.Plan.Period, "period")
		}
		name := slugs[id]
		if name == "" { // not in the list (it cannot be: ids come from it or were checked against it)
			name = "account-" + strconv.FormatInt(id, 10)
		}
		base := name + "-plan-" + period
		if used[base] { // "a-plan-b" + "c" against "a" + "b-plan-c": rare, still never a clash
			base = name + "-" + strconv.FormatInt(id, 10) + "-plan-" + period
		}
		used[base] = true
		for _, f := range req.Formats {
			rendered, err := renderPlan(s, f, base, csv)
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

func renderPlan(s PlanSummary, format, base string, csv CSVOptions) ([]File, error) {
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
	case "xlsx":
		data, err = PlanXLSX(s)
	case "csv":
		actions, opps, err := PlanCSVs(s, csv)
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

// PortfolioFilePart names a director's portfolio files in a shared folder:
// who it is, readable, and the first 8 characters of the workspace's
// stable id, so two directors never write the same file
// ("jane-smith-3f9a2c1d" in portfolio-jane-smith-3f9a2c1d-2026-12-01.pdf).
func PortfolioFilePart(p PortfolioSummary) string {
	who := Slug(p.Director)
	if who == "" {
		who = slugOr(p.Agency, "workspace")
	}
	id := Slug(p.WorkspaceID)
	if len(id) > 8 {
		id = id[:8]
	}
	if id == "" {
		return who
	}
	return who + "-" + id
}
