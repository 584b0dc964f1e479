package backend

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Whitespace cell statuses. An empty cell has no status (and is not stored).
const (
	CellCurrent    = "current"    // we do it now; value is its annual value
	CellPotential  = "potential"  // we could do it; value is what it could be worth a year
	CellCompetitor = "competitor" // another agency does it; value is its annual value when known
	CellNotForUs   = "not_for_us"
)

// Limits of the grid.
const (
	ServiceLinesMax   = 40                // service lines in the workspace list
	DivisionsMax      = 60                // divisions or brands of one account
	CellValueMaxMinor = 1_000_000_000_000 // a cell's annual value, from 0 (10 billion in major units)
)

// ServiceLine is one of the agency's service lines: a column of every
// account's grid. Retired lines keep their cells and take no new ones.
type ServiceLine struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Retired bool   `json:"retired"`
}

// Division is one of a client's divisions or brands: a row of its grid.
type Division struct {
	ID        int64  `json:"id"`
	AccountID int64  `json:"accountId"`
	Name      string `json:"name"`
}

// Cell is what the agency knows of one division × service line.
type Cell struct {
	DivisionID    int64  `json:"divisionId"`
	ServiceLineID int64  `json:"serviceLineId"`
	Status        string `json:"status"` // current, potential, competitor, not_for_us; "" empties the cell
	ValueMinor    int64  `json:"valueMinor"`
	Competitor    string `json:"competitor"` // which agency, for a competitor cell
	// OpportunityKey is the plan opportunity made from the cell.
	OpportunityKey string `json:"opportunityKey"`
	// Opportunity is that opportunity as the latest plan holding it has it;
	// nil when there is none (never made, or since removed from the plans).
	Opportunity *CellOpportunity `json:"opportunity"`
}

// CellOpportunity is the opportunity a cell is linked to, and where it is.
type CellOpportunity struct {
	Key        string `json:"key"`
	Title      string `json:"title"`
	Stage      string `json:"stage"`
	ValueMinor int64  `json:"valueMinor"`
	PlanID     int64  `json:"planId"`
	Period     string `json:"period"`
	Version    int    `json:"version"`
}

// LineWallet is the share-of-wallet arithmetic of one service line (or, as
// Overall, of the whole grid).
type LineWallet struct {
	ServiceLineID   int64 `json:"serviceLineId"` // 0 for the overall figure
	CurrentMinor    int64 `json:"currentMinor"`
	CompetitorMinor int64 `json:"competitorMinor"`
	PotentialMinor  int64 `json:"potentialMinor"`
	UntappedMinor   int64 `json:"untappedMinor"`
	// SharePct is current ÷ (current + competitor) × 100; meaningful only
	// when HasShare (there is some current or competitor value).
	SharePct float64 `json:"sharePct"`
	HasShare bool    `json:"hasShare"`
	// UnpricedCompetitors counts competitor cells without a value: they add
	// nothing to the sum, so the share shown is at most what it really is.
	UnpricedCompetitors int `json:"unpricedCompetitors"`
}

// GridSummary is what the grid adds up to.
type GridSummary struct {
	Lines   []LineWallet `json:"lines"` // one per service line, in the grid's column order
	Overall LineWallet   `json:"overall"`
}

// Grid is one account's whitespace grid.
type Grid struct {
	AccountID int64 `json:"accountId"`
	// Lines are the columns: the workspace's service lines in order, minus
	// retired ones that hold none of this account's cells.
	Lines     []ServiceLine `json:"lines"`
	Divisions []Division    `json:"divisions"`
	Cells     []Cell        `json:"cells"`
	Summary   GridSummary   `json:"summary"`
}

// UntappedLine is one service line's untapped potential across accounts.
type UntappedLine struct {
	ServiceLine   string `json:"serviceLine"`
	UntappedMinor int64  `json:"untappedMinor"`
	Accounts      int    `json:"accounts"` // accounts with untapped potential on the line
}

// AccountCell is a cell with the account and service line it belongs to, for
// sums across accounts.
type AccountCell struct {
	Cell
	AccountID   int64
	ServiceLine string
}

