//go:build !windows && !darwin

package app

// systemLocale is the computer's locale, for the defaults of settings the
// user never chose (the CSV style): the environment's on Linux and BSD.
func systemLocale(getenv func(string) string) string { return envLocale(getenv) }
