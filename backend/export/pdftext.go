package export

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// Text layout for the PDFs. fpdf draws a string in one font and breaks lines
// only at spaces, so the documents lay text out themselves: each character
// goes to the font that has it (DejaVu Sans, else the CJK font, else a
// visible replacement character), lines break at spaces and between CJK
// characters, a word wider than its box is broken between letters,
// right-to-left words (Hebrew, Arabic) are put in visual order, and Arabic
// letters are joined (arabic.go).

// glyph is one character as drawn: its face and advance.
type glyph struct {
	face face
	r    rune
	w    int16 // thousandths of the font size
}

// textLine is one laid-out line: glyphs in visual order, spaces included.
type textLine struct {
	glyphs []glyph
	width  int // thousandths of the font size
}

// mmWidth converts thousandths of the font size to millimetres.
func mmWidth(width int, sizePt float64) float64 { return float64(width) * sizePt / 1000 * 25.4 / 72 }

// chunk is a stretch of text with no break opportunity inside.
type chunk struct {
	glyphs []glyph
	width  int
	space  bool // a space separates it from the chunk before
	forced int  // newlines before it
	rtl    bool // has right-to-left letters (Hebrew, Arabic)
	ltr    bool // has left-to-right letters
}

// cleanText normalises text for printing: composed characters (NFC), any
// whitespace as a plain space (newlines kept), control and format characters
// (joiners, direction marks, variation selectors, byte-order marks) dropped.
func cleanText(s string) []rune {
	s = norm.NFC.String(strings.ReplaceAll(s, "\r\n", "\n"))
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			out = append(out, r)
		case unicode.IsSpace(r) && r != '\u00A0' && r != '\u202F':
			out = append(out, ' ')
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Variation_Selector, r):
		default:
			out = append(out, r)
		}
	}
	return out
}

// breaksAround reports whether a line may break before and after r without
// a space: CJK ideographs, kana, Hangul syllables, CJK punctuation.
func breaksAround(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || (r >= 0xAC00 && r <= 0xD7A3) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF01 && r <= 0xFF60)
}

// Characters a line must not start with (closing marks, small kana) or end
// with (opening marks), after the usual Japanese and Chinese rules.
const (
	noLineStart = "、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％,.:;?!)]}"
	noLineEnd   = "（「『【〔〈《([{"
)

