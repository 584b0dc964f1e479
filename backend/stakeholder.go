package backend

import (
	"context"
	"strings"
)

// Stakeholder roles, sentiments and relationship levels.
const (
	RoleDecisionMaker = "decision_maker"
	RoleChampion      = "champion"
	RoleInfluencer    = "influencer"
	RoleUser          = "user"
	RoleBlocker       = "blocker"

	SentimentSupporter = "supporter"
	SentimentNeutral   = "neutral"
	SentimentDetractor = "detractor"

	RelVendor    = "vendor"
	RelPreferred = "preferred_supplier"
	RelPartner   = "partner"
	RelAdvisor   = "trusted_advisor"
)

// Stakeholder is a person at the client.
type Stakeholder struct {
	ID                 int64  `json:"id"`
	AccountID          int64  `json:"accountId"`
	Name               string `json:"name"`
	Title              string `json:"title"`
	Email              string `json:"email"`
	Phone              string `json:"phone"`
	Role               string `json:"role"`
	Influence          int    `json:"influence"` // 1–5
	Sentiment          string `json:"sentiment"`
	RelationshipNow    string `json:"relationshipNow"`
	RelationshipTarget string `json:"relationshipTarget"`
	LastContact        string `json:"lastContact"` // YYYY-MM-DD or ""
	Notes              string `json:"notes"`
}

// RelationshipRank orders relationship levels from vendor (1) to trusted advisor (4).
func RelationshipRank(level string) int {
	switch level {
	case RelVendor:
		return 1
	case RelPreferred:
		return 2
	case RelPartner:
		return 3
	case RelAdvisor:
		return 4
	}
	return 0
}

// Validate normalises s and returns an invalid error naming the first wrong field.
func (s *Stakeholder) Validate() error {
	s.Name = strings.Join(strings.Fields(s.Name), " ")
	s.Email = strings.TrimSpace(s.Email)
	if s.Role == "" {
		s.Role = RoleInfluencer
	}
	if s.Sentiment == "" {
		s.Sentiment = SentimentNeutral
	}
	if s.RelationshipNow == "" {
		s.RelationshipNow = RelVendor
	}
	if s.RelationshipTarget == "" {
		s.RelationshipTarget = s.RelationshipNow
	}
	if s.Influence == 0 {
		s.Influence = 3
	}
	switch {
	case s.Name == "":
		return Invalid("name", "Give the stakeholder a name.")
	case len([]rune(s.Name)) > NameMaxLen:
		return Invalid("name", "The name can be at most 120 characters.")
	case !validEmail(s.Email):
		return Invalid("email", "Enter an email address like name@client.com.")
	case !oneOf(s.Role, RoleDecisionMaker, RoleChampion, RoleInfluencer, RoleUser, RoleBlocker):
		return Invalid("role", "Choose decision maker, champion, influencer, user or blocker.")
	case s.Influence < InfluenceMin || s.Influence > InfluenceMax:
		return Invalid("influence", "Influence is from 1 (low) to 5 (high).")
	case !oneOf(s.Sentiment, SentimentSupporter, SentimentNeutral, SentimentDetractor):
		return Invalid("sentiment", "Choose supporter, neutral or detractor.")
	case RelationshipRank(s.RelationshipNow) == 0:
		return Invalid("relationshipNow", "Choose a relationship level.")
	case RelationshipRank(s.RelationshipTarget) == 0:
		return Invalid("relationshipTarget", "Choose a relationship level.")
	case !validDate(s.LastContact):
		return Invalid("lastContact", "Enter the last contact as a date.")
	}
	return nil
}

// StakeholderService keeps the client's people.
type StakeholderService interface {
	// Stakeholders returns an account's stakeholders by influence, then name.
	Stakeholders(ctx context.Context, accountID int64) ([]Stakeholder, error)
	// SaveStakeholder creates (ID 0) or updates one. Returns EINVALID, ENOTFOUND.
	SaveStakeholder(ctx context.Context, s Stakeholder) (Stakeholder, error)
	// DeleteStakeholder removes one. Returns ENOTFOUND.
	DeleteStakeholder(ctx context.Context, id int64) error
}
