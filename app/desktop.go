package app

import (
	"context"
	"fmt"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/sqlite"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// desktop is the Wails window around one open workspace.
type desktop struct {
	ctx     context.Context
	s       *session
	version string
	guard   *closeGuard
}

func (d *desktop) context() context.Context { return d.ctx }

func cmdDesktop(ctx context.Context, env Env, args []string) error {
	fs := newFlags("accountdesk")
	ws := fs.String("workspace", "", "workspace file")
	if err := parse(fs, args); err != nil {
		return err
	}
	path, err := workspacePath(env, *ws)
	if err != nil {
		return err
	}
	if bindingsBuild {
		// `wails generate module` runs the app only to read the bound methods.
		path = bindingsWorkspace()
	}
	s, err := openSession(ctx, env, path, devBuild)
	if err != nil {
		return err
	}
	defer s.Close()
	autoBackup(ctx, s)
	ensureDirector(ctx, s)
	d := &desktop{ctx: ctx, s: s, version: env.Version}
	d.guard = &closeGuard{ask: askFrontEnd, confirm: confirmQuit, quit: runtime.Quit, wait: flushWait}
	s.pickFolder = func(title string) (string, error) {
		return runtime.OpenDirectoryDialog(d.ctx, runtime.OpenDialogOptions{Title: title, CanCreateDirectories: true})
	}

	win, haveWin, err := s.db.WindowState(ctx)
	if err != nil || !haveWin || win.Width < 800 || win.Height < 500 {
		win = backend.WindowState{Width: 1280, Height: 820}
	}
	settings, err := s.db.Settings(ctx)
	if err != nil {
		return err
	}

	err = wails.Run(&options.App{
		Title:            title(settings.AgencyName),
		Width:            win.Width,
		Height:           win.Height,
		MinWidth:         960,
		MinHeight:        600,
		WindowStartState: startState(win),
		AssetServer:      &assetserver.Options{Assets: env.Assets},
		Menu:             d.menu(),
		Logger:           wailsLogger{log: s.log},
		LogLevel:         logger.INFO,
		// Wails logs bound-method calls with their arguments at debug level;
		// production stays at warning so user text never reaches the log.
		LogLevelProduction: logger.WARNING,
		OnStartup: func(wctx context.Context) {
			d.ctx = wctx
			if haveWin && !win.Maximised {
				runtime.WindowSetPosition(wctx, win.X, win.Y)
			}
		},
		OnBeforeClose:  d.beforeClose,
		ErrorFormatter: d.formatError,
		Bind:           apis(d.context, s, env.Version),
		Linux: &linux.Options{Icon: env.Icon, ProgramName: "accountdesk",
			// Wails' own default when no Linux options are given (its issue
			// #2977: blank or crashing windows with some GPU drivers). The zero
			// value, on demand, lets WebKitGTK composite through OpenGL (in
			// software, Mesa's llvmpipe, where there is no GPU): measured
			// under Xvfb, ~0.9 s slower to paint and ~100 MB more memory, for
			// tables and bars that do not need it (docs/performance.md).
			WebviewGpuPolicy: linux.WebviewGpuPolicyNever},
	})
	if err != nil {
		return fmt.Errorf("desktop window: %w", err)
	}
	return nil
}

func title(agency string) string {
	if agency == "" {
		return "AccountDesk"
	}
	return agency + " — AccountDesk"
}

func startState(w backend.WindowState) options.WindowStartState {
	if w.Maximised {
		return options.Maximised
	}
	return options.Normal
}

// formatError gives the front end {code, message, field}, the same shape as
// the HTTP mode, and logs only internal errors.
func (d *desktop) formatError(err error) any {
	backend.LogInternal(d.s.log, err, "bound call")
	return backend.Public(err)
}

// beforeClose holds the close back until the front end has saved what was
// typed last (closeGuard), then keeps the window's size and place.
func (d *desktop) beforeClose(ctx context.Context) bool {
	if d.guard.beforeClose(ctx) {
		return true
	}
	return d.saveWindow(ctx)
}

func (d *desktop) saveWindow(ctx context.Context) bool {
	w := backend.WindowState{Maximised: runtime.WindowIsMaximised(ctx)}
	if !w.Maximised {
		w.Width, w.Height = runtime.WindowGetSize(ctx)
		w.X, w.Y = runtime.WindowGetPosition(ctx)
	} else if old, ok, err := d.s.db.WindowState(ctx); err == nil && ok {
		w.Width, w.Height, w.X, w.Y = old.Width, old.Height, old.X, old.Y
	}
	if err := d.s.db.SaveWindowState(context.Background(), w); err != nil {
		backend.LogInternal(d.s.log, err, "save window state")
	}
	return false
}

func (d *desktop) menu() *menu.Menu {
	m := menu.NewMenu()
	file := m.AddSubmenu("File")
	file.AddText("Back Up Workspace…", keys.CmdOrCtrl("b"), func(*menu.CallbackData) { d.backup() })
	file.AddText("Restore from Backup…", nil, func(*menu.CallbackData) { d.restore() })
	file.AddSeparator()
	file.AddText("Quit", keys.CmdOrCtrl("q"), func(*menu.CallbackData) { runtime.Quit(d.ctx) })
	m.Append(menu.EditMenu())
	help := m.AddSubmenu("Help")
	help.AddText("About AccountDesk", nil, func(*menu.CallbackData) { d.about() })
	return m
}

func (d *desktop) backup() {
	name := fmt.Sprintf("AccountDesk backup %s.db", time.Now().Format("2006-01-02"))
	dest, err := runtime.SaveFileDialog(d.ctx, runtime.SaveDialogOptions{
		Title: "Back up workspace", DefaultFilename: name,
		Filters: []runtime.FileFilter{{DisplayName: "AccountDesk workspace (*.db)", Pattern: "*.db"}},
	})
	if err != nil || dest == "" {
		return
	}
	if err := d.s.db.Backup(d.ctx, dest); err != nil {
		backend.LogInternal(d.s.log, err, "backup")
		d.message(runtime.ErrorDialog, "Backup failed", backend.ErrorMessage(err))
		return
	}
	d.s.log.Info().Msg("backup written")
	d.message(runtime.InfoDialog, "Backup saved", "The workspace was saved to "+dest)
}

func (d *desktop) restore() {
	from, err := runtime.OpenFileDialog(d.ctx, runtime.OpenDialogOptions{
		Title:   "Restore from backup",
		Filters: []runtime.FileFilter{{DisplayName: "AccountDesk workspace (*.db)", Pattern: "*.db"}},
	})
	if err != nil || from == "" {
		return
	}
	answer, err := runtime.MessageDialog(d.ctx, runtime.MessageDialogOptions{
		Type:          runtime.QuestionDialog,
		Title:         "Replace the workspace?",
		Message:       "Everything in the open workspace will be replaced by the backup. A copy of the current workspace is kept in the backups folder first.",
		Buttons:       []string{"Restore", "Cancel"},
		DefaultButton: "Cancel", CancelButton: "Cancel",
	})
	if err != nil || (answer != "Restore" && answer != "Yes") {
		return
	}
	// An encrypted backup of this workspace opens with the key of the
	// unlocked Appraisals section; the passphrase is not asked here.
	key := d.s.lock.key()
	if sqlite.BackupIsEncrypted(from) && key.Identity == nil {
		d.message(runtime.ErrorDialog, "Restore needs the passphrase",
			"This backup is encrypted. Open Appraisals and enter the appraisals passphrase, then restore again.")
		return
	}
	if err := d.s.db.Restore(d.ctx, from, key); err != nil {
		backend.LogInternal(d.s.log, err, "restore")
		d.message(runtime.ErrorDialog, "Restore failed", backend.ErrorMessage(err))
		return
	}
	d.s.log.Info().Msg("workspace restored")
	runtime.WindowReloadApp(d.ctx)
}

func (d *desktop) about() {
	d.message(runtime.InfoDialog, "About AccountDesk",
		fmt.Sprintf("AccountDesk %s\nAccount plans, team, appraisals and onboarding for account directors.\n\nWorkspace: %s\nLog: %s", d.version, d.s.db.Path(), d.s.logPath))
}

func (d *desktop) message(kind runtime.DialogType, title, msg string) {
	_, _ = runtime.MessageDialog(d.ctx, runtime.MessageDialogOptions{Type: kind, Title: title, Message: msg})
}
