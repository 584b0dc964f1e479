package export

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"accountdesk/backend"
)

// FileResult is one written file, as recorded in the run history.
type FileResult struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Written is what a Write put at the destination: the files of a run that
// worked, or, when it failed, what could not be removed again (Left).
type Written struct {
	Files []FileResult
	Left  []string
}

// WriteOptions are Write's optional hooks.
type WriteOptions struct {
	// Progress is told each file as it is uploaded.
	Progress func(done, total int, name string)
	// Staging is told the temporary names before anything is uploaded, so
	// the caller can remember them in case the whole program stops midway.
	Staging func(tmp []string) error
}

// Write puts every file at the destination, all or nothing: each is first
// uploaded under a temporary name of its own run (so concurrent exports
// never share one), and only when all are uploaded are they moved into
// place. A failure removes what the run wrote; what cannot be removed (the
// share went away) is returned in Left and named in the error, never hidden.
// A refused login sends nothing more.
func Write(ctx context.Context, dest Destination, files []File, opt WriteOptions) (Written, error) {
	if dup := duplicateName(files); dup != "" {
		return Written{}, fmt.Errorf("export: two files named %q in one run", dup)
	}
	tag, err := runTag()
	if err != nil {
		return Written{}, err
	}
	tmps := make([]string, len(files))
	for i, f := range files {
		tmps[i] = TempName(f.Name, tag)
	}
	if opt.Staging != nil {
		if err := opt.Staging(tmps); err != nil {
			return Written{}, err
		}
	}
	var staged, committed []string
	for i, f := range files {
		err := ctx.Err()
		if err == nil {
			err = dest.Stage(ctx, tmps[i], f.Data)
		}
		if err != nil {
			// An upload cut off midway may have left part of itself.
			return undo(ctx, dest, err, committed, append(staged, tmps[i]))
		}
		staged = append(staged, tmps[i])
		if opt.Progress != nil {
			opt.Progress(i+1, len(files), f.Name)
		}
	}
	var out Written
	for i, f := range files {
		err := ctx.Err()
		if err == nil {
			err = dest.Commit(ctx, tmps[i], f.Name)
		}
		if err != nil {
			// Whether a move cut off midway happened is unknown: its
			// temporary name is removed if it is still there; the final
			// name holds either the new file or the one before, both whole.
			return undo(ctx, dest, err, committed, staged[i:])
		}
		committed = append(committed, f.Name)
		sum := sha256.Sum256(f.Data)
		out.Files = append(out.Files, FileResult{Name: f.Name, Bytes: len(f.Data), SHA256: hex.EncodeToString(sum[:])})
	}
	return out, nil
}

// TempName is the name a file is uploaded under before it is moved into
// place: hidden, marked partial, unique to its run.
func TempName(name, tag string) string { return ".~" + name + "." + tag + ".partial" }

// FinalName is TempName undone: the file a temporary upload is for
// (".~a.pdf.3f9a.partial" → "a.pdf"), or "" when tmp is not one.
func FinalName(tmp string) string {
	if !strings.HasPrefix(tmp, ".~") || !strings.HasSuffix(tmp, ".partial") {
		return ""
	}
	name := strings.TrimSuffix(strings.TrimPrefix(tmp, ".~"), ".partial")
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[:i] // the run's tag, which has no dot, follows the last one
	}
	return ""
}

// IsTempName reports whether name is an upload not yet moved into place.
func IsTempName(name string) bool { return FinalName(name) != "" }

func runTag() (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("export run tag: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

func duplicateName(files []File) string {
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		key := strings.ToLower(f.Name) // as a case-insensitive file system sees it
		if seen[key] {
			return f.Name
		}
		seen[key] = true
	}
	return ""
}

// undo removes what a failed run wrote — the files it had moved into place
// and its temporary uploads — and returns the failure with an honest account
// of what is left. It stops at the first removal that fails for want of the
// server (or of a login), so a share that is gone costs one attempt, not one
// per file.
func undo(ctx context.Context, dest Destination, cause error, committed, staged []string) (Written, error) {
	cancelled := ctx.Err() != nil
	todo := append(append([]string{}, committed...), staged...)
	var left []string
	if errors.Is(cause, ErrRefused) {
		left = todo
	} else {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		for i, name := range todo {
			if err := dest.Remove(cctx, name); err != nil {
				left = todo[i:]
				break
			}
		}
	}
	msg := backend.ErrorMessage(cause)
	code := backend.ErrorCode(cause)
	if cancelled {
		msg, code = "The export was cancelled.", backend.EUNAVAILABLE
	}
	switch len(left) {
	case 0:
		msg += " Nothing was left behind."
	case 1:
		msg += fmt.Sprintf(" 1 file could not be removed from %s yet: %s. AccountDesk removes it the next time it reaches this place.", dest, left[0])
	default:
		msg += fmt.Sprintf(" %d files could not be removed from %s yet: %s. AccountDesk removes them the next time it reaches this place.",
			len(left), dest, listNames(left, 5))
	}
	return Written{Left: left}, fmt.Errorf("%w: %w", &backend.Error{Code: code, Message: msg, Field: backend.ErrorField(cause)}, cause)
}

// listNames shows up to max names and how many more there are.
func listNames(names []string, max int) string {
	if len(names) <= max {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:max], ", ") + fmt.Sprintf(" and %d more", len(names)-max)
}

// Sweep removes files earlier runs left at dest and returns those now gone.
// It stops at the first that cannot be removed and returns that error: the
// place is still out of reach, or refuses the login.
func Sweep(ctx context.Context, dest Destination, names []string) ([]string, error) {
	var gone []string
	for _, n := range names {
		if err := dest.Remove(ctx, n); err != nil {
			return gone, err
		}
		gone = append(gone, n)
	}
	return gone, nil
}
