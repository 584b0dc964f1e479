//go:build bindings

package app

import (
	"os"
	"path/filepath"
)

const bindingsBuild = true

// bindingsWorkspace is a throwaway workspace for `wails generate module`,
// which runs the app only to list bound methods.
func bindingsWorkspace() string {
	dir, _ := os.MkdirTemp("", "accountdesk-bindings-")
	return filepath.Join(dir, "workspace.db")
}
