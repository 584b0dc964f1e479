// Package vault is the appraisals passphrase: it guards the Appraisals section
// and encrypts backups while a passphrase is set.
//
// Setting a passphrase creates an age X25519 key pair. The public half (the
// recipient) is kept in plain text, so automatic backups can be encrypted
// without asking for the passphrase. The private half (the identity) is kept
// only wrapped with the passphrase (age's scrypt recipient), so neither the
// passphrase nor a key derived from it is ever stored. Unlocking is unwrapping
// the identity; a wrong passphrase cannot unwrap it.
//
// An encrypted backup carries its own wrapped identity, so it can be restored
// with the passphrase alone, even when the workspace it came from is gone.
package vault

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"accountdesk/backend"

	"filippo.io/age"
	"filippo.io/age/armor"
)

// MinPassphraseLength is the shortest passphrase accepted.
const MinPassphraseLength = backend.PassphraseMinLen

// DefaultWorkFactor is age's scrypt work factor (log2 N): about a second here.
const DefaultWorkFactor = 18

// Sealed is what the workspace keeps when a passphrase is set.
type Sealed struct {
	Recipient string `json:"recipient"` // age public key backups are encrypted to
	Wrapped   string `json:"wrapped"`   // the private key, armored, encrypted with the passphrase
}

// IsZero reports whether no passphrase is set.
func (s Sealed) IsZero() bool { return s.Recipient == "" }

// CheckPassphrase validates a new passphrase. Field is "passphrase".
func CheckPassphrase(p string) error {
	if !utf8.ValidString(p) {
		return backend.Invalid("passphrase", "The passphrase contains characters that cannot be used.")
	}
	if utf8.RuneCountInString(p) < MinPassphraseLength {
		return backend.Invalid("passphrase", "Use a passphrase of at least %d characters.", MinPassphraseLength)
	}
	if utf8.RuneCountInString(p) > backend.PassphraseMaxLen {
		return backend.Invalid("passphrase", "Use a passphrase of at most %d characters.", backend.PassphraseMaxLen)
	}
	if strings.TrimSpace(p) != p {
		return backend.Invalid("passphrase", "The passphrase cannot start or end with a space.")
	}
	return nil
}

// Seal creates a new key pair wrapped with passphrase. workFactor 0 means
// DefaultWorkFactor (tests use a small one).
func Seal(passphrase string, workFactor int) (Sealed, error) {
	if err := CheckPassphrase(passphrase); err != nil {
		return Sealed{}, err
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return Sealed{}, fmt.Errorf("generate key: %w", err)
	}
	wrapped, err := wrap(id, passphrase, workFactor)
	if err != nil {
		return Sealed{}, err
	}
	return Sealed{Recipient: id.Recipient().String(), Wrapped: wrapped}, nil
}

// Rewrap keeps the key pair and wraps it with a new passphrase.
func (s Sealed) Rewrap(current, next string, workFactor int) (Sealed, error) {
	id, err := s.Open(current)
	if err != nil {
		return Sealed{}, err
	}
	if err := CheckPassphrase(next); err != nil {
		return Sealed{}, backend.Invalid("newPassphrase", "%s", backend.ErrorMessage(err))
	}
	wrapped, err := wrap(id, next, workFactor)
	if err != nil {
		return Sealed{}, err
	}
	return Sealed{Recipient: s.Recipient, Wrapped: wrapped}, nil
}

func wrap(id *age.X25519Identity, passphrase string, workFactor int) (string, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return "", fmt.Errorf("passphrase recipient: %w", err)
	}
	if workFactor == 0 {
		workFactor = DefaultWorkFactor
	}
	r.SetWorkFactor(workFactor)
	var buf bytes.Buffer
	aw := armor.NewWriter(&buf)
	w, err := age.Encrypt(aw, r)
	if err != nil {
		return "", fmt.Errorf("wrap key: %w", err)
	}
	if _, err := io.WriteString(w, id.String()); err != nil {
		return "", fmt.Errorf("wrap key: %w", err)
	}
	if err := w.Close(); err != nil {
		return "", fmt.Errorf("wrap key: %w", err)
	}
	if err := aw.Close(); err != nil {
		return "", fmt.Errorf("wrap key: %w", err)
	}
	return buf.String(), nil
}

// ErrWrongPassphrase is returned (wrapped in a backend invalid error on the
// "passphrase" field) when the passphrase does not open the key.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// Open unwraps the private key with passphrase.
func (s Sealed) Open(passphrase string) (*age.X25519Identity, error) {
	if s.IsZero() {
		return nil, backend.Errorf(backend.ENOTFOUND, "No appraisals passphrase is set.")
	}
	id, err := unwrap(s.Wrapped, passphrase, 0)
	if err != nil {
		return nil, err
	}
	if id.Recipient().String() != s.Recipient {
		return nil, fmt.Errorf("unwrapped key does not match its public key")
	}
	return id, nil
}

