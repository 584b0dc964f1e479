package export

import (
	"context"
	"time"

	"accountdesk/backend"
)

// QBRPackSource is what a QBR pack is gathered from: the store's services.
type QBRPackSource interface {
	backend.SettingsService
	backend.AccountService
	backend.PlanService
	backend.StakeholderService
	backend.FinancialService
	backend.PaperworkService
	backend.QBRService
}

// LoadQBRPackData reads everything BuildQBRPack chooses from for one
// account: its current plan (the latest version not archived), jobs, QBRs,
// stakeholders and monthly figures. Returns ENOTFOUND for an unknown account.
func LoadQBRPackData(ctx context.Context, src QBRPackSource, accountID int64, today time.Time) (backend.QBRPackData, error) {
	var in backend.QBRPackData
	var err error
	if in.Settings, err = src.Settings(ctx); err != nil {
		return in, err
	}
	if in.Account, err = src.Account(ctx, accountID); err != nil {
		return in, err
	}
	versions, err := src.Plans(ctx, accountID)
	if err != nil {
		return in, err
	}
	for _, v := range versions { // newest first
		if v.Status != backend.PlanArchived {
			p, err := src.Plan(ctx, v.ID)
			if err != nil {
				return in, err
			}
			in.Plan = &p
			break
		}
	}
	if in.Jobs, err = src.Jobs(ctx, accountID); err != nil {
		return in, err
	}
	if in.QBRs, err = src.QBRs(ctx, accountID); err != nil {
		return in, err
	}
	if in.Stakeholders, err = src.Stakeholders(ctx, accountID); err != nil {
		return in, err
	}
	fin, err := src.Financials(ctx, accountID, today)
	if err != nil {
		return in, err
	}
	for _, m := range fin.Months {
		in.Months = append(in.Months, m.MonthFigures)
	}
	in.Locale = sourceLocale(src)
	return in, nil
}

// PrepareQBRPack gathers and builds the pack for an account. Returns
// EINVALID (quarter), ENOTFOUND.
func PrepareQBRPack(ctx context.Context, src QBRPackSource, accountID int64, opts backend.QBRPackOptions, today time.Time) (backend.QBRPackPreview, error) {
	today = day(today)
	in, err := LoadQBRPackData(ctx, src, accountID, today)
	if err != nil {
		return backend.QBRPackPreview{}, err
	}
	pack, out, err := backend.BuildQBRPack(in, opts, today)
	if err != nil {
		return backend.QBRPackPreview{}, err
	}
	if out == nil {
		out = []backend.LeftOut{}
	}
	return backend.QBRPackPreview{Pack: pack, LeftOut: out, LeftOutText: backend.LeftOutText(out),
		PDFName: QBRPackFileName(pack, "pdf"), HTMLName: QBRPackFileName(pack, "html")}, nil
}

// QBRPackFiles renders the pack as a PDF and as HTML, to be written together.
func QBRPackFiles(p backend.QBRPack) ([]File, error) {
	pdf, err := QBRPackPDF(p)
	if err != nil {
		return nil, err
	}
	page, err := QBRPackHTML(p)
	if err != nil {
		return nil, err
	}
	return []File{{Name: QBRPackFileName(p, "pdf"), Data: pdf}, {Name: QBRPackFileName(p, "html"), Data: page}}, nil
}
