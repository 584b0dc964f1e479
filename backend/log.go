package backend

import "github.com/rs/zerolog"

// LogInternal logs err only when it is internal (EINTERNAL): user mistakes
// are not incidents, and their messages may quote what the user typed
// (appraisal comments never go into logs).
func LogInternal(log zerolog.Logger, err error, what string) {
	if ErrorCode(err) == EINTERNAL {
		log.Error().Err(err).Msg(what)
	}
}
