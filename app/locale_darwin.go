//go:build darwin

package app

import (
	"context"
	"os/exec"
	"strings"
	"time"
)

// systemLocale is the computer's locale, for the defaults of settings the
// user never chose (the CSV style). A terminal sets LANG; an app started
// from the Finder has none, so the user's region comes from the system
// preferences (AppleLocale, e.g. "de_CH").
func systemLocale(getenv func(string) string) string {
	if l := envLocale(getenv); l != "" {
		return l
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/usr/bin/defaults", "read", "-g", "AppleLocale").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
