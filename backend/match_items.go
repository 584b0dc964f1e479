package backend

// MatchItems pairs the items of a list before and after a change — the one
// matching rule behind comparing two plan versions and "what changed since the
// last export". Items pair by key where both have one (a renamed objective is
// the same objective); any other item pairs by title with an unpaired item
// of before that has no key, in order (the second "Brand refresh" matches the
// second; an item that gained a key finds its keyless self). It calls both for each pair and
// added for each new item, in after's order, then removed for each item of
// before left unpaired, in before's order.
func MatchItems[T any](before, after []T, key, title func(T) string, both func(i, j int), added func(j int), removed func(i int)) {
	used := make([]bool, len(before))
	byKey := map[string]int{}
	for i, it := range before {
		if k := key(it); k != "" {
			if _, dup := byKey[k]; !dup {
				byKey[k] = i
			}
		}
	}
	for j, it := range after {
		found := -1
		if k := key(it); k != "" {
			if i, ok := byKey[k]; ok && !used[i] {
				found = i
			}
		}
		if found < 0 {
			t := title(it)
			for i, b := range before {
				if !used[i] && key(b) == "" && title(b) == t {
					found = i
					break
				}
			}
		}
		if found < 0 {
			added(j)
			continue
		}
		used[found] = true
		both(found, j)
	}
	for i := range before {
		if !used[i] {
			removed(i)
		}
	}
}
