package app

import (
	"accountdesk/backend"
	"accountdesk/backend/export"
)

// QBRPackAPI makes the client-ready QBR pack of an account.
type QBRPackAPI struct{ base }

// QBRPackSaved is where the pack was saved: its PDF and its HTML.
type QBRPackSaved struct {
	PDF  string `json:"pdf"`
	HTML string `json:"html"`
}

// Preview returns the pack as the client will read it, with what was left
// out. Returns EINVALID (quarter, hours), ENOTFOUND.
func (a *QBRPackAPI) Preview(accountID int64, opts backend.QBRPackOptions) (backend.QBRPackPreview, error) {
	return export.PrepareQBRPack(a.ctx(), a.db, accountID, opts, today())
}

// Save writes the pack as a PDF and as HTML into folder, both or neither.
// Returns EINVALID (quarter, hours, folder), ENOTFOUND.
func (a *QBRPackAPI) Save(accountID int64, opts backend.QBRPackOptions, folder string) (QBRPackSaved, error) {
	_, paths, err := saveQBRPack(a, accountID, opts, folder)
	if err != nil {
		return QBRPackSaved{}, err
	}
	return QBRPackSaved{PDF: paths[0], HTML: paths[1]}, nil
}

// saveQBRPack makes the pack and writes its PDF and HTML (in that order)
// into folder.
func saveQBRPack(a *QBRPackAPI, accountID int64, opts backend.QBRPackOptions, folder string) (backend.QBRPackPreview, []string, error) {
	ctx := a.ctx()
	pv, err := export.PrepareQBRPack(ctx, a.db, accountID, opts, today())
	if err != nil {
		return pv, nil, err
	}
	files, err := export.QBRPackFiles(pv.Pack)
	if err != nil {
		return pv, nil, err
	}
	paths, err := saveFilesToFolder(ctx, folder, files)
	return pv, paths, err
}
