package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"accountdesk/backend"
	"accountdesk/backend/export"
)

// saveToFolder writes one document the user asked for into a folder on this
// computer, whole or not at all, and returns its path. A wrong folder is an
// invalid "folder".
func saveToFolder(ctx context.Context, folder, name string, data []byte) (string, error) {
	folder = strings.TrimSpace(folder)
	if folder == "" {
		return "", backend.Invalid("folder", "Choose the folder to save the PDF in.")
	}
	if strings.HasPrefix(folder, "http://") || strings.HasPrefix(folder, "https://") {
		return "", backend.Invalid("folder", "Save it in a folder on this computer, not a web address.")
	}
	abs, err := filepath.Abs(folder)
	if err != nil {
		return "", backend.Invalid("folder", "That folder path is not valid.")
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return "", backend.Invalid("folder", "That folder does not exist.")
	}
	if _, err := export.Write(ctx, export.Folder(abs), []export.File{{Name: name, Data: data}}, export.WriteOptions{}); err != nil {
		return "", err
	}
	return filepath.Join(abs, name), nil
}
