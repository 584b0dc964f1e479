package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"testing"
)

// TestWindowIconIsTheAppIconScaled: the window's icon is the installers'
// icon scaled down (small enough that GTK decodes it quickly and keeps little
// memory), not a different picture or a stale copy of another size.
func TestWindowIconIsTheAppIconScaled(t *testing.T) {
	small, err := png.Decode(bytes.NewReader(icon))
	if err != nil {
		t.Fatalf("window icon: %v", err)
	}
	raw, err := os.ReadFile("build/appicon.png")
	if err != nil {
		t.Fatal(err)
	}
	big, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	sb := small.Bounds()
	if sb.Dx() != 256 || sb.Dy() != 256 {
		t.Fatalf("window icon is %v, want 256×256", sb.Size())
	}
	// Same picture: the mean colour of each of 8×8 cells agrees.
	a, b := cellMeans(small), cellMeans(big)
	for i := range a {
		for c := range 4 {
			if d := a[i][c] - b[i][c]; d < -0.04 || d > 0.04 {
				t.Fatalf("cell %d differs: window icon %.3f, app icon %.3f; regenerate build/windowicon.png (see main.go)", i, a[i], b[i])
			}
		}
	}
}

// cellMeans returns the mean RGBA (0–1) of each cell of an 8×8 grid.
func cellMeans(m image.Image) [64][4]float64 {
	var sum [64][4]float64
	var n [64]float64
	r := m.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := (y-r.Min.Y)*8/r.Dy()*8 + (x-r.Min.X)*8/r.Dx()
			cr, cg, cb, ca := m.At(x, y).RGBA()
			for c, v := range []uint32{cr, cg, cb, ca} {
				sum[i][c] += float64(v) / 0xffff
			}
			n[i]++
		}
	}
	for i := range sum {
		for c := range 4 {
			sum[i][c] /= n[i]
		}
	}
	return sum
}
