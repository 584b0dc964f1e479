package app

import (
	"context"
	"os/user"
	"time"

	"accountdesk/backend"
)

// ensureDirector puts the director on their own team when the app opens a
// workspace for them (desktop or browser): named as in Settings, else as the
// operating system knows the user. Failing to do so is logged, not fatal: the
// workspace still opens.
func ensureDirector(ctx context.Context, s *session) {
	var full, login string
	if u, err := user.Current(); err == nil {
		full, login = u.Name, u.Username
	}
	name := backend.DirectorNameFrom("", full, login)
	y, m, d := time.Now().Date()
	if _, err := s.db.EnsureDirector(ctx, name, time.Date(y, m, d, 0, 0, 0, 0, time.UTC)); err != nil {
		backend.LogInternal(s.log, err, "add the director to the team")
	}
}
