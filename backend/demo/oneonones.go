package demo

import (
	"context"
	"fmt"

	"accountdesk/backend"
)

// oneOnOnes gives the demo director a record of 1:1s with Tom Becker (monthly,
// the last one twelve days ago: a point left open came over, one action done,
// one still open) and feedback notes about the people of the pod, so the 1:1
// and feedback screens and an appraisal's "feedback from the period" have
// something to show. Priya Raman, the director's other report, is left without
// 1:1s and notes: the journeys set hers up from nothing.
// It runs once the director is linked (1:1s are with the director's reports)
// and finds the first pod's people by name.
func (g *gen) oneOnOnes(ctx context.Context, s Store, accounts []backend.Account) error {
	people, err := s.People(ctx)
	if err != nil {
		return err
	}
	id := func(name string) int64 {
		for _, p := range people {
			if p.Name == name || p.Name == name+" 1" {
				return p.ID
			}
		}
		return 0
	}
	tom, aisha, sofia, kwame := id("Tom Becker"), id("Aisha Khan"), id("Sofia García"), id("Kwame Mensah")
	if _, err := s.SetCadence(ctx, tom, backend.CadenceMonthly, g.today.AddDate(0, 0, -100)); err != nil {
		return err
	}
	meetings := []struct {
		days           int
		points         []backend.TalkingPoint
		shared, secret string
		actions        []backend.OneOnOneAction
	}{
		{-70, []backend.TalkingPoint{
			{Text: "Handover plan for his accounts", Side: backend.SideDirector, Done: true},
			{Text: "Reference for his next role", Side: backend.SideReport},
		}, "Agreed who takes each account and by when.", "He has an offer from a media agency; wants to leave well.",
			[]backend.OneOnOneAction{{Text: "Write the handover notes for each account", Owner: backend.SideReport, Due: g.day(-40), Done: true}}},
		{-40, []backend.TalkingPoint{
			{Text: "Client introductions for Priya", Side: backend.SideDirector, Done: true},
		}, "Introductions booked for the next two weeks.", "Relieved the handover is agreed.",
			nil},
		{-12, []backend.TalkingPoint{
			{Text: "Exit interview with HR", Side: backend.SideDirector},
		}, "Handover on track; two client lunches left.", "Ask HR about a leaving gift.",
			[]backend.OneOnOneAction{{Text: "Send the reference letter", Owner: backend.SideDirector, Due: g.day(14)}}},
	}
	for _, m := range meetings {
		one, err := s.StartOneOnOne(ctx, tom, g.day(m.days))
		if err != nil {
			return err
		}
		one.Points = append(one.Points, m.points...) // the open points of the 1:1 before came over
		one.SharedNotes, one.PrivateNotes, one.Actions = m.shared, m.secret, m.actions
		if _, err := s.SaveOneOnOne(ctx, one); err != nil {
			return fmt.Errorf("1:1 of %s: %w", one.Date, err)
		}
	}
	account := func(i int) int64 { return accounts[i%len(accounts)].ID }
	notes := []backend.FeedbackNote{
		{PersonID: tom, Kind: backend.NotePraise, Text: "Ran a calm, thorough handover meeting with the client's marketing team.", Date: g.day(-20), AccountID: account(1)},
		{PersonID: aisha, Kind: backend.NoteClient, Text: "The client's CMO said Aisha's campaign report was the clearest they have had.", Date: g.day(-55), AccountID: account(0)},
		{PersonID: aisha, Kind: backend.NoteCoaching, Text: "Talked through pushing back on scope creep without saying no outright.", Date: g.day(-25)},
		{PersonID: sofia, Kind: backend.NotePraise, Text: "Picked up the retail brief at a day's notice and delivered on time.", Date: g.day(-33), AccountID: account(2)},
		{PersonID: kwame, Kind: backend.NoteConcern, Text: "Two status reports went out late this month; agreed a Friday checklist.", Date: g.day(-9)},
	}
	for _, n := range notes {
		if _, err := s.SaveNote(ctx, n); err != nil {
			return fmt.Errorf("note: %w", err)
		}
	}
	return nil
}
