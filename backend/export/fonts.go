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
// Micro Hei draws what DejaVu lacks: Chinese and Japanese from one file,
// Korean from another, so a document parses only the one it needs (each
// costs fpdf tens of milliseconds per document).
var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
	//go:embed fonts/WenQuanYiMicroHei-Han.ttf
	wenQuanYiHan []byte
	//go:embed fonts/WenQuanYiMicroHei-Hangul.ttf
	wenQuanYiHangul []byte
)

// fontFile is one of the embedded fonts, in the order a character looks for
// its glyph (the bold one stands in for the regular one in bold text).
type fontFile uint8

const (
	fileSans fontFile = iota
	fileSansBold
	fileHan
	fileHangul
	fileCount
)

func (f fontFile) data() []byte {
	return [...][]byte{dejaVuSans, dejaVuSansBold, wenQuanYiHan, wenQuanYiHangul}[f]
}

// family and style are the names the font is registered under in fpdf.
func (f fontFile) family() (family, style string) {
	return [...]string{"dejavu", "dejavu", "wqy", "wqyhangul"}[f], [...]string{"", "B", "", ""}[f]
}

// face is what a run of text is drawn in: a font, and whether it is made
// bold by outlining (the CJK fonts have no bold).
type face struct {
	file     fontFile
	fakeBold bool
}

var faceNone = face{file: fileCount}

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
	fonts   [fileCount]*sfnt.Font
	buf     sfnt.Buffer
	loaded  [fileCount]bool
	chosen  [2]map[rune]choice // [bold]
	current face
	size    float64
	err     error
}

func newGlyphs(pdf *fpdf.Fpdf) *glyphs {
	g := &glyphs{pdf: pdf, chosen: [2]map[rune]choice{{}, {}}, current: faceNone}
	for i := range fileCount {
		f, err := sfnt.Parse(i.data())
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
func (g *glyphs) advance(file fontFile, r rune) (int16, bool) {
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
	sans := fileSans
	if bold {
		sans = fileSansBold
	}
	w, _ := g.advance(sans, replacement)
	c := choice{face{sans, false}, replacement, w}
	for _, f := range []face{{sans, false}, {fileHan, bold}, {fileHangul, bold}} {
		if w, ok := g.advance(f.file, r); ok {
			c = choice{f, r, w}
			break
		}
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
	family, style := f.file.family()
	if !g.loaded[f.file] {
		g.pdf.AddUTF8FontFromBytes(family, style, f.file.data())
		g.loaded[f.file] = true
	}
	g.pdf.SetFont(family, style, size)
	g.current, g.size = f, size
}
