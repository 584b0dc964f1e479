package app

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// userDataDir is where per-user application data lives: XDG_DATA_HOME or
// ~/.local/share on Linux, Application Support on macOS, LOCALAPPDATA on
// Windows. (os.UserConfigDir is for settings, not data.)
func userDataDir(getenv func(string) string) (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return d, nil
		}
		return "", errors.New("LOCALAPPDATA is not set")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support"), nil
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return d, nil
		}
		home := getenv("HOME")
		if home == "" {
			return "", errors.New("HOME is not set")
		}
		return filepath.Join(home, ".local", "share"), nil
	}
}
