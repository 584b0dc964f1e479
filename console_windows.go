//go:build windows

package main

import (
	"os"
	"syscall"
)

// attachConsole makes the command line print on Windows. The exe is built for
// the GUI subsystem (no console window behind the desktop app), so a command
// run from cmd or PowerShell attaches to that console and writes to it.
func attachConsole() {
	if len(os.Args) < 2 || os.Args[1] == "" || os.Args[1][0] == '-' {
		return // the desktop window needs no console
	}
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started without a console (e.g. from Explorer)
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