// UntappedByLine sums untapped potential per service line across accounts,
// largest first (then by name); lines with none are left out.
func UntappedByLine(cells []AccountCell) []UntappedLine {
	byName := map[string]*UntappedLine{}
	counted := map[string]bool{}
	for _, c := range cells {
		v := CellUntapped(c.Cell)
		if v == 0 {
			continue
		}
		l := byName[c.ServiceLine]
		if l == nil {
			l = &UntappedLine{ServiceLine: c.ServiceLine}
			byName[c.ServiceLine] = l
		}
		l.UntappedMinor += v
		if k := strconv.FormatInt(c.AccountID, 10) + "/" + c.ServiceLine; !counted[k] {
			counted[k] = true
			l.Accounts++
		}
	}
	out := make([]UntappedLine, 0, len(byName))
	for _, l := range byName {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].UntappedMinor != out[j].UntappedMinor {
			return out[i].UntappedMinor > out[j].UntappedMinor
		}
		return out[i].ServiceLine < out[j].ServiceLine
	})
	return out
}

// CellUntapped is a cell's potential not yet linked to a won opportunity:
// a potential cell's value unless its opportunity is won. A lost or open
// opportunity leaves the potential untapped.
func CellUntapped(c Cell) int64 {
	if c.Status != CellPotential || (c.Opportunity != nil && c.Opportunity.Stage == StageWon) {
		return 0
	}
	return c.ValueMinor
}

// SummarizeGrid adds up the cells per service line (in lines' order) and
// overall. A competitor cell without a value counts as 0: the agency does
// not know the competitor's spend, so it cannot lower the share, and
// UnpricedCompetitors says how many such cells there are.
func SummarizeGrid(lines []ServiceLine, cells []Cell) GridSummary {
	byLine := map[int64]*LineWallet{}
	out := GridSummary{Lines: make([]LineWallet, len(lines))}
	for i, l := range lines {
		out.Lines[i].ServiceLineID = l.ID
		byLine[l.ID] = &out.Lines[i]
	}
	for _, c := range cells {
		for _, w := range []*LineWallet{byLine[c.ServiceLineID], &out.Overall} {
			if w == nil {
				continue
			}
			switch c.Status {
			case CellCurrent:
				w.CurrentMinor += c.ValueMinor
			case CellCompetitor:
				w.CompetitorMinor += c.ValueMinor
				if c.ValueMinor == 0 {
					w.UnpricedCompetitors++
				}
			case CellPotential:
				w.PotentialMinor += c.ValueMinor
				w.UntappedMinor += CellUntapped(c)
			}
		}
	}
	for _, w := range append([]*LineWallet{&out.Overall}, pointers(out.Lines)...) {
		w.SharePct, w.HasShare = ShareOfWallet(w.CurrentMinor, w.CompetitorMinor)
	}
	return out
}

// ShareOfWallet is current ÷ (current + competitor) as a percentage; false
// when both are 0 (there is no wallet to share).
func ShareOfWallet(currentMinor, competitorMinor int64) (float64, bool) {
	total := currentMinor + competitorMinor
	if total <= 0 {
		return 0, false
	}
	return float64(currentMinor) * 100 / float64(total), true
}

func pointers(ws []LineWallet) []*LineWallet {
	out := make([]*LineWallet, len(ws))
	for i := range ws {
		out[i] = &ws[i]
	}
	return out
}

// Normalize trims the text and clears what the status does not use: only a
// competitor cell names an agency, a not-for-us cell has no value.
func (c *Cell) Normalize() {
	c.Status = strings.TrimSpace(c.Status)
	c.Competitor = strings.TrimSpace(c.Competitor)
	switch c.Status {
	case CellCompetitor:
	case CellNotForUs, "":
		c.ValueMinor, c.Competitor = 0, ""
	default:
		c.Competitor = ""
	}
}

// Validate returns an invalid error naming the first wrong field.
func (c Cell) Validate() error {
	switch {
	case !oneOf(c.Status, "", CellCurrent, CellPotential, CellCompetitor, CellNotForUs):
		return Invalid("status", "Choose current, potential, competitor, not for us or empty.")
	case c.ValueMinor < 0 || c.ValueMinor > CellValueMaxMinor:
		return Invalid("valueMinor", "The annual value must be between 0 and 10 billion.")
	case utf8.RuneCountInString(c.Competitor) > NameMaxLen:
		return Invalid("competitor", "The agency's name can be at most 120 characters.")
	case c.Status == CellCompetitor && c.Competitor == "":
		return Invalid("competitor", "Name the agency that does this work.")
	}
	return nil
}

