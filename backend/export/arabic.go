package export

import "unicode"

// Arabic letters join: each takes an isolated, final, initial or medial
// shape by its neighbours. fpdf draws characters as they come, so the
// documents choose the shapes themselves from Unicode's presentation forms
// (which DejaVu Sans has), the way the Unicode standard's joining rules
// (ArabicShaping.txt) describe; lam followed by alef becomes the lam-alef
// ligature. Letters without presentation forms are left as they are.

// arabicForms are a letter's presentation forms: isolated, final, initial,
// medial. A right-joining letter (alef, dal, ra, waw…) has no initial or
// medial form (0).
var arabicForms = map[rune][4]rune{
	0x0621: {0xFE80, 0, 0, 0},                // hamza (joins neither side)
	0x0622: {0xFE81, 0xFE82, 0, 0},           // alef with madda
	0x0623: {0xFE83, 0xFE84, 0, 0},           // alef with hamza above
	0x0624: {0xFE85, 0xFE86, 0, 0},           // waw with hamza
	0x0625: {0xFE87, 0xFE88, 0, 0},           // alef with hamza below
	0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, // yeh with hamza
	0x0627: {0xFE8D, 0xFE8E, 0, 0},           // alef
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, // beh
	0x0629: {0xFE93, 0xFE94, 0, 0},           // teh marbuta
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98}, // teh
	0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C}, // theh
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, // jeem
	0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4}, // hah
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, // khah
	0x062F: {0xFEA9, 0xFEAA, 0, 0},           // dal
	0x0630: {0xFEAB, 0xFEAC, 0, 0},           // thal
	0x0631: {0xFEAD, 0xFEAE, 0, 0},           // reh
	0x0632: {0xFEAF, 0xFEB0, 0, 0},           // zain
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, // seen
	0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8}, // sheen
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, // sad
	0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0}, // dad
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, // tah
	0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8}, // zah
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC}, // ain
	0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0}, // ghain
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, // feh
	0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8}, // qaf
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, // kaf
	0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0}, // lam
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, // meem
	0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8}, // noon
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, // heh
	0x0648: {0xFEED, 0xFEEE, 0, 0},           // waw
	0x0649: {0xFEEF, 0xFEF0, 0, 0},           // alef maksura
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4}, // yeh
	0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59}, // peh (Persian, Urdu)
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, // tcheh
	0x0698: {0xFB8A, 0xFB8B, 0, 0},           // jeh
	0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91}, // keheh
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, // gaf
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, // farsi yeh
}

// lamAlef maps the alef after a lam to the ligature's isolated and final
// forms.
var lamAlef = map[rune][2]rune{
	0x0622: {0xFEF5, 0xFEF6},
	0x0623: {0xFEF7, 0xFEF8},
	0x0625: {0xFEF9, 0xFEFA},
	0x0627: {0xFEFB, 0xFEFC},
}

const tatweel = 0x0640 // the joining stroke: joins both sides, has no forms

// joinsNext reports whether r reaches out to the letter after it.
func joinsNext(r rune) bool {
	f, ok := arabicForms[r]
	return r == tatweel || (ok && f[2] != 0)
}

// joinsPrev reports whether r takes a join from the letter before it.
func joinsPrev(r rune) bool {
	f, ok := arabicForms[r]
	return r == tatweel || (ok && f[1] != 0)
}

// transparent marks (vowel signs) sit on a letter and do not break a join.
func transparent(r rune) bool { return unicode.Is(unicode.Mn, r) }

// shapeArabic replaces Arabic letters, in logical order, by the forms their
// neighbours call for. Text without Arabic comes back unchanged.
func shapeArabic(text []rune) []rune {
	has := false
	for _, r := range text {
		if _, ok := arabicForms[r]; ok {
			has = true
			break
		}
	}
	if !has {
		return text
	}
	neighbour := func(i, step int) rune {
		for i += step; i >= 0 && i < len(text); i += step {
			if !transparent(text[i]) {
				return text[i]
			}
		}
		return 0
	}
	out := make([]rune, 0, len(text))
	for i := 0; i < len(text); i++ {
		r := text[i]
		forms, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev, next := neighbour(i, -1), neighbour(i, 1)
		fromPrev := joinsNext(prev) && joinsPrev(r)
		if r == 0x0644 { // lam + alef: one ligature
			if lig, ok := lamAlef[next]; ok {
				j := i + 1
				for text[j] != next { // marks between stay after the ligature
					j++
				}
				if fromPrev {
					out = append(out, lig[1])
				} else {
					out = append(out, lig[0])
				}
				out = append(out, text[i+1:j]...)
				i = j
				continue
			}
		}
		toNext := joinsNext(r) && joinsPrev(next)
		form := forms[0]
		switch {
		case fromPrev && toNext:
			form = forms[3]
		case fromPrev:
			form = forms[1]
		case toNext:
			form = forms[2]
		}
		out = append(out, form)
	}
	return out
}
