package backend_test

import (
	"fmt"
	"slices"
	"testing"

	"accountdesk/backend"
)

func TestMatchItems(t *testing.T) {
	type item struct{ key, title string }
	run := func(before, after []item) []string {
		var out []string
		backend.MatchItems(before, after, func(i item) string { return i.key }, func(i item) string { return i.title },
			func(i, j int) { out = append(out, fmt.Sprintf("%d=%d", i, j)) },
			func(j int) { out = append(out, fmt.Sprintf("+%d", j)) },
			func(i int) { out = append(out, fmt.Sprintf("-%d", i)) })
		return out
	}
	for _, c := range []struct {
		name          string
		before, after []item
		want          []string
	}{
		{"a renamed item with a key is the same item", []item{{"k1", "Grow"}}, []item{{"k1", "Grow share"}}, []string{"0=0"}},
		{"keys win over titles", []item{{"k1", "A"}, {"k2", "B"}}, []item{{"k2", "A"}, {"k1", "B"}}, []string{"1=0", "0=1"}},
		{"without keys, titles pair in order", []item{{"", "Brand refresh"}, {"", "Brand refresh"}, {"", "Old"}},
			[]item{{"", "Brand refresh"}, {"", "New"}, {"", "Brand refresh"}}, []string{"0=0", "+1", "1=2", "-2"}},
		{"an item that gained a key pairs with its keyless self by title", []item{{"", "X"}}, []item{{"k9", "X"}}, []string{"0=0"}},
		{"nothing before", nil, []item{{"", "A"}}, []string{"+0"}},
		{"nothing after", []item{{"k", "A"}}, nil, []string{"-0"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := run(c.before, c.after); !slices.Equal(got, c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
}