// layout breaks text into lines no wider than maxW millimetres at sizePt.
// Nothing is cut: a word wider than maxW starts a line of its own and is
// broken between letters.
func (g *glyphs) layout(text string, bold bool, sizePt, maxW float64) []textLine {
	// The small allowance keeps a width measured by extent from rounding
	// below the text it was measured from.
	limit := int(maxW*1000/(sizePt*25.4/72) + 1e-6)
	space := g.choose(' ', bold)
	var lines []textLine
	var cur []chunk
	width := 0
	flush := func() {
		lines = append(lines, joinUnits(visualOrder(cur), space))
		cur, width = nil, 0
	}
	for _, u := range g.chunks(cleanText(strings.TrimSpace(text)), bold) {
		for range u.forced {
			flush()
		}
		gap := 0
		if len(cur) > 0 && u.space {
			gap = int(space.w)
		}
		if len(cur) > 0 && width+gap+u.width > limit {
			flush()
			gap = 0
		}
		for u.width > limit && len(u.glyphs) > 1 {
			if len(cur) > 0 {
				flush()
			}
			head, tail := splitUnit(u, limit)
			cur = append(cur, head)
			flush()
			u = tail
		}
		cur = append(cur, u)
		width += gap + u.width
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// extent returns the width (millimetres) of text's longest unbreakable
// stretch and of its longest line if nothing wrapped.
func (g *glyphs) extent(text string, bold bool, sizePt float64) (word, line float64) {
	space := int(g.choose(' ', bold).w)
	maxWord, maxLine, cur := 0, 0, 0
	for _, u := range g.chunks(cleanText(strings.TrimSpace(text)), bold) {
		if u.forced > 0 {
			cur = 0
		} else if u.space && cur > 0 {
			cur += space
		}
		cur += u.width
		maxWord, maxLine = max(maxWord, u.width), max(maxLine, cur)
	}
	return mmWidth(maxWord, sizePt), mmWidth(maxLine, sizePt)
}

// chunks splits text into unbreakable chunks, each character in its face.
func (g *glyphs) chunks(text []rune, bold bool) []chunk {
	text = shapeArabic(text)
	var chunks []chunk
	var u chunk
	space, forced := false, 0
	end := func() {
		if len(u.glyphs) > 0 {
			chunks = append(chunks, u)
		}
		u = chunk{}
	}
	for i, r := range text {
		switch r {
		case ' ':
			end()
			space = true
			continue
		case '\n':
			end()
			space = false
			forced++
			continue
		}
		prev := rune(0)
		if i > 0 {
			prev = text[i-1]
		}
		// A break before r: after a CJK character or before one, unless the
		// rules for line starts and ends forbid it.
		if len(u.glyphs) > 0 && (breaksAround(r) || breaksAround(prev)) &&
			!strings.ContainsRune(noLineStart, r) && !strings.ContainsRune(noLineEnd, prev) {
			end()
		}
		if len(u.glyphs) == 0 {
			u.space, u.forced = space, forced
			space, forced = false, 0
		}
		c := g.choose(r, bold)
		u.glyphs = append(u.glyphs, glyph(c))
		u.width += int(c.w)
		switch classOf(r) {
		case bidi.R, bidi.AL:
			u.rtl = true
		case bidi.L:
			u.ltr = true
		}
	}
	end()
	return chunks
}

func classOf(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// splitUnit cuts off the first glyphs of u that fit in limit, at least one
// so the layout always moves on.
func splitUnit(u chunk, limit int) (head, tail chunk) {
	n, w := 0, 0
	for n < len(u.glyphs) && (n == 0 || w+int(u.glyphs[n].w) <= limit) {
		w += int(u.glyphs[n].w)
		n++
	}
	head = chunk{glyphs: u.glyphs[:n:n], width: w, space: u.space, forced: u.forced, rtl: u.rtl, ltr: u.ltr}
	tail = chunk{glyphs: u.glyphs[n:], width: u.width - w, rtl: u.rtl, ltr: u.ltr}
	return head, tail
}

// visualOrder puts right-to-left stretches of a line into visual order,
// following the Unicode bidi algorithm for a left-to-right paragraph (what
// these documents are) with right-to-left names and phrases in it: a run of
// right-to-left words, with the spaces, punctuation and numbers between and
// after them, is laid out from right to left; numbers keep their reading
// order; brackets inside it are mirrored; punctuation at either end of the
// run (a full stop after it, brackets around it) keeps its place in the
// left-to-right text.
func visualOrder(chunks []chunk) []chunk {
	out := append([]chunk(nil), chunks...)
	for i := 0; i < len(out); i++ {
		if !out[i].rtl {
			continue
		}
		j := i
		for k := i + 1; k < len(out) && !out[k].ltr; k++ {
			if out[k].rtl || numeric(out[k]) {
				j = k
			}
		}
		seq := out[i : j+1]
		lead, trail := edgeNeutrals(seq)
		for k := range seq {
			seq[k].glyphs = reverseGlyphs(seq[k].glyphs)
		}
		reverseUnits(seq)
		seq[0].glyphs = append(lead, seq[0].glyphs...)
		last := len(seq) - 1
		seq[last].glyphs = append(seq[last].glyphs, trail...)
		for k := range seq {
			seq[k].width = 0
			for _, c := range seq[k].glyphs {
				seq[k].width += int(c.w)
			}
		}
		i = j
	}
	return out
}

// strong reports whether a character has a direction of its own (letters
// and digits); the others take the direction of what surrounds them.
func strong(r rune) bool {
	switch classOf(r) {
	case bidi.L, bidi.R, bidi.AL, bidi.EN, bidi.AN:
		return true
	}
	return false
}

// numeric reports whether a chunk is a number (digits and their separators).
func numeric(c chunk) bool {
	digits := false
	for _, g := range c.glyphs {
		switch classOf(g.r) {
		case bidi.EN, bidi.AN:
			digits = true
		case bidi.L, bidi.R, bidi.AL:
			return false
		}
	}
	return digits
}

// edgeNeutrals cuts the punctuation off the start of a right-to-left run's
// first chunk and the end of its last: it sits between the run and the
// left-to-right text (or the line's end), so it stays where it is. A bracket
// whose partner is inside the run belongs to the run (the bidi algorithm's
// bracket pairs), so "(תל אביב)" is drawn as a whole.
func edgeNeutrals(seq []chunk) (lead, trail []glyph) {
	var all []rune
	for _, c := range seq {
		for _, g := range c.glyphs {
			all = append(all, g.r)
		}
	}
	// paired reports whether the bracket at all[at] has its partner inside
	// the run: after it for an opening one, before it for a closing one.
	paired := func(at int) bool {
		i := strings.IndexRune(brackets, all[at])
		if i < 0 {
			return false
		}
		open, close := rune(brackets[i&^1]), rune(brackets[i|1])
		from, to, step := at+1, len(all), 1
		if all[at] == close {
			open, close = close, open
			from, to, step = at-1, -1, -1
		}
		depth := 0
		for k := from; k != to; k += step {
			switch all[k] {
			case open:
				depth++
			case close:
				if depth == 0 {
					return true
				}
				depth--
			}
		}
		return false
	}
	first, last := &seq[0], &seq[len(seq)-1]
	n := 0
	for n < len(first.glyphs) && !strong(first.glyphs[n].r) && !paired(n) {
		n++
	}
	lead, first.glyphs = append([]glyph(nil), first.glyphs[:n]...), first.glyphs[n:]
	total := len(all)
	m := len(last.glyphs)
	for m > 0 && !strong(last.glyphs[m-1].r) && !paired(total-(len(last.glyphs)-m)-1) {
		m--
	}
	trail, last.glyphs = append([]glyph(nil), last.glyphs[m:]...), last.glyphs[:m]
	return lead, trail
}

// reverseGlyphs reverses right-to-left text into drawing order: characters
// reversed, brackets mirrored, numbers (digits with their separators and
// signs) and left-to-right letters kept in reading order. A vowel sign comes
// before its letter then, which is where DejaVu's Hebrew and Arabic marks
// expect to be drawn (at the letter's left edge, reaching over it).
func reverseGlyphs(in []glyph) []glyph {
	out := slices.Clone(in)
	slices.Reverse(out)
	keep := func(r rune) bool {
		switch classOf(r) {
		case bidi.L, bidi.EN, bidi.AN, bidi.CS, bidi.ET:
			return true
		}
		return false
	}
	for a := 0; a < len(out); {
		if !keep(out[a].r) {
			if m := mirror(out[a].r); m != 0 {
				out[a].r = m
			}
			a++
			continue
		}
		b := a
		for b < len(out) && keep(out[b].r) {
			b++
		}
		slices.Reverse(out[a:b])
		a = b
	}
	return out
}

// brackets are the ASCII bracket pairs, opening then closing.
const brackets = "()[]{}<>"

// mirror returns the bracket that faces the other way, or 0.
func mirror(r rune) rune {
	if i := strings.IndexRune(brackets, r); i >= 0 {
		return rune(brackets[i^1])
	}
	switch r {
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return 0
}

// reverseUnits reverses the order of chunks, each gap (a space or none)
// staying between the same two chunks; the gap before the stretch stays
// before it.
func reverseUnits(us []chunk) {
	n := len(us)
	gaps := make([]bool, n)
	for k := range us {
		gaps[k] = us[k].space
	}
	for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
		us[a], us[b] = us[b], us[a]
	}
	us[0].space = gaps[0]
	for k := 1; k < n; k++ {
		us[k].space = gaps[n-k]
	}
}

// joinUnits makes one line from chunks, with a space glyph between chunks
// that a space separated.
func joinUnits(us []chunk, space choice) textLine {
	var l textLine
	for k, u := range us {
		if k > 0 && u.space {
			l.glyphs = append(l.glyphs, glyph(space))
			l.width += int(space.w)
		}
		l.glyphs = append(l.glyphs, u.glyphs...)
		l.width += u.width
	}
	return l
}

// drawLine draws a laid-out line with its left edge at x and its box's top
// at y, h high; a CJK run in bold text is drawn filled and outlined, as the
// CJK font has no bold.
func (g *glyphs) drawLine(l textLine, x, y, h, sizePt float64) {
	for i := 0; i < len(l.glyphs); {
		j, w := i, 0
		for j < len(l.glyphs) && l.glyphs[j].face == l.glyphs[i].face {
			w += int(l.glyphs[j].w)
			j++
		}
		text := make([]rune, 0, j-i)
		for _, c := range l.glyphs[i:j] {
			text = append(text, c.r)
		}
		f := l.glyphs[i].face
		g.use(f, sizePt)
		wmm := mmWidth(w, sizePt)
		g.pdf.SetXY(x, y)
		if f.fakeBold {
			dr, dg, db := g.pdf.GetDrawColor()
			lw := g.pdf.GetLineWidth()
			g.pdf.SetDrawColor(g.pdf.GetTextColor())
			g.pdf.SetLineWidth(sizePt * 0.03 * 25.4 / 72)
			g.pdf.SetTextRenderingMode(2)
			g.pdf.CellFormat(wmm, h, string(text), "", 0, "L", false, 0, "")
			g.pdf.SetTextRenderingMode(0)
			g.pdf.SetLineWidth(lw)
			g.pdf.SetDrawColor(dr, dg, db)
		} else {
			g.pdf.CellFormat(wmm, h, string(text), "", 0, "L", false, 0, "")
		}
		x += wmm
		i = j
	}
}
