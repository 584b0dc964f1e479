package app

import (
	"io"
	"os"
	"path/filepath"

	"github.com/rs/zerolog"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"gopkg.in/natefinch/lumberjack.v2"
)

// logFilePath is the rotating log file beside the workspace's data folder.
func logFilePath(workspacePath string) string {
	return filepath.Join(filepath.Dir(workspacePath), "logs", "accountdesk.log")
}

// newLogger writes JSON lines to a rotating, owner-only file and, when console
// is set (development, serve), readable lines to stderr. The returned closer
// flushes the file. Log lines carry codes, ids and counts, never user text.
func newLogger(path string, console bool) (zerolog.Logger, io.Closer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return zerolog.Nop(), nil, err
	}
	// lumberjack keeps the mode of an existing file; create it owner-only first.
	if f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
		_ = f.Close()
	}
	file := &lumberjack.Logger{Filename: path, MaxSize: 10, MaxBackups: 5, MaxAge: 90, Compress: true}
	var w io.Writer = file
	if console {
		w = zerolog.MultiLevelWriter(file, zerolog.ConsoleWriter{Out: os.Stderr, TimeFormat: "15:04:05"})
	}
	return zerolog.New(w).With().Timestamp().Logger(), file, nil
}

// wailsLogger sends Wails' own log lines through zerolog.
type wailsLogger struct{ log zerolog.Logger }

var _ logger.Logger = wailsLogger{}

func (l wailsLogger) Print(message string)   { l.log.Info().Str("src", "wails").Msg(message) }
func (l wailsLogger) Trace(message string)   { l.log.Trace().Str("src", "wails").Msg(message) }
func (l wailsLogger) Debug(message string)   { l.log.Debug().Str("src", "wails").Msg(message) }
func (l wailsLogger) Info(message string)    { l.log.Info().Str("src", "wails").Msg(message) }
func (l wailsLogger) Warning(message string) { l.log.Warn().Str("src", "wails").Msg(message) }
func (l wailsLogger) Error(message string)   { l.log.Error().Str("src", "wails").Msg(message) }
func (l wailsLogger) Fatal(message string)   { l.log.Fatal().Str("src", "wails").Msg(message) }
