package app

// envLocale is the locale the environment formats numbers in: LC_ALL, then
// LC_NUMERIC, then LANG (POSIX precedence), "" when none is set.
func envLocale(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_NUMERIC", "LANG"} {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return ""
}
