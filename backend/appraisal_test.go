package backend_test

import (
	"testing"

	"accountdesk/backend"
)

func TestOverallRating(t *testing.T) {
	five := backend.DefaultScale()
	ten := backend.Scale{Min: 1, Max: 10}
	r := func(weight float64, manager int) backend.Rating {
		return backend.Rating{Weight: weight, Manager: manager}
	}
	scenarios := []struct {
		name     string
		items    []backend.Rating
		scale    backend.Scale
		score    float64
		complete bool
		rated    int
	}{
		{"OK equal weights", []backend.Rating{r(10, 3), r(10, 5)}, five, 4, true, 2},
		{"OK weights summing to 100", []backend.Rating{r(70, 4), r(30, 2)}, five, 3.4, true, 2},
		{"OK weights not summing to 100 are normalised", []backend.Rating{r(2, 4), r(1, 1)}, five, 3, true, 2},
		{"OK missing rating is left out and reported", []backend.Rating{r(50, 4), r(50, 0)}, five, 4, false, 1},
		{"OK zero weight counts nothing", []backend.Rating{r(0, 1), r(10, 5)}, five, 5, true, 2},
		{"OK no weights at all: plain average", []backend.Rating{r(0, 2), r(0, 3)}, five, 2.5, true, 2},
		{"OK out-of-scale rating is ignored", []backend.Rating{r(10, 7), r(10, 4)}, five, 4, false, 1},
		{"OK custom 1–10 scale", []backend.Rating{r(1, 9), r(1, 6)}, ten, 7.5, true, 2},
		{"OK rounding to two decimals", []backend.Rating{r(1, 1), r(1, 2), r(1, 2)}, five, 1.67, true, 3},
		{"OK nothing rated", []backend.Rating{r(10, 0)}, five, 0, false, 0},
		{"OK no items", nil, five, 0, false, 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			o := backend.OverallRating(sc.items, sc.scale)
			if o.Score != sc.score || o.Complete != sc.complete || o.Rated != sc.rated {
				t.Fatalf("overall = %+v, want score %v complete %v rated %d", o, sc.score, sc.complete, sc.rated)
			}
			if o.Explain == "" {
				t.Fatal("the overall rating always says how it was computed")
			}
		})
	}
}

func TestCheckTransition(t *testing.T) {
	complete := backend.Overall{Complete: true, Rated: 2, Total: 2}
	partial := backend.Overall{Rated: 1, Total: 2}
	scenarios := []struct {
		from, to string
		overall  backend.Overall
		ok       bool
	}{
		{backend.ApprDraft, backend.ApprSelfReview, partial, true},
		{backend.ApprSelfReview, backend.ApprManagerReview, partial, true},
		{backend.ApprSelfReview, backend.ApprDraft, partial, true},
		{backend.ApprManagerReview, backend.ApprCalibration, partial, true},
		{backend.ApprManagerReview, backend.ApprSelfReview, partial, true},
		{backend.ApprCalibration, backend.ApprFinalized, complete, true},
		{backend.ApprCalibration, backend.ApprFinalized, partial, false},
		{backend.ApprCalibration, backend.ApprManagerReview, partial, true},
		{backend.ApprFinalized, backend.ApprAcknowledged, complete, true},
		{backend.ApprDraft, backend.ApprFinalized, complete, false},
		{backend.ApprDraft, backend.ApprManagerReview, complete, false},
		{backend.ApprFinalized, backend.ApprDraft, complete, false},
		{backend.ApprFinalized, backend.ApprCalibration, complete, false},
		{backend.ApprAcknowledged, backend.ApprFinalized, complete, false},
		{backend.ApprDraft, "approved", complete, false},
	}
	for _, sc := range scenarios {
		t.Run(sc.from+" to "+sc.to, func(t *testing.T) {
			err := backend.CheckTransition(sc.from, sc.to, sc.overall)
			if sc.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%v", err, sc.ok)
			}
			if err != nil && backend.ErrorField(err) != "status" {
				t.Fatalf("field = %q", backend.ErrorField(err))
			}
		})
	}
	if !backend.Locked(backend.ApprFinalized) || !backend.Locked(backend.ApprAcknowledged) || backend.Locked(backend.ApprCalibration) {
		t.Fatal("finalized and acknowledged appraisals are locked, others are not")
	}
}

func TestEvidenceMaths(t *testing.T) {
	from, to := date("2026-01-01"), date("2026-12-31")
	scenarios := []struct {
		name       string
		start, end string
		share      float64
	}{
		{"OK whole year", "2025-06-01", "", 100},
		{"OK second half", "2026-07-01", "", 50.41},
		{"OK ended in March", "2025-01-01", "2026-03-31", 24.66},
		{"OK outside the period", "2027-01-01", "", 0},
		{"OK ended before the period", "2024-01-01", "2025-12-31", 0},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			if got := backend.ShareOfPeriod(from, to, sc.start, sc.end); got != sc.share {
				t.Fatalf("share = %v, want %v", got, sc.share)
			}
		})
	}
	if g := backend.GrowthPct(120, 100); g != 20 {
		t.Errorf("growth = %v", g)
	}
	if g := backend.GrowthPct(120, 0); g != 0 {
		t.Errorf("growth without a prior period = %v, want 0", g)
	}
}

func TestScaleValidate(t *testing.T) {
	if err := backend.DefaultScale().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, s := range []backend.Scale{{Min: 0, Max: 5}, {Min: 3, Max: 3}, {Min: 1, Max: 11}, {Min: 1, Max: 3, Labels: []string{"a"}}} {
		if backend.ErrorField(s.Validate()) != "scale" {
			t.Errorf("scale %+v must be refused", s)
		}
	}
}

func TestPerformanceBand(t *testing.T) {
	five, ten := backend.DefaultScale(), backend.Scale{Min: 1, Max: 10}
	for _, sc := range []struct {
		score float64
		scale backend.Scale
		want  string
	}{
		{0, five, ""}, {1, five, "low"}, {2.3, five, "low"}, {2.34, five, "medium"}, {3.6, five, "medium"}, {3.67, five, "high"}, {5, five, "high"},
		{3.9, ten, "low"}, {4, ten, "medium"}, {7, ten, "high"},
	} {
		if got := backend.PerformanceBand(sc.score, sc.scale); got != sc.want {
			t.Errorf("PerformanceBand(%v on %d–%d) = %q, want %q", sc.score, sc.scale.Min, sc.scale.Max, got, sc.want)
		}
	}
}
