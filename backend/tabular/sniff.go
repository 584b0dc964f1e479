package tabular

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings a Table reports.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1252 = "windows-1252"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	sigZip     = []byte("PK\x03\x04")
	sigOLE     = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	sigPDF     = []byte("%PDF")
)

// sniffEncoding decides how a text file is encoded. A byte order mark
// decides; without one, UTF-16 shows as every other byte being zero. A file
// that is valid UTF-8 is UTF-8. A file that is not is read as Windows-1252
// (what Excel on Windows writes for "CSV (Comma delimited)") only when the
// whole file reads sensibly that way: no valid UTF-8 sequence beside the
// invalid bytes (that would be two encodings mixed) and none of the five
// bytes Windows-1252 leaves undefined. Otherwise the file is read as UTF-8
// and the first row with invalid text is reported by the reader.
func sniffEncoding(r io.ReaderAt, size int64) (enc string, skip int, err error) {
	head := make([]byte, min(size, 4096))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return "", 0, err
	}
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return EncUTF8BOM, 3, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		return EncUTF16LE, 2, nil
	case bytes.HasPrefix(head, bomUTF16BE):
		return EncUTF16BE, 2, nil
	}
	if enc := utf16WithoutBOM(head); enc != "" {
		return enc, 0, nil
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "", 0, fileErr(KindNotTable, 0, "This file is not a table (it is not text).")
	}
	var s scan
	buf := make([]byte, 64<<10)
	for off := int64(0); off < size; {
		n, err := r.ReadAt(buf, off)
		if n == 0 && err != nil && err != io.EOF {
			return "", 0, err
		}
		off += int64(n)
		s.feed(buf[:n], off >= size || n == 0)
		if n == 0 {
			break
		}
	}
	if s.invalid > 0 && s.multi == 0 && s.undefined == 0 {
		return EncWindows1252, 0, nil
	}
	return EncUTF8, 0, nil
}

// scan counts, over chunks of a file, the invalid UTF-8 bytes, the valid
// multi-byte UTF-8 characters and the bytes Windows-1252 does not define.
type scan struct {
	carry                     []byte
	invalid, multi, undefined int
}

func (s *scan) feed(chunk []byte, last bool) {
	for _, b := range chunk {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			s.undefined++
		}
	}
	b := append(s.carry, chunk...)
	s.carry = nil
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		if !last && !utf8.FullRune(b[i:]) {
			s.carry = append([]byte(nil), b[i:]...)
			return
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			s.invalid++
		} else {
			s.multi++
		}
		i += n
	}
}

// utf16WithoutBOM recognises UTF-16 text without a byte order mark: in
// mostly-ASCII text, the high byte of each character is zero.
func utf16WithoutBOM(head []byte) string {
	n := len(head) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return EncUTF16LE
	case even*10 >= half*7 && odd*10 < half:
		return EncUTF16BE
	}
	return ""
}

// textReader returns the file's text as UTF-8, without its byte order mark.
func textReader(r io.ReaderAt, size int64, enc string, skip int) io.Reader {
	var rd io.Reader = io.NewSectionReader(r, int64(skip), size-int64(skip))
	switch enc {
	case EncUTF16LE:
		rd = transform.NewReader(rd, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder())
	case EncUTF16BE:
		rd = transform.NewReader(rd, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder())
	case EncWindows1252:
		rd = transform.NewReader(rd, charmap.Windows1252.NewDecoder())
	}
	return rd
}

// delimiters are the separators a table file may use, in order of
// preference when the counts cannot tell them apart.
var delimiters = []byte{',', ';', '\t', '|'}

// sniffDelimiter picks the separator from the start of the text: for each
// candidate it counts the separators outside quotes on each of the first
// records; the candidate whose count is the same on the most records wins,
// then the one with more columns. Title lines and a note with a comma in it
// lose to the consistent count of a real separator. preferTab is the hint of
// a .tsv or .tab name. A text without any candidate is one column (',').
func sniffDelimiter(sample []byte, truncated, preferTab bool) byte {
	records := splitRecords(sample, truncated, 50)
	best, bestScore, bestMode := byte(','), -1.0, 0
	for _, d := range delimiters {
		counts := make(map[int]int)
		nonBlank := 0
		for _, rec := range records {
			if len(bytes.TrimSpace(rec)) == 0 {
				continue
			}
			nonBlank++
			counts[countOutsideQuotes(rec, d)]++
		}
		mode, freq := 0, 0
		for c, f := range counts {
			if c > 0 && (f > freq || f == freq && c > mode) {
				mode, freq = c, f
			}
		}
		if mode == 0 || nonBlank == 0 {
			continue
		}
		score := float64(freq) / float64(nonBlank)
		if preferTab && d == '\t' {
			score += 0.5
		}
		if score > bestScore+1e-9 || score > bestScore-1e-9 && mode > bestMode {
			best, bestScore, bestMode = d, score, mode
		}
	}
	return best
}

// splitRecords cuts text into records at line ends outside quotes, keeping
// at most max; a truncated sample loses its last, possibly partial, record.
func splitRecords(text []byte, truncated bool, max int) [][]byte {
	var out [][]byte
	inQuote, start := false, 0
	for i := 0; i < len(text) && len(out) < max; i++ {
		switch text[i] {
		case '"':
			inQuote = !inQuote
		case '\n', '\r':
			if !inQuote {
				out = append(out, text[start:i])
				if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				start = i + 1
			}
		}
	}
	if !truncated && start < len(text) && len(out) < max {
		out = append(out, text[start:])
	}
	if len(out) == 0 && len(text) > 0 {
		out = append(out, text)
	}
	return out
}

func countOutsideQuotes(rec []byte, d byte) int {
	n, inQuote := 0, false
	for _, b := range rec {
		switch {
		case b == '"':
			inQuote = !inQuote
		case b == d && !inQuote:
			n++
		}
	}
	return n
}

// readSample reads up to n bytes of a text reader.
func readSample(rd io.Reader, n int) (sample []byte, truncated bool, err error) {
	b := make([]byte, n+1)
	m, err := io.ReadFull(rd, b)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	if m > n {
		return b[:n], true, err
	}
	return b[:m], false, err
}

// newBufReader is the buffered reader the CSV parser reads from.
func newBufReader(rd io.Reader) *bufio.Reader { return bufio.NewReaderSize(rd, 64<<10) }