func unwrap(wrapped, passphrase string, maxWorkFactor int) (*age.X25519Identity, error) {
	wrong := fmt.Errorf("%w: %w", backend.Invalid("passphrase", "That passphrase is not right."), ErrWrongPassphrase)
	if passphrase == "" {
		return nil, backend.Invalid("passphrase", "Enter the appraisals passphrase.")
	}
	sid, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, wrong
	}
	// A backup file comes from outside: do not let its header ask for more
	// memory than the work factor AccountDesk writes needs (2^20 × 1 KiB).
	if maxWorkFactor == 0 {
		maxWorkFactor = DefaultWorkFactor + 2
	}
	sid.SetMaxWorkFactor(maxWorkFactor)
	r, err := age.Decrypt(armor.NewReader(strings.NewReader(wrapped)), sid)
	if err != nil {
		var noMatch *age.NoIdentityMatchError
		if errors.As(err, &noMatch) {
			return nil, wrong
		}
		return nil, fmt.Errorf("unwrap key: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(r, 4096))
	if err != nil {
		return nil, fmt.Errorf("unwrap key: %w", err)
	}
	id, err := age.ParseX25519Identity(strings.TrimSpace(string(raw)))
	if err != nil {
		return nil, fmt.Errorf("unwrap key: %w", err)
	}
	return id, nil
}

// magic starts every encrypted backup; the wrapped key follows, then the
// age-encrypted workspace.
const magic = "AccountDesk encrypted backup v1\n"

// IsEncrypted reports whether the file starting with head is an encrypted backup.
func IsEncrypted(head []byte) bool { return bytes.HasPrefix(head, []byte(magic)) }

// MagicLen is how many bytes IsEncrypted needs.
const MagicLen = len(magic)

// EncryptBackup writes plain (a workspace copy) to w, encrypted to s.
func EncryptBackup(w io.Writer, plain io.Reader, s Sealed) error {
	rcp, err := age.ParseX25519Recipient(s.Recipient)
	if err != nil {
		return fmt.Errorf("backup key: %w", err)
	}
	if _, err := io.WriteString(w, magic+s.Wrapped); err != nil {
		return fmt.Errorf("write backup: %w", err)
	}
	ew, err := age.Encrypt(w, rcp)
	if err != nil {
		return fmt.Errorf("encrypt backup: %w", err)
	}
	if _, err := io.Copy(ew, plain); err != nil {
		return fmt.Errorf("encrypt backup: %w", err)
	}
	if err := ew.Close(); err != nil {
		return fmt.Errorf("encrypt backup: %w", err)
	}
	return nil
}

// Key opens an encrypted backup: the passphrase it was written with, or the
// key of a workspace that is unlocked now (Identity, from Open).
type Key struct {
	Passphrase string
	Identity   *age.X25519Identity
	// MaxWorkFactor bounds the scrypt cost a backup's header may ask for;
	// 0 means DefaultWorkFactor+2. Tests that feed many crafted files lower it.
	MaxWorkFactor int
}

// DecryptBackup reads an encrypted backup from r and writes the workspace to
// w. A wrong passphrase is an invalid "passphrase"; a damaged file is an
// invalid "from".
func DecryptBackup(w io.Writer, r io.Reader, key Key) error {
	damaged := backend.Invalid("from", "That file is not an AccountDesk backup, or it is damaged.")
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || !IsEncrypted(head) {
		return damaged
	}
	var wrapped strings.Builder
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return damaged
		}
		wrapped.WriteString(line)
		if strings.HasPrefix(line, armor.Footer) {
			break
		}
		if wrapped.Len() > 16<<10 {
			return damaged
		}
	}
	id := key.Identity
	if id == nil {
		var err error
		if id, err = unwrap(wrapped.String(), key.Passphrase, key.MaxWorkFactor); err != nil {
			if backend.ErrorCode(err) == backend.EINVALID {
				return err
			}
			return fmt.Errorf("%w: %w", damaged, err)
		}
	}
	dr, err := age.Decrypt(br, id)
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) {
		return fmt.Errorf("%w: %w", backend.Invalid("passphrase",
			"That backup was encrypted with another passphrase; enter the passphrase it was made with."), ErrWrongPassphrase)
	} else if err != nil {
		return fmt.Errorf("%w: %w", damaged, err)
	}
	if _, err := io.Copy(w, dr); err != nil {
		return fmt.Errorf("%w: %w", damaged, err)
	}
	return nil
}
