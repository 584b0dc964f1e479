package export

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"
)

func testGlyphs(t testing.TB) *glyphs {
	t.Helper()
	g := newGlyphs(fpdf.New("P", "mm", "A4", ""))
	if g.err != nil {
		t.Fatal(g.err)
	}
	return g
}

// lineText is a laid-out line as drawn, left to right.
func lineText(l textLine) string {
	var b strings.Builder
	for _, c := range l.glyphs {
		b.WriteRune(c.r)
	}
	return b.String()
}

// printed is what of text should reach the page, in any order: every
// character but spaces, brackets counted without their direction (a
// right-to-left run mirrors them).
func printed(runes []rune) []rune {
	var out []rune
	for _, r := range runes {
		switch {
		case r == ' ' || r == '\n':
			continue
		case strings.ContainsRune(")]}>", r):
			r = rune(brackets[strings.IndexRune(brackets, r)-1])
		case r == '»':
			r = '«'
		}
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

// checkLayout asserts the layout's promises: no line is wider than the box
// (unless it is one character that is), and every character of the text is
// drawn once, in the font that has it or as the replacement mark.
func checkLayout(t *testing.T, g *glyphs, text string, bold bool, size, width float64) []textLine {
	t.Helper()
	lines := g.layout(text, bold, size, width)
	var got []rune
	for i, l := range lines {
		if w := mmWidth(l.width, size); w > width+1e-9 && len(l.glyphs) > 1 {
			t.Errorf("%q at %.1f mm: line %d %q is %.2f mm wide", text, width, i, lineText(l), w)
		}
		sum := 0
		for _, c := range l.glyphs {
			sum += int(c.w)
			got = append(got, c.r)
		}
		if sum != l.width {
			t.Errorf("line %q: width %d, glyphs add up to %d", lineText(l), l.width, sum)
		}
	}
	var want []rune
	for _, r := range cleanText(strings.TrimSpace(text)) {
		if r == ' ' || r == '\n' {
			continue
		}
		if c := g.choose(r, bold); c.r == replacement {
			r = replacement
		}
		want = append(want, r)
	}
	if a, b := printed(got), printed(want); !slices.Equal(a, b) {
		t.Errorf("%q at %.1f mm: drew %q, want the characters of %q", text, width, string(a), string(b))
	}
	return lines
}

func TestLayout(t *testing.T) {
	g := testGlyphs(t)
	for _, tc := range []struct {
		name  string
		text  string
		width float64
		lines []string // when set, the lines as drawn
	}{
		{"OK short text is one line", "Zürich Łódź Straße", 100, []string{"Zürich Łódź Straße"}},
		{"OK wraps at spaces", "Grow annual revenue in every region", 30, nil},
		{"OK a newline breaks", "first\nsecond\n\nfourth", 100, []string{"first", "second", "", "fourth"}},
		{"OK spaces collapse", "  a \t b  ", 100, []string{"a b"}},
		{"OK a word wider than the box breaks between letters", "https://intranet.example.com/very-long-path-without-spaces", 20, nil},
		{"OK CJK breaks between characters", "東京ガストヨタ自動車東京ガストヨタ自動車", 12, nil},
		{"OK Korean", "삼성전자 현대자동차 엘지전자", 15, nil},
		{"OK Greek and Cyrillic", "Ελληνικά Πετρέλαια Сбербанк России", 25, nil},
		{"OK what no font has is a visible mark", "Team 🎉 नमस्ते", 100, []string{"Team � ������"}},
		{"OK joiners and marks are not printed", "a\u200db\u200ec\ufe0f", 100, []string{"abc"}},
		{"OK decomposed accents are composed", "Zu\u0308rich", 100, []string{"Zürich"}},
		{"OK empty", "", 50, []string{""}},
		{"OK one narrow box", "Łódź", 0.5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, bold := range []bool{false, true} {
				lines := checkLayout(t, g, tc.text, bold, 9, tc.width)
				if tc.lines != nil {
					var got []string
					for _, l := range lines {
						got = append(got, lineText(l))
					}
					if !slices.Equal(got, tc.lines) {
						t.Errorf("bold %v: lines %q, want %q", bold, got, tc.lines)
					}
				}
			}
		})
	}
}

// TestLayoutCJKRules: a line never starts with closing punctuation or a
// small kana, and CJK characters take the CJK font.
func TestLayoutCJKRules(t *testing.T) {
	g := testGlyphs(t)
	text := "東京ガス。トヨタ自動車、ァィゥ「東京」ッ東京ガス。"
	for w := 17.0; w < 60; w += 0.7 { // from the widest stretch that may not break ("車、ァィゥ")
		for _, l := range checkLayout(t, g, text, false, 9, w) {
			if first, _ := utf8.DecodeRuneInString(lineText(l)); strings.ContainsRune(noLineStart, first) {
				t.Errorf("at %.1f mm a line starts with %q: %q", w, first, lineText(l))
			}
		}
	}
	for _, tc := range []struct {
		r    rune
		bold bool
		want face
	}{
		{'東', false, face{fileHan, false}}, {'東', true, face{fileHan, true}}, {'ガ', false, face{fileHan, false}},
		{'삼', false, face{fileHangul, false}}, {'삼', true, face{fileHangul, true}},
		{'Ł', false, face{fileSans, false}}, {'Ł', true, face{fileSansBold, false}}, {'€', true, face{fileSansBold, false}},
		{'🎉', false, face{fileSans, false}},
	} {
		if c := g.choose(tc.r, tc.bold); c.face != tc.want {
			t.Errorf("%q (bold %v) is drawn in %+v, want %+v", tc.r, tc.bold, c.face, tc.want)
		}
	}
}

// TestVisualOrder: right-to-left words are drawn in visual order within
// left-to-right text, as the Unicode bidi algorithm lays them out.
func TestVisualOrder(t *testing.T) {
	g := testGlyphs(t)
	for _, tc := range []struct{ logical, visual string }{
		{"Zürich", "Zürich"},
		{"שלום", "םולש"},
		{"Hello שלום עולם!", "Hello םלוע םולש!"},
		{"Tel Aviv תל אביב-יפו.", "Tel Aviv ופי-ביבא לת."},
		{"שלום 2027 (בדיקה) end", "(הקידב) 2027 םולש end"},
		{"Office (תל אביב)", "Office (ביבא לת)"},
		{"ראשון, שני and 12.5%", "ינש ,ןושאר and 12.5%"},
		{"מחיר 12.5% עכשיו", "וישכע 12.5% ריחמ"},
		{"مرحبا بالعالم 123 end", "123 ملاعلاب ابحرم end"},
	} {
		lines := g.layout(tc.logical, false, 9, 180)
		// Arabic is compared as letters; TestShapeArabic checks the shapes.
		if got := norm.NFKC.String(lineText(lines[0])); len(lines) != 1 || got != tc.visual {
			t.Errorf("%q is drawn %q, want %q", tc.logical, got, tc.visual)
		}
	}
}

// TestShapeArabic: Arabic letters take the shape their neighbours call for
// (initial, medial, final, isolated), lam and alef make one ligature, vowel
// signs do not break a join, and other text is left alone.
func TestShapeArabic(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"سلام", "\uFEB3\uFEFC\uFEE1"},                                   // seen initial, lam-alef final, meem isolated
		{"محمد", "\uFEE3\uFEA4\uFEE4\uFEAA"},                             // meem initial, hah medial, meem medial, dal final
		{"بالعالم", "\uFE91\uFE8E\uFEDF\uFECC\uFE8E\uFEDF\uFEE2"},        // beh, alef, lam, ain, alef, lam, meem
		{"لا", "\uFEFB"},                                                 // the ligature alone
		{"مُحَمَّد", "\uFEE3\u064F\uFEA4\u064E\uFEE4\u064E\u0651\uFEAA"}, // marks stay, joins go on
		{"گروه", "\uFB94\uFEAE\uFEED\uFEE9"},                             // Persian gaf initial, reh final, waw, heh
		{"ء", "\uFE80"},
		{"Zürich 東京", "Zürich 東京"},
	} {
		if got := string(shapeArabic([]rune(tc.in))); got != tc.want {
			t.Errorf("shapeArabic(%q) = %+q, want %+q", tc.in, got, tc.want)
		}
	}
	// Every shape is in DejaVu Sans, so none prints as a replacement mark.
	g := testGlyphs(t)
	for base, forms := range arabicForms {
		for _, f := range forms {
			if _, ok := g.advance(fileSans, f); f != 0 && !ok {
				t.Errorf("DejaVu Sans has no %U, a form of %U", f, base)
			}
		}
	}
	for _, lig := range lamAlef {
		for _, f := range lig {
			if _, ok := g.advance(fileSans, f); !ok {
				t.Errorf("DejaVu Sans has no %U", f)
			}
		}
	}
}

// FuzzLayout: any text in any box lays out without a panic, within the box,
// with every character drawn once.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{"Zürich Łódź", "東京ガス。トヨタ", "שלום (עולם) 12", "a\n\nb", "🎉\u200d\ufe0f", "https://x.example/" + strings.Repeat("a", 80), "\x00\xff"} {
		f.Add(s, 30.0, false)
	}
	g := testGlyphs(f)
	f.Fuzz(func(t *testing.T, text string, width float64, bold bool) {
		if width != width || width < 0.1 || width > 1000 || len(text) > 2000 {
			return
		}
		checkLayout(t, g, strings.ToValidUTF8(text, "\uFFFD"), bold, 9, width)
	})
}
