package app

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"accountdesk/backend"
	"accountdesk/backend/export"

	"github.com/zalando/go-keyring"
)

// keyringService names AccountDesk's entries in the system keyring (Secret
// Service on Linux, Keychain on macOS, Credential Manager on Windows).
const keyringService = "AccountDesk export destinations"

// keyringAccount is the keyring's account for a destination and user.
func keyringAccount(destination, user string) string { return user + " @ " + destination }

// savedPassword returns the password remembered for a destination and user,
// or "" when there is none (or no keyring).
func savedPassword(destination, user string) string {
	if user == "" {
		return ""
	}
	pw, err := keyring.Get(keyringService, keyringAccount(strings.TrimSpace(destination), user))
	if err != nil {
		return ""
	}
	return pw
}

// open is where the target points, with a password remembered in the
// system keyring when none was typed.
func (t ExportTarget) open(client *http.Client) (export.Destination, error) {
	if t.Password == "" {
		t.Password = savedPassword(t.Destination, t.User)
	}
	return export.NewDestination(t.Destination, t.User, t.Password, client)
}

// Places returns the saved export destinations.
func (a *ExportsAPI) Places() ([]backend.ExportPlace, error) { return a.db.ExportPlaces(a.ctx()) }

// SavePlace saves (or replaces, by name) an export destination. With a
// password, it goes into the system keyring, never into the workspace; when
// there is no keyring to use, nothing is saved and the answer says so.
func (a *ExportsAPI) SavePlace(p backend.ExportPlace, password string) ([]backend.ExportPlace, error) {
	ctx := a.ctx()
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if _, err := export.NewDestination(p.Destination, p.User, "", nil); err != nil {
		return nil, backend.Invalid("destination", "%s", backend.ErrorMessage(err))
	}
	places, err := a.db.ExportPlaces(ctx)
	if err != nil {
		return nil, err
	}
	p.PasswordSaved = false
	if password != "" {
		if p.User == "" {
			return nil, backend.Invalid("user", "Enter the user name the password belongs to.")
		}
		if err := keyring.Set(keyringService, keyringAccount(p.Destination, p.User), password); err != nil {
			return nil, backend.Errorf(backend.EUNAVAILABLE, "This computer has no keyring AccountDesk can use, so the password cannot be remembered. Save the place without it; the password is then asked for each time.")
		}
		p.PasswordSaved = true
	} else if savedPassword(p.Destination, p.User) != "" {
		p.PasswordSaved = true // remembered earlier for the same share and user
	}
	places = slices.DeleteFunc(places, func(x backend.ExportPlace) bool { return strings.EqualFold(x.Name, p.Name) })
	places = append(places, p)
	slices.SortFunc(places, func(x, y backend.ExportPlace) int {
		return strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name))
	})
	if err := a.db.SaveExportPlaces(ctx, places); err != nil {
		return nil, err
	}
	return places, nil
}

// DeletePlace forgets a saved destination and its remembered password.
func (a *ExportsAPI) DeletePlace(name string) ([]backend.ExportPlace, error) {
	ctx := a.ctx()
	places, err := a.db.ExportPlaces(ctx)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(places, func(x backend.ExportPlace) bool { return x.Name == name })
	if i < 0 {
		return nil, backend.Errorf(backend.ENOTFOUND, "That saved place no longer exists.")
	}
	gone := places[i]
	places = slices.Delete(places, i, i+1)
	if err := a.db.SaveExportPlaces(ctx, places); err != nil {
		return nil, err
	}
	if gone.User != "" && !slices.ContainsFunc(places, func(x backend.ExportPlace) bool { return x.Destination == gone.Destination && x.User == gone.User }) {
		if err := keyring.Delete(keyringService, keyringAccount(gone.Destination, gone.User)); err != nil && !errors.Is(err, keyring.ErrNotFound) {
			return places, backend.Errorf(backend.EUNAVAILABLE, "The place was removed, but its password could not be removed from the system keyring.")
		}
	}
	return places, nil
}
