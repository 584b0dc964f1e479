package sqlite_test

import (
	"context"
	"testing"

	"accountdesk/backend"
)

func TestSettings(t *testing.T) {
	ctx := context.Background()

	t.Run("OK defaults before anything is saved", func(t *testing.T) {
		got, err := MustOpenDB(t).Settings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != backend.DefaultSettings() {
			t.Fatalf("settings = %+v, want defaults", got)
		}
	})

	t.Run("OK update is normalised and kept", func(t *testing.T) {
		db := MustOpenDB(t)
		in := backend.Settings{AgencyName: "  Brightline  ", Currency: "eur", FiscalYearStartMonth: 4, QBRThresholdMinor: 250_000_00, Theme: "dark"}
		saved, err := db.UpdateSettings(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		want := backend.Settings{AgencyName: "Brightline", Currency: "EUR", FiscalYearStartMonth: 4, QBRThresholdMinor: 250_000_00, Theme: "dark"}
		if saved != want {
			t.Fatalf("saved = %+v, want %+v", saved, want)
		}
		if got, _ := db.Settings(ctx); got != want {
			t.Fatalf("read back = %+v, want %+v", got, want)
		}
	})

	t.Run("ErrInvalidThresholdChangesNothing", func(t *testing.T) {
		db := MustOpenDB(t)
		good := backend.DefaultSettings()
		good.AgencyName = "Before"
		if _, err := db.UpdateSettings(ctx, good); err != nil {
			t.Fatal(err)
		}
		bad := good
		bad.AgencyName = "After"
		bad.QBRThresholdMinor = 0
		_, err := db.UpdateSettings(ctx, bad)
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "qbrThresholdMinor" {
			t.Fatalf("err = %v, want invalid on qbrThresholdMinor", err)
		}
		if got, _ := db.Settings(ctx); got != good {
			t.Fatalf("a refused update changed the settings: %+v", got)
		}
	})

	t.Run("OK window state remembered", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, ok, err := db.WindowState(ctx); err != nil || ok {
			t.Fatalf("a new workspace has no window state: ok=%v err=%v", ok, err)
		}
		w := backend.WindowState{Width: 1400, Height: 900, X: 30, Y: 40}
		if err := db.SaveWindowState(ctx, w); err != nil {
			t.Fatal(err)
		}
		got, ok, err := db.WindowState(ctx)
		if err != nil || !ok || got != w {
			t.Fatalf("window state = %+v ok=%v err=%v", got, ok, err)
		}
	})
}
