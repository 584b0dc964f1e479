package export

import (
	"strings"

	"accountdesk/backend"
)

// QBRPackFileName is the pack's file name with the extension ext:
// "northwind-qbr-pack-2026-q4.pdf".
func QBRPackFileName(p backend.QBRPack, ext string) string {
	return Slug(p.Client) + "-qbr-pack-" + strings.ToLower(p.Quarter) + "." + ext
}
