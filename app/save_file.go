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
	paths, err := saveFilesToFolder(ctx, folder, []export.File{{Name: name, Data: data}})
	if err != nil {
		return "", err
	}
	return paths[0], nil
}

// saveFilesToFolder writes documents that belong together (a PDF and its
// HTML) into a folder on this computer, all of them or none, and returns
// their paths. A wrong folder is an invalid "folder".
func saveFilesToFolder(ctx context.Context, folder string, files []export.File) ([]string, error) {
	folder = strings.TrimSpace(folder)
	if folder == "" {
		return nil, backend.Invalid("folder", "Choose the folder to save the PDF in.")
	}
	if strings.HasPrefix(folder, "http://") || strings.HasPrefix(folder, "https://") {
		return nil, backend.Invalid("folder", "Save it in a folder on this computer, not a web address.")
	}
	abs, err := filepath.Abs(folder)
	if err != nil {
		return nil, backend.Invalid("folder", "That folder path is not valid.")
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return nil, backend.Invalid("folder", "That folder does not exist.")
	}
	if _, err := export.Write(ctx, export.Folder(abs), files, export.WriteOptions{}); err != nil {
		return nil, err
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Join(abs, f.Name)
	}
	return paths, nil
}
