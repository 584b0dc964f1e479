//go:build windows

package app

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

// systemLocale is the computer's locale, for the defaults of settings the
// user never chose (the CSV style): on Windows the user's regional format
// ("de-CH"), which is also where Excel takes its list separator from. The
// environment is not asked: shells such as Git Bash set LANG regardless of
// the region.
func systemLocale(func(string) string) string {
	proc := windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")
	if proc.Find() != nil {
		return ""
	}
	var buf [85]uint16 // LOCALE_NAME_MAX_LENGTH
	n, _, _ := proc.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return windows.UTF16ToString(buf[:])
}
