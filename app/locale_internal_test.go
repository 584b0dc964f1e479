package app

import "testing"

func TestEnvLocale(t *testing.T) {
	scenarios := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"OK nothing set", nil, ""},
		{"OK LANG", map[string]string{"LANG": "de_DE.UTF-8"}, "de_DE.UTF-8"},
		{"OK LC_NUMERIC decides numbers over LANG", map[string]string{"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_CH.UTF-8"}, "de_CH.UTF-8"},
		{"OK LC_ALL over everything", map[string]string{"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_CH.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr_FR.UTF-8"},
		{"OK other categories do not count", map[string]string{"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"}, "en_GB.UTF-8"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := envLocale(func(k string) string { return sc.env[k] }); got != sc.want {
				t.Errorf("envLocale = %q, want %q", got, sc.want)
			}
		})
	}
}
