package vault_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/vault"
)

const testWork = 10 // a fast scrypt for tests

func TestCheckPassphrase(t *testing.T) {
	tests := []struct {
		name, pass string
		ok         bool
	}{
		{"long enough", "correct horse", true},
		{"exactly ten", "0123456789", true},
		{"too short", "short", false},
		{"empty", "", false},
		{"leading space", " correct horse", false},
		{"emoji counts as characters", "🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒", true},
		{"too long", strings.Repeat("x", 1025), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := vault.CheckPassphrase(tt.pass)
			if (err == nil) != tt.ok {
				t.Fatalf("CheckPassphrase(%q) = %v, want ok=%v", tt.pass, err, tt.ok)
			}
			if err != nil && backend.ErrorField(err) != "passphrase" {
				t.Fatalf("field = %q, want passphrase", backend.ErrorField(err))
			}
		})
	}
}

func TestSealOpenRewrap(t *testing.T) {
	s, err := vault.Seal("correct horse battery", testWork)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s.Wrapped, "correct horse") || strings.Contains(s.Wrapped, "AGE-SECRET-KEY") {
		t.Fatal("the wrapped key shows the passphrase or the private key in plain text")
	}
	if _, err := s.Open("correct horse battery"); err != nil {
		t.Fatalf("right passphrase: %v", err)
	}
	_, err = s.Open("wrong horse battery")
	if !errors.Is(err, vault.ErrWrongPassphrase) || backend.ErrorField(err) != "passphrase" {
		t.Fatalf("wrong passphrase: %v", err)
	}
	s2, err := s.Rewrap("correct horse battery", "a new passphrase", testWork)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Recipient != s.Recipient {
		t.Fatal("changing the passphrase must keep the key, so older backups still open")
	}
	if _, err := s2.Open("correct horse battery"); err == nil {
		t.Fatal("old passphrase still opens after a change")
	}
	if _, err := s2.Open("a new passphrase"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Rewrap("wrong", "a new passphrase", testWork); backend.ErrorField(err) != "passphrase" {
		t.Fatalf("rewrap with a wrong current passphrase: %v", err)
	}
	if _, err := s.Rewrap("correct horse battery", "short", testWork); backend.ErrorField(err) != "newPassphrase" {
		t.Fatalf("rewrap with a short new passphrase: %v", err)
	}
}

func TestBackupRoundTrip(t *testing.T) {
	s, err := vault.Seal("correct horse battery", testWork)
	if err != nil {
		t.Fatal(err)
	}
	plain := bytes.Repeat([]byte("SQLite format 3\x00 private manager notes "), 5000)
	var enc bytes.Buffer
	if err := vault.EncryptBackup(&enc, bytes.NewReader(plain), s); err != nil {
		t.Fatal(err)
	}
	if !vault.IsEncrypted(enc.Bytes()) {
		t.Fatal("encrypted backup not recognised")
	}
	if bytes.Contains(enc.Bytes(), []byte("private manager notes")) {
		t.Fatal("the backup shows its content in plain text")
	}
	var out bytes.Buffer
	if err := vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Passphrase: "correct horse battery"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), plain) {
		t.Fatal("decrypted backup differs")
	}
	// A backup written before a passphrase change opens with the new one: the
	// key pair is the same. (Its own copy of the wrapped key still needs the
	// passphrase that was current when it was written.)
	out.Reset()
	err = vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Passphrase: "not the passphrase"})
	if backend.ErrorField(err) != "passphrase" {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// An unlocked workspace opens its own backups without the passphrase,
	// and not another workspace's.
	id, err := s.Open("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Identity: id}); err != nil || !bytes.Equal(out.Bytes(), plain) {
		t.Fatalf("with the unlocked key: %v", err)
	}
	other, _ := vault.Seal("another passphrase", testWork)
	otherID, _ := other.Open("another passphrase")
	out.Reset()
	err = vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Identity: otherID})
	if !errors.Is(err, vault.ErrWrongPassphrase) || backend.ErrorField(err) != "passphrase" {
		t.Fatalf("another workspace's key: %v", err)
	}
	// Damaged files are refused on the "from" field.
	for name, data := range map[string][]byte{
		"plain sqlite": []byte("SQLite format 3\x00"),
		"truncated":    enc.Bytes()[:len(enc.Bytes())/2],
		"empty":        nil,
	} {
		out.Reset()
		err := vault.DecryptBackup(&out, bytes.NewReader(data), vault.Key{Passphrase: "correct horse battery"})
		if backend.ErrorField(err) != "from" {
			t.Errorf("%s: err = %v, want invalid from", name, err)
		}
	}
}

// FuzzDecryptBackup: a backup file is outside input. Whatever its bytes, the
// answer is a clear invalid error (or, for a real backup, the content), never
// a panic or an internal error.
func FuzzDecryptBackup(f *testing.F) {
	s, err := vault.Seal("correct horse battery", testWork)
	if err != nil {
		f.Fatal(err)
	}
	var enc bytes.Buffer
	if err := vault.EncryptBackup(&enc, strings.NewReader("SQLite format 3\x00"), s); err != nil {
		f.Fatal(err)
	}
	f.Add(enc.Bytes())
	f.Add([]byte("AccountDesk encrypted backup v1\n-----BEGIN AGE ENCRYPTED FILE-----\n"))
	f.Add([]byte("SQLite format 3\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		// A header may ask for an expensive scrypt; the cap keeps each input
		// cheap here (the real cap is tested in TestWorkFactorCap).
		err := vault.DecryptBackup(&out, bytes.NewReader(data), vault.Key{Passphrase: "correct horse battery", MaxWorkFactor: testWork})
		if err != nil && backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("code %q for %q: %v", backend.ErrorCode(err), data, err)
		}
	})
}

// A backup whose header asks for a scrypt work factor above the cap is
// refused without running it (shown with a small cap; the default cap is
// DefaultWorkFactor+2, too slow to write in a test).
func TestWorkFactorCap(t *testing.T) {
	s, err := vault.Seal("correct horse battery", testWork+1)
	if err != nil {
		t.Fatal(err)
	}
	var enc bytes.Buffer
	if err := vault.EncryptBackup(&enc, strings.NewReader("SQLite format 3\x00"), s); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Passphrase: "correct horse battery", MaxWorkFactor: testWork})
	if backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("err = %v, want the backup refused", err)
	}
	out.Reset()
	if err := vault.DecryptBackup(&out, bytes.NewReader(enc.Bytes()), vault.Key{Passphrase: "correct horse battery", MaxWorkFactor: testWork + 1}); err != nil {
		t.Fatalf("within the cap: %v", err)
	}
}
