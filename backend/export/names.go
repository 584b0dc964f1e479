package export

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits of a slug: enough for any real account name, and short enough that
// "<slug>-plan-<period>-opportunities.csv" and its temporary upload name stay
// well inside the 255 bytes every file system and WebDAV server allows.
const (
	maxSlugRunes = 60
	maxSlugBytes = 150
)

// Slug makes the readable part of a file name from what a user typed, in
// lower case: Latin letters lose their accents ("Crème Brûlée & Co" →
// "creme-brulee-co", "Straße" → "strasse", "Łódź" → "lodz"), Cyrillic and
// Greek are transliterated with the passport (ICAO 9303) and ELOT 743
// tables ("Сбербанк" → "sberbank", "Αθήνα" → "athina"), and scripts without
// one standard Latin spelling keep their own letters in NFC ("東京ガス" →
// "東京ガス"). Compatibility forms count as the letters they stand for
// (NFKC: "ℂ" is "c", full-width "Ｔ" is "t"). Anything else becomes a single dash. It returns "" when
// nothing readable is left (only emoji or punctuation): callers fall back to
// something stable, see UniqueSlugs.
func Slug(s string) string {
	var b strings.Builder
	dash, keptMarks := false, false
	put := func(part string) {
		if part == "" {
			return
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(part)
	}
	// NFKC first: letter-like symbols, full-width forms, ligatures and
	// mathematical letters are the letters they look like ("ⅅ" → "d",
	// "Ｔｏｋｙｏ" → "tokyo", "ﬁ" → "fi").
	for _, r := range norm.NFKC.String(s) {
		lr := unicode.ToLower(r)
		switch {
		case unicode.IsUpper(lr):
			// A capital with no lower case (rare): not a safe file name letter.
			dash = true
		case r < utf8.RuneSelf:
			if 'a' <= lr && lr <= 'z' || '0' <= lr && lr <= '9' {
				put(string(lr))
				keptMarks = false
			} else {
				dash = true
			}
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			put(latinToASCII(lr))
			keptMarks = false
		case unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r):
			if t, ok := cyrillic[lr]; ok {
				if t != "" {
					put(t)
				}
			} else {
				put(string(lr))
			}
			keptMarks = false
		case unicode.Is(unicode.Greek, r) && unicode.IsLetter(r):
			put(greekToLatin(lr))
			keptMarks = false
		case unicode.IsMark(r):
			// A mark belongs to the letter before it: kept after a letter of
			// a script that keeps its letters (Devanagari vowel signs, Arabic
			// harakat), dropped after a transliterated one.
			if keptMarks && !dash {
				b.WriteRune(r)
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			put(string(lr))
			keptMarks = true
		default:
			dash = true
		}
	}
	return clip(norm.NFC.String(b.String()))
}

// clip cuts a slug to its limits at a letter boundary (never between a
// letter and its marks) and drops a trailing dash.
func clip(s string) string {
	runes, cut, base := 0, 0, 0
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		if !unicode.IsMark(r) {
			if runes == maxSlugRunes || end > maxSlugBytes {
				break
			}
			runes, base = runes+1, i
		} else if end > maxSlugBytes {
			cut = base // the letter goes with the mark that does not fit
			break
		}
		cut = end
	}
	return strings.Trim(s[:cut], "-")
}

// latinToASCII spells one lower-case Latin letter in ASCII: accents go
// (NFD, marks dropped) and the letters that do not decompose get their usual
// spelling (ß → ss, ł → l, ø → o, æ → ae …).
func latinToASCII(r rune) string {
	if t, ok := latinSpecial[r]; ok {
		return t
	}
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) { // NFKD: also ﬁ → fi, ａ → a
		if d < utf8.RuneSelf && (unicode.IsLetter(d) || unicode.IsDigit(d)) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

var latinSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th",
	'ħ': "h", 'ı': "i", 'ŋ': "n", 'ĸ': "k", 'ſ': "s", 'ŧ': "t", 'ƒ': "f", 'ª': "a", 'º': "o",
}

// cyrillic is ICAO Doc 9303's transliteration (the one on Russian,
// Ukrainian and Belarusian passports), with the Serbian and Macedonian
// letters it also covers. A letter it has no entry for keeps its own form.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "ie", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "iu", 'я': "ia", 'і': "i", 'ї': "i", 'є': "ie", 'ґ': "g", 'ў': "u",
	'ђ': "d", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
}

// greekToLatin is ELOT 743 (ISO 843) letter by letter; accents and
// diaeresis go first.
func greekToLatin(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if t, ok := greek[d]; ok {
			b.WriteString(t)
		}
	}
	return b.String()
}

var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// Named is something a file is named after: an account, a review cycle.
type Named struct {
	ID   int64
	Name string
}

// UniqueSlugs gives every item a slug no other item has, the same every
// time for the same set of items: the item with the lowest id keeps the
// plain slug and the others with the same one get their id added
// ("cafe-noir", "cafe-noir-17"), so adding an item never renames an existing
// one. An item with nothing readable in its name is named fallback-<id>.
// Pass the whole set (every account of the workspace, not only those being
// exported) so the names do not depend on what else is exported.
func UniqueSlugs(items []Named, fallback string) map[int64]string {
	sorted := append([]Named(nil), items...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	out := make(map[int64]string, len(items))
	taken := make(map[string]bool, len(items))
	for _, it := range sorted {
		id := strconv.FormatInt(it.ID, 10)
		base := Slug(it.Name)
		if base == "" {
			base = fallback + "-" + id
		}
		name := base
		for taken[name] {
			name += "-" + id
		}
		taken[name] = true
		out[it.ID] = name
	}
	return out
}

// slugOr is Slug with a fallback for names with nothing readable in them.
func slugOr(s, fallback string) string {
	if out := Slug(s); out != "" {
		return out
	}
	return fallback
}
