package export

import (
	_ "embed"
	"fmt"
	"math"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The fonts every PDF embeds (subsets: see fonts/README.md). DejaVu Sans
// covers Latin, Greek, Cyrillic, Hebrew, Arabic and most symbols; WenQuanYi
// Micro Hei draws what DejaVu lacks: Chinese, Japanese and Korean.
var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
	//go:embed fonts/WenQuanYiMicroHei-CJK.ttf
	wenQuanYiCJK []byte
)

// face is one font a run of text is drawn in.
type face uint8

const (
	faceSans face = iota
	faceSansBold
	faceCJK
	faceCJKBold // the CJK font has no bold: drawn filled and outlined
	faceCount
)

// file is the index of the face's font in glyphs.fonts.
func (f face) file() int {
	switch f {
	case faceSansBold:
		return 1
	case faceCJK, faceCJKBold:
		return 2
	}
	return 0
}

// family and style are the names the face's font is registered under in fpdf.
func (f face) family() (family, style string) {
	switch f.file() {
	case 1:
		return "dejavu", "B"
	case 2:
		return "wqy", ""
	}
	return "dejavu", ""
}

// replacement stands for a character none of the fonts can draw (an emoji, a
// script outside their coverage), so a gap in a name is visible, not silent.
const replacement = '\uFFFD'

type choice struct {
	face face
	r    rune  // what is drawn: the character or the replacement
	w    int16 // advance in thousandths of the font size, as fpdf counts it
}

// glyphs knows, for one document, which face draws each character and how
// wide it is, and registers a font with fpdf only once some text needs it
// (parsing a font costs milliseconds per document; the CJK one is rarely
// needed).
type glyphs struct {
	pdf     *fpdf.Fpdf
	fonts   [3]*sfnt.Font // regular, bold, CJK
	buf     sfnt.Buffer
	loaded  [3]bool
	chosen  [2]map[rune]choice // [bold]
	current face
	size    float64
	err     error
}

func newGlyphs(pdf *fpdf.Fpdf) *glyphs {
	g := &glyphs{pdf: pdf, chosen: [2]map[rune]choice{{}, {}}, current: faceCount}
	for i, data := range [][]byte{dejaVuSans, dejaVuSansBold, wenQuanYiCJK} {
		f, err := sfnt.Parse(data)
		if err != nil {
			g.err = fmt.Errorf("embedded font %d: %w", i, err)
			return g
		}
		g.fonts[i] = f
	}
	return g
}

// advance returns r's width in file's font in thousandths of the font size
// (rounded as fpdf rounds its width table), and false when the font has no
// glyph for r.
func (g *glyphs) advance(file int, r rune) (int16, bool) {
	f := g.fonts[file]
	if f == nil || r > 0xFFFF { // fpdf's width table stops at the BMP
		return 0, false
	}
	i, err := f.GlyphIndex(&g.buf, r)
	if err != nil || i == 0 {
		return 0, false
	}
	upem := fixed.Int26_6(f.UnitsPerEm())
	adv, err := f.GlyphAdvance(&g.buf, i, upem, font.HintingNone)
	if err != nil {
		return 0, false
	}
	return int16(math.Round(float64(adv) * 1000 / float64(upem))), true
}

// choose says which face draws r in regular or bold text, what is drawn (r,
// or the replacement character when no font has it) and its advance.
func (g *glyphs) choose(r rune, bold bool) choice {
	b := 0
	if bold {
		b = 1
	}
	if c, ok := g.chosen[b][r]; ok {
		return c
	}
	sans, cjk := faceSans, faceCJK
	if bold {
		sans, cjk = faceSansBold, faceCJKBold
	}
	var c choice
	if w, ok := g.advance(sans.file(), r); ok {
		c = choice{sans, r, w}
	} else if w, ok := g.advance(cjk.file(), r); ok {
		c = choice{cjk, r, w}
	} else {
		w, _ = g.advance(sans.file(), replacement)
		c = choice{sans, replacement, w}
	}
	g.chosen[b][r] = c
	return c
}

// use selects a face at a size (points) for drawing, registering its font
// with fpdf on first use.
func (g *glyphs) use(f face, size float64) {
	if f == g.current && size == g.size {
		return
	}
	family, style := f.family()
	if file := f.file(); !g.loaded[file] {
		g.pdf.AddUTF8FontFromBytes(family, style, [][]byte{dejaVuSans, dejaVuSansBold, wenQuanYiCJK}[file])
		g.loaded[file] = true
	}
	g.pdf.SetFont(family, style, size)
	g.current, g.size = f, size
}
