package demo_test

import (
	"context"
	"testing"
	"time"

	"accountdesk/backend"
	"accountdesk/backend/demo"
	"accountdesk/backend/sqlite/sqlitetest"
)

func TestRelationships(t *testing.T) {
	ctx := context.Background()
	today := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	db := sqlitetest.Demo(t, demo.Options{Today: today})
	list, err := db.ListAccounts(ctx, backend.AccountFilter{}, today)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	clean, replaced := 0, 0
	for _, a := range list {
		m, err := db.RelationshipMap(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Warnings) == 0 {
			clean++
		}
		for _, w := range m.Warnings {
			kinds[w.Kind]++
		}
		t.Run("OK "+a.Name+" has an org chart: the CMO and the finance director at the top, everyone else reports to someone", func(t *testing.T) {
			tops, owned, influences := 0, 0, 0
			for _, r := range m.Relations {
				if r.ReportsToID == 0 {
					tops++
				}
				if r.OwnerID != 0 {
					owned++
				}
				if r.ReplacedByID != 0 {
					replaced++
				}
				influences += len(r.Influences)
			}
			if tops < 1 || tops > 2 {
				t.Errorf("%d people report to nobody, want the CMO and the finance director (when there is one): %+v", tops, m.Relations)
			}
			if owned < len(m.People)-1 || influences < 2 {
				t.Errorf("owners %d of %d people, influences %d", owned, len(m.People), influences)
			}
		})
	}
	t.Run("OK most accounts show no warning, and a few show each realistic one", func(t *testing.T) {
		if clean < len(list)*2/3 {
			t.Errorf("%d of %d accounts without warnings, want most", clean, len(list))
		}
		for _, k := range []string{backend.WarnNoOwner, backend.WarnNotReplaced, backend.WarnBlockerNoPlan} {
			if kinds[k] == 0 {
				t.Errorf("no account warns %s: %v", k, kinds)
			}
		}
		if replaced == 0 {
			t.Error("no one who left was replaced; the demo shows a handover")
		}
	})
}
