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
		want := backend.DefaultSettings()
		want.CSVStyle = backend.CSVExcel // no locale known: Excel in English
		if got != want {
			t.Fatalf("settings = %+v, want defaults", got)
		}
	})

	t.Run("OK the CSV style nobody chose follows the computer's locale", func(t *testing.T) {
		db := MustOpenDB(t)
		db.SetLocale("de_DE.UTF-8")
		got, err := db.Settings(ctx)
		if err != nil || got.CSVStyle != backend.CSVExcelSemicolon {
			t.Fatalf("CSV style = %q (err %v), want %q on a German computer", got.CSVStyle, err, backend.CSVExcelSemicolon)
		}
		// Settings saved by an older version (or a caller) without a style
		// keep following the computer.
		s := backend.DefaultSettings()
		s.AgencyName = "Brightline"
		saved, err := db.UpdateSettings(ctx, s)
		if err != nil || saved.CSVStyle != backend.CSVExcelSemicolon {
			t.Fatalf("saved CSV style = %q (err %v)", saved.CSVStyle, err)
		}
		db.SetLocale("de_CH.UTF-8")
		if got, _ := db.Settings(ctx); got.CSVStyle != backend.CSVExcelSemicolonPoint {
			t.Fatalf("CSV style on a Swiss computer = %q", got.CSVStyle)
		}
	})

	t.Run("OK a chosen CSV style is kept whatever the computer", func(t *testing.T) {
		db := MustOpenDB(t)
		db.SetLocale("fr_FR.UTF-8")
		s := backend.DefaultSettings()
		s.CSVStyle = backend.CSVPlain
		if _, err := db.UpdateSettings(ctx, s); err != nil {
			t.Fatal(err)
		}
		db.SetLocale("en_US.UTF-8")
		if got, _ := db.Settings(ctx); got.CSVStyle != backend.CSVPlain {
			t.Fatalf("CSV style = %q, want the chosen %q", got.CSVStyle, backend.CSVPlain)
		}
	})

	t.Run("ErrUnknownCSVStyle", func(t *testing.T) {
		db := MustOpenDB(t)
		s := backend.DefaultSettings()
		s.CSVStyle = "tab-separated"
		_, err := db.UpdateSettings(ctx, s)
		if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != "csvStyle" {
			t.Fatalf("err = %v, want invalid on csvStyle", err)
		}
	})

	t.Run("OK update is normalised and kept", func(t *testing.T) {
		db := MustOpenDB(t)
		in := backend.Settings{AgencyName: "  Brightline  ", Currency: "eur", FiscalYearStartMonth: 4, QBRThresholdMinor: 250_000_00, Theme: "dark"}
		saved, err := db.UpdateSettings(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		want := backend.Settings{AgencyName: "Brightline", Currency: "EUR", FiscalYearStartMonth: 4, QBRThresholdMinor: 250_000_00, Theme: "dark", CSVStyle: backend.CSVExcel}
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
		good.CSVStyle = backend.CSVExcel
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
