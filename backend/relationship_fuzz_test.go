package backend_test

import (
	"testing"

	"accountdesk/backend"
)

// FuzzRelationsValidate: whatever a client sends (ids, strengths, an
// existing chart with loops of its own), Validate never panics, answers
// invalid or not found rather than anything else, and a reports-to it
// accepts never closes a loop through the person saved.
func FuzzRelationsValidate(f *testing.F) {
	f.Add(int64(1), int64(2), int64(0), false, int64(3), "high", []byte{2, 1, 3, 2})
	f.Add(int64(1), int64(1), int64(1), true, int64(1), "", []byte{})
	f.Add(int64(4), int64(3), int64(5), true, int64(-1), "medium", []byte{1, 4, 4, 1, 5, 5})
	f.Fuzz(func(t *testing.T, self, boss, replaced int64, left bool, influenced int64, strength string, chart []byte) {
		acc := backend.AccountPeople{Names: map[int64]string{}, ReportsTo: map[int64]int64{}}
		for id := int64(1); id <= 6; id++ {
			acc.Names[id] = string(rune('A' + id))
		}
		for i := 0; i+1 < len(chart) && i < 24; i += 2 {
			acc.ReportsTo[int64(chart[i]%8)] = int64(chart[i+1] % 8) // may point outside, at themselves, or loop
		}
		r := backend.Relations{StakeholderID: self, ReportsToID: boss, Left: left, ReplacedByID: replaced,
			Influences: []backend.Influence{{StakeholderID: influenced, Strength: strength}}}
		err := r.Validate(acc)
		if err != nil {
			if c := backend.ErrorCode(err); c != backend.EINVALID && c != backend.ENOTFOUND {
				t.Fatalf("code %q for %+v: %v", c, r, err)
			}
			if backend.ErrorMessage(err) == "" {
				t.Fatal("an error without words for the user")
			}
			return
		}
		acc.ReportsTo[self] = boss
		seen := map[int64]bool{}
		for at := boss; at != 0 && !seen[at]; at = acc.ReportsTo[at] {
			if at == self {
				t.Fatalf("accepted %d → %d, which loops back through %v", self, boss, acc.ReportsTo)
			}
			seen[at] = true
		}
	})
}
