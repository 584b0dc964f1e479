package importer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// legalSuffixes are the words a company's legal form adds to its name, in any
// of the languages agencies' clients register in. They are dropped from the
// end of a name before names are compared.
var legalSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true, "llp": true, "lp": true,
	"plc": true, "corp": true, "corporation": true, "co": true, "company": true, "cie": true,
	"gmbh": true, "ag": true, "kg": true, "kgaa": true, "ug": true, "ev": true, "mbh": true,
	"sa": true, "sas": true, "sarl": true, "sasu": true, "srl": true, "spa": true, "sl": true, "sau": true,
	"bv": true, "nv": true, "oy": true, "oyj": true, "ab": true, "as": true, "asa": true, "aps": true,
	"pty": true, "pte": true, "kk": true, "ltda": true, "sro": true, "zoo": true, "sp": true,
	"and": true, // what is left of "& Co." once "co" is gone
}

// NormalName is the form of a company name that matching compares: accents,
// case, punctuation, "&"/"and" and the legal form dropped, so "ACME Inc." and
// "Acme Inc" and "Acmé, Inc" are the same. It is "" only for a name with no
// letters or digits.
func NormalName(name string) string {
	tokens := foldTokens(strings.ReplaceAll(name, "&", " and "))
	tokens = joinInitials(tokens)
	for len(tokens) > 1 && legalSuffixes[tokens[len(tokens)-1]] {
		tokens = tokens[:len(tokens)-1]
	}
	if len(tokens) > 1 && tokens[0] == "the" {
		tokens = tokens[1:]
	}
	return strings.Join(tokens, " ")
}

// NormalPerson is the form of a person's name that matching compares: accents,
// case and punctuation dropped.
func NormalPerson(name string) string { return strings.Join(foldTokens(name), " ") }

// foldTokens lower-cases s, strips accents and splits it into words of
// letters and digits.
func foldTokens(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.':
			// "O'Neil" and "Co." are one word; "A.C.M.E." becomes initials below.
			if r == '.' {
				b.WriteRune(' ')
			}
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Fields(b.String())
}

// joinInitials turns runs of single letters ("a c m e") into one word.
func joinInitials(tokens []string) []string {
	out := tokens[:0:0]
	run := ""
	for _, t := range tokens {
		if len([]rune(t)) == 1 {
			run += t
			continue
		}
		if run != "" {
			out, run = append(out, run), ""
		}
		out = append(out, t)
	}
	if run != "" {
		out = append(out, run)
	}
	return out
}

// NearName reports whether two normalised names are different but close
// enough that merging them might be right and might be wrong: one or two
// letters apart, the same letters spaced differently, or one name's words
// all found in the other ("acme" and "acme foods"). Such a match is never
// merged without the user.
func NearName(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	if strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "") {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	shorter := min(len(ra), len(rb))
	if d := distance(ra, rb); (d == 1 && shorter >= 3) || (d == 2 && shorter >= 6) {
		return true
	}
	return wordsWithin(a, b) || wordsWithin(b, a)
}

// wordsWithin reports whether every word of short is a word of long and
// short has at least one word of three letters or more.
func wordsWithin(short, long string) bool {
	words := strings.Fields(long)
	substantial := false
	for _, w := range strings.Fields(short) {
		found := false
		for _, l := range words {
			if l == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		substantial = substantial || len([]rune(w)) >= 3
	}
	return substantial
}

// distance is the Levenshtein distance between a and b.
func distance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// foldHeader is the form of a column header that recognition compares:
// letters and digits only, lower case, accents dropped ("Deal-Phase" and
// "deal phase" are "dealphase").
func foldHeader(h string) string {
	return strings.Join(foldTokens(strings.TrimPrefix(h, "\ufeff")), "")
}