// Validate checks a service line's name.
func (l ServiceLine) Validate() error {
	return validGridName("name", l.Name, "service line")
}

// Validate checks a division's name.
func (d Division) Validate() error {
	return validGridName("name", d.Name, "division or brand")
}

func validGridName(field, name, what string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return Invalid(field, "Name the %s.", what)
	case utf8.RuneCountInString(name) > NameMaxLen:
		return Invalid(field, "The name of a %s can be at most 120 characters.", what)
	}
	return nil
}

// ValidateServiceLines checks the whole workspace list: each line named,
// names unique ignoring case, at most ServiceLinesMax lines. Fields are
// named like "lines.2.name".
func ValidateServiceLines(lines []ServiceLine) error {
	if len(lines) > ServiceLinesMax {
		return Invalid("lines", "The workspace can have at most %d service lines; retire the ones you no longer sell.", ServiceLinesMax)
	}
	seen := map[string]bool{}
	for i, l := range lines {
		f := "lines." + strconv.Itoa(i) + ".name"
		if err := validGridName(f, l.Name, "service line"); err != nil {
			return err
		}
		k := strings.ToLower(strings.TrimSpace(l.Name))
		if seen[k] {
			return Invalid(f, "There is already a service line called %s.", strings.TrimSpace(l.Name))
		}
		seen[k] = true
	}
	return nil
}

// OpportunityFromCell is the opportunity a potential cell becomes: named
// "<line> for <division>", at the identified stage, a cross-sell (a line
// the client does not buy from us yet) worth the cell's value.
func OpportunityFromCell(line, division string, c Cell) Opportunity {
	return Opportunity{
		Title: line + " for " + division, ServiceLine: line, Type: "cross_sell",
		ValueMinor: c.ValueMinor, Probability: 10, Stage: StageIdentified,
	}
}

// CanMakeOpportunity says whether a cell may become an opportunity in the
// account's current plan (nil when there is none), and why not in words.
func CanMakeOpportunity(c Cell, current *PlanVersion) error {
	switch {
	case c.Status != CellPotential:
		return Invalid("status", "Only a potential cell can become an opportunity.")
	case current == nil || current.Status == PlanArchived:
		return Errorf(EINVALID, "This account has no plan to add the opportunity to. Start a plan on the Plan tab first.")
	case current.Status == PlanApproved:
		return Errorf(ELOCKED, "The %s plan (version %d) is approved and cannot change. Start a new version on the Plan tab, then try again.", current.Period, current.Version)
	}
	return nil
}

// WhitespaceService keeps the service lines and each account's grid.
type WhitespaceService interface {
	// ServiceLines lists the workspace's service lines in order, retired included.
	ServiceLines(ctx context.Context) ([]ServiceLine, error)
	// SaveServiceLines replaces the list (order, names, retired) in one
	// transaction; a line left out is deleted when no cell uses it. Returns
	// EINVALID, ECONFLICT (a line left out still has cells: retire it).
	SaveServiceLines(ctx context.Context, lines []ServiceLine) ([]ServiceLine, error)
	// WhitespaceGrid returns an account's grid. Returns ENOTFOUND.
	WhitespaceGrid(ctx context.Context, accountID int64) (Grid, error)
	// SaveDivision adds (ID 0) or renames a division. Returns EINVALID, ENOTFOUND, ECONFLICT (name taken).
	SaveDivision(ctx context.Context, d Division) (Grid, error)
	// RemoveDivision removes a division and its cells (opportunities made
	// from them stay in the plans). Returns ENOTFOUND.
	RemoveDivision(ctx context.Context, id int64) (Grid, error)
	// SaveCell sets a cell, or empties it when its status is "". Returns
	// EINVALID (also for a new cell on a retired line), ENOTFOUND.
	SaveCell(ctx context.Context, c Cell) (Grid, error)
	// MakeOpportunity turns a potential cell into an opportunity of the
	// account's current plan and links them, in one transaction. Returns
	// EINVALID (not potential, no plan), ELOCKED (plan approved), ECONFLICT
	// (already an opportunity of that plan), ENOTFOUND.
	MakeOpportunity(ctx context.Context, divisionID, serviceLineID int64) (Grid, error)
	// UntappedByServiceLine sums untapped potential per service line across
	// accounts, largest first.
	UntappedByServiceLine(ctx context.Context) ([]UntappedLine, error)
}
