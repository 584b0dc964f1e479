package app

import (
	"context"
	"sync"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"
	"accountdesk/backend/vault"

	"filippo.io/age"
)

// lockIdle is how long the Appraisals section stays open without use.
const lockIdle = 15 * time.Minute

// appraisalsLock is the open/closed state of the Appraisals section in this
// process. While open it holds the unwrapped key (to restore this
// workspace's encrypted backups); the passphrase itself is never kept.
type appraisalsLock struct {
	mu         sync.Mutex
	id         *age.X25519Identity
	openUntil  time.Time
	now        func() time.Time
	workFactor int // 0: vault.DefaultWorkFactor
}

func newAppraisalsLock() *appraisalsLock { return &appraisalsLock{now: time.Now} }

// LockStatus is what the Appraisals and Settings screens show.
type LockStatus struct {
	Enabled     bool `json:"enabled"`     // a passphrase is set
	Unlocked    bool `json:"unlocked"`    // appraisals can be read now
	IdleMinutes int  `json:"idleMinutes"` // it locks again after this long unused
}

func errLocked() error {
	return &backend.Error{Code: backend.ELOCKED, Field: "passphrase",
		Message: "Appraisals are locked. Enter the appraisals passphrase to open them."}
}

// guard returns nil when appraisals may be read or written now, and keeps the
// section open for another idle period.
func (l *appraisalsLock) guard(ctx context.Context, db *sqlite.DB) error {
	sealed, err := db.Vault(ctx)
	if err != nil {
		return err
	}
	if sealed.IsZero() {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.openFor(sealed.Recipient) {
		l.openUntil = l.now().Add(lockIdle)
		return nil
	}
	l.id = nil
	return errLocked()
}

// openFor reports whether the section is open with the key of recipient
// ("" for any key) and not idle too long. The caller holds l.mu.
func (l *appraisalsLock) openFor(recipient string) bool {
	return l.id != nil && (recipient == "" || l.id.Recipient().String() == recipient) && l.now().Before(l.openUntil)
}

func (l *appraisalsLock) status(ctx context.Context, db *sqlite.DB) (LockStatus, error) {
	st := LockStatus{IdleMinutes: int(lockIdle / time.Minute)}
	sealed, err := db.Vault(ctx)
	if err != nil {
		return st, err
	}
	st.Enabled = !sealed.IsZero()
	l.mu.Lock()
	defer l.mu.Unlock()
	st.Unlocked = !st.Enabled || l.openFor(sealed.Recipient)
	return st, nil
}

func (l *appraisalsLock) open(id *age.X25519Identity) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.id = id
	l.openUntil = l.now().Add(lockIdle)
}

func (l *appraisalsLock) close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.id = nil
}

// key is what opens this workspace's encrypted backups now: the unwrapped
// key while the section is open.
func (l *appraisalsLock) key() vault.Key {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.openFor("") {
		return vault.Key{Identity: l.id}
	}
	return vault.Key{}
}

// LockStatus tells whether a passphrase is set and whether appraisals are open.
func (a *AppraisalsAPI) LockStatus() (LockStatus, error) { return a.lock.status(a.ctx(), a.db) }

// Unlock opens the Appraisals section with the passphrase.
func (a *AppraisalsAPI) Unlock(passphrase string) (LockStatus, error) {
	ctx := a.ctx()
	sealed, err := a.db.Vault(ctx)
	if err != nil {
		return LockStatus{}, err
	}
	if sealed.IsZero() {
		return a.lock.status(ctx, a.db)
	}
	id, err := sealed.Open(passphrase)
	if err != nil {
		return LockStatus{}, err
	}
	a.lock.open(id)
	return a.lock.status(ctx, a.db)
}

// LockNow closes the Appraisals section until the passphrase is entered again.
func (a *AppraisalsAPI) LockNow() (LockStatus, error) {
	a.lock.close()
	return a.lock.status(a.ctx(), a.db)
}

// SetPassphrase sets the appraisals passphrase, or changes it (current is the
// passphrase now). From then on appraisals need it, and backups are encrypted.
func (a *AppraisalsAPI) SetPassphrase(current, next string) (LockStatus, error) {
	ctx := a.ctx()
	sealed, err := a.db.Vault(ctx)
	if err != nil {
		return LockStatus{}, err
	}
	if sealed.IsZero() {
		if err := vault.CheckPassphrase(next); err != nil {
			return LockStatus{}, backend.Invalid("newPassphrase", "%s", backend.ErrorMessage(err))
		}
		sealed, err = vault.Seal(next, a.lock.workFactor)
	} else {
		sealed, err = sealed.Rewrap(current, next, a.lock.workFactor)
	}
	if err != nil {
		return LockStatus{}, err
	}
	if err := a.db.SetVault(ctx, sealed); err != nil {
		return LockStatus{}, err
	}
	id, err := sealed.Open(next)
	if err != nil {
		return LockStatus{}, err
	}
	a.lock.open(id)
	return a.lock.status(ctx, a.db)
}

// RemovePassphrase removes the lock (the current passphrase is needed).
// Backups written from then on are not encrypted; older ones still need it.
func (a *AppraisalsAPI) RemovePassphrase(current string) (LockStatus, error) {
	ctx := a.ctx()
	sealed, err := a.db.Vault(ctx)
	if err != nil {
		return LockStatus{}, err
	}
	if sealed.IsZero() {
		return a.lock.status(ctx, a.db)
	}
	if _, err := sealed.Open(current); err != nil {
		return LockStatus{}, err
	}
	if err := a.db.SetVault(ctx, vault.Sealed{}); err != nil {
		return LockStatus{}, err
	}
	a.lock.close()
	return a.lock.status(ctx, a.db)
}
