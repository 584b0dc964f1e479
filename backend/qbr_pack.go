package backend

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// QBRPack is the Quarterly Business Review pack handed to the client. It is
// its own document type, holding only what a client may read: a field added
// to the plan, the account or the stakeholders for the agency's eyes never
// reaches it unless someone adds it here, on purpose, as a client field.
// There is no margin, cost, write-off, risk, sentiment, influence, blocker,
// note, pipeline or probability field, and nothing about people's
// performance.
type QBRPack struct {
	Agency string `json:"agency"`
	Client string `json:"client"`
	// Quarter is the QBR's quarter, "2026-Q4"; QuarterText is how the
	// cover says it ("Q4 2026") and From and To its first and last day.
	Quarter     string `json:"quarter"`
	QuarterText string `json:"quarterText"`
	From        string `json:"from"`
	To          string `json:"to"`
	Generated   string `json:"generated"` // ISO date
	// PlanPeriod is the plan the objectives come from ("FY2027"), "" without one.
	PlanPeriod string          `json:"planPeriod"`
	Objectives []PackObjective `json:"objectives"`
	Delivered  []PackItem      `json:"delivered"`
	Next       []PackItem      `json:"next"`
	// Agreed is what was agreed at the latest review held by the end of the
	// quarter ("" when none), and AgreedOn its date.
	Agreed   string `json:"agreed"`
	AgreedOn string `json:"agreedOn"`
	// Hours is set only when the director chose to show them.
	Hours *PackHours `json:"hours"`
	// Locale is how the documents write dates; not part of the JSON.
	Locale string `json:"-"`
}

// PackObjective is an objective with its KPI, as the client reads it.
type PackObjective struct {
	Title       string  `json:"title"`
	KPI         string  `json:"kpi"`
	Unit        string  `json:"unit"`
	Baseline    float64 `json:"baseline"`
	Target      float64 `json:"target"`
	Current     float64 `json:"current"`
	ProgressPct int     `json:"progressPct"` // whole per cent, 0–100
	Achieved    bool    `json:"achieved"`
	Due         string  `json:"due"`
}

// PackItem is a piece of work done or to come, with its date.
type PackItem struct {
	Title string `json:"title"`
	Date  string `json:"date"`
	// Kind says what it is: "job" (a piece of work), "action" (an agreed
	// step) or "milestone" (a job's next milestone).
	Kind string `json:"kind"`
}

// PackHours are the hours the agency spent against the retainer in the quarter.
type PackHours struct {
	Used float64 `json:"used"`
	// Retainer is the retainer's hours for the months counted (Months).
	Retainer float64 `json:"retainer"`
	Months   int     `json:"months"`
	// PerMonth is each counted month's hours, oldest first.
	PerMonth []PackMonth `json:"perMonth"`
}

// PackMonth is one month's hours.
type PackMonth struct {
	Month string  `json:"month"` // YYYY-MM
	Hours float64 `json:"hours"`
}

// QBRPackData is everything about the account the pack is chosen from. It
// deliberately holds the internal records whole, so the choice of what the
// client sees is made in one place (BuildQBRPack) and what was left out can
// be counted.
type QBRPackData struct {
	Settings     Settings
	Account      Account
	Plan         *Plan // the current plan; nil without one
	Jobs         []Job
	QBRs         []QBR // any order
	Stakeholders []Stakeholder
	Months       []MonthFigures
	Locale       string
}

// QBRPackOptions are the director's choices.
type QBRPackOptions struct {
	// Quarter is "2026-Q4"; "" is today's quarter.
	Quarter string `json:"quarter"`
	// Hours adds the hours used against the retainer.
	Hours bool `json:"hours"`
}

// QBRPackPreview is what the director sees before saving: the pack, what was
// left out of it, and the files it will be saved as.
type QBRPackPreview struct {
	Pack        QBRPack   `json:"pack"`
	LeftOut     []LeftOut `json:"leftOut"`
	LeftOutText string    `json:"leftOutText"`
	PDFName     string    `json:"pdfName"`
	HTMLName    string    `json:"htmlName"`
}

// LeftOut is one kind of internal content the pack did not take, for the
// preview: "Margin and cost figures", "3 risks".
type LeftOut struct {
	What  string `json:"what"`
	Count int    `json:"count"` // 0 when it is not a count
}

var quarterPattern = regexp.MustCompile(`^(\d{4})-Q([1-4])$`)

// ParseQuarter reads "2026-Q4" (or "" for today's quarter) and returns its
// label, first and last day. A wrong one is an invalid "quarter".
func ParseQuarter(q string, today time.Time) (label string, from, to time.Time, err error) {
	q = strings.ToUpper(strings.TrimSpace(q))
	if q == "" {
		label, from, to = Quarter(today)
		return label, from, to, nil
	}
	m := quarterPattern.FindStringSubmatch(q)
	y := 0
	if m != nil {
		y, _ = strconv.Atoi(m[1])
	}
	if m == nil || y < 1900 {
		return "", time.Time{}, time.Time{}, Invalid("quarter", "Choose the quarter as 2026-Q4.")
	}
	n, _ := strconv.Atoi(m[2])
	label, from, to = Quarter(time.Date(y, time.Month(n*3), 1, 0, 0, 0, 0, time.UTC))
	return label, from, to, nil
}

// internalMeasure names objectives that measure the agency's own economics
// (margin, cost, write-offs, profit, utilisation, over-servicing, its fees
// and revenue from the client): they are the agency's business, not the
// client's. The preview lists each one left out, so the director sees it.
var internalMeasure = regexp.MustCompile(`(?i)margin|write[- ]?offs?|\bcosts?\b|profit|utili[sz]ation|over-?servic|\bfees?\b|annual revenue|revenue target|share of wallet`)

// BuildQBRPack chooses, from the account's records, what the client reads
// in the QBR pack for the quarter, and lists what it left out. It is a pure
// function of its input. Returns EINVALID (quarter, hours).
func BuildQBRPack(in QBRPackData, opts QBRPackOptions, today time.Time) (QBRPack, []LeftOut, error) {
	label, from, to, err := ParseQuarter(opts.Quarter, today)
	if err != nil {
		return QBRPack{}, nil, err
	}
	fromISO, toISO, todayISO := from.Format(time.DateOnly), to.Format(time.DateOnly), today.Format(time.DateOnly)
	p := QBRPack{Agency: in.Settings.AgencyName, Client: in.Account.Name, Quarter: label,
		QuarterText: label[5:] + " " + label[:4], From: fromISO, To: toISO, Generated: todayISO,
		Objectives: []PackObjective{}, Delivered: []PackItem{}, Next: []PackItem{}, Locale: in.Locale}
	var out leftOut
	// Of the plan: objectives (not the internal ones, not cancelled),
	// actions done in the quarter and those still to do.
	if pl := in.Plan; pl != nil {
		p.PlanPeriod = pl.Period
		for _, o := range pl.Objectives {
			switch {
			case o.Status == ObjCancelled:
				out.add("cancelled objective", "cancelled objectives", 1)
			case internalMeasure.MatchString(o.Title + " " + o.KPI):
				out.add("objective about the agency's own figures", "objectives about the agency's own figures", 1)
			default:
				p.Objectives = append(p.Objectives, PackObjective{Title: o.Title, KPI: o.KPI, Unit: o.Unit, Baseline: o.Baseline,
					Target: o.Target, Current: o.Current, ProgressPct: int(o.Progress() + 0.5), Achieved: o.Status == ObjAchieved, Due: o.Due})
			}
		}
		for _, a := range pl.Actions {
			switch {
			case a.Status == "done" && a.Due >= fromISO && a.Due <= toISO:
				p.Delivered = append(p.Delivered, PackItem{Title: a.Title, Date: a.Due, Kind: "action"})
			case a.Status == "open" || a.Status == "in_progress":
				p.Next = append(p.Next, PackItem{Title: a.Title, Date: a.Due, Kind: "action"})
			}
		}
		out.add("risk", "risks", len(pl.Risks))
		out.add("pipeline opportunity with its probability", "pipeline opportunities with their probabilities", len(pl.Opps))
		if pl.RevenueTargetMinor > 0 || pl.GrowthTargetPct != 0 {
			out.flag("Revenue and growth targets")
		}
		if len(pl.Strengths)+len(pl.Weaknesses)+len(pl.Opportunities)+len(pl.Threats)+len(pl.Competitors) > 0 {
			out.flag("SWOT and competitors")
		}
		if strings.TrimSpace(pl.ExecutiveSummary+pl.Vision) != "" || len(pl.Priorities) > 0 {
			out.flag("The plan's executive summary, vision and priorities")
		}
	}
	// Of the jobs: those completed with their milestone in the quarter, and
	// the next milestones of open ones (not those on hold). Job next steps
	// are the agency's working notes.
	jobNotes := 0
	for _, j := range in.Jobs {
		switch {
		case j.Status == JobCompleted:
			if j.MilestoneDate >= fromISO && j.MilestoneDate <= toISO {
				p.Delivered = append(p.Delivered, PackItem{Title: j.Name, Date: j.MilestoneDate, Kind: "job"})
			}
		case j.Status == JobOnHold:
			out.add("job on hold", "jobs on hold", 1)
		case j.MilestoneDate >= todayISO:
			p.Next = append(p.Next, PackItem{Title: j.Name, Date: j.MilestoneDate, Kind: "milestone"})
		}
		if strings.TrimSpace(j.NextStep) != "" {
			jobNotes++
		}
	}
	out.add("job note", "job notes", jobNotes)
	packByDate(p.Delivered)
	packByDate(p.Next)
	_, prevFrom, _ := Quarter(from.AddDate(0, 0, -1))
	addAgreed(&p, &out, in.QBRs, prevFrom.Format(time.DateOnly), toISO, todayISO)
	if err := addHours(&p, &out, in, opts.Hours, from, to, today); err != nil {
		return QBRPack{}, nil, err
	}
	if len(in.Months) > 0 {
		out.flag("Revenue, margin and cost figures")
		for _, m := range in.Months {
			if m.WriteOffMinor > 0 {
				out.flag("Write-offs")
				break
			}
		}
	}
	leftOutPeople(&out, in)
	out.order()
	return p, out.items, nil
}

// addAgreed takes the next steps of the latest review held from the quarter
// before to the end of this one (and by today: one held longer ago is not
// news); its issues and notes stay inside the agency.
func addAgreed(p *QBRPack, out *leftOut, qbrs []QBR, fromISO, toISO, todayISO string) {
	var latest *QBR
	for i := range qbrs {
		q := &qbrs[i]
		if q.Date >= fromISO && q.Date <= toISO && q.Date <= todayISO && (latest == nil || q.Date > latest.Date) {
			latest = q
		}
	}
	if latest == nil {
		return
	}
	p.Agreed, p.AgreedOn = strings.TrimSpace(latest.NextSteps), latest.Date
	if strings.TrimSpace(latest.Issues) != "" {
		out.flag("Issues noted at the last QBR")
	}
	if strings.TrimSpace(latest.Progress+latest.Initiatives) != "" {
		out.flag("The last QBR's own notes on progress and initiatives")
	}
}

// addHours sums the quarter's hours (months up to today's) against the
// retainer, when the director asked for them and the account has one.
func addHours(p *QBRPack, out *leftOut, in QBRPackData, want bool, from, to, today time.Time) error {
	retainer := in.Account.RetainerHoursPerMonth
	if want && retainer <= 0 {
		return Invalid("hours", "This account has no retainer hours, so there are none to show against it: leave hours out.")
	}
	if !want {
		if hasHours(in.Months) {
			out.flag("Hours used against the retainer")
		}
		return nil
	}
	if from.After(today) {
		return Invalid("quarter", "That quarter has not started yet, so there are no hours to show.")
	}
	// The months of the quarter up to today's that have figures: the
	// current month counts once its hours are in.
	h := &PackHours{PerMonth: []PackMonth{}}
	for m := from; !m.After(to) && !m.After(today); m = m.AddDate(0, 1, 0) {
		key := m.Format("2006-01")
		for _, f := range in.Months {
			if f.Month == key {
				h.PerMonth = append(h.PerMonth, PackMonth{Month: key, Hours: f.HoursUsed})
				h.Used += f.HoursUsed
				h.Months++
				break
			}
		}
	}
	if h.Months == 0 {
		return Invalid("hours", "No hours are recorded for %s yet: leave hours out, or choose an earlier quarter.", p.QuarterText)
	}
	h.Retainer = retainer * float64(h.Months)
	p.Hours = h
	return nil
}

func hasHours(months []MonthFigures) bool {
	for _, m := range months {
		if m.HoursUsed > 0 {
			return true
		}
	}
	return false
}

// leftOutPeople counts what the agency knows about the client's people and
// its own: none of it is in the pack.
func leftOutPeople(out *leftOut, in QBRPackData) {
	blockers := 0
	for _, s := range in.Stakeholders {
		if s.Role == RoleBlocker {
			blockers++
		}
	}
	out.add("stakeholder's sentiment and influence", "stakeholders' sentiment and influence", len(in.Stakeholders))
	out.add("blocker", "blockers", blockers)
	notes := 0
	if strings.TrimSpace(in.Account.Notes) != "" {
		notes++
	}
	for _, s := range in.Stakeholders {
		if strings.TrimSpace(s.Notes) != "" {
			notes++
		}
	}
	out.add("internal note", "internal notes", notes)
	if in.Account.Health != "" {
		out.flag("Account health and its reason")
	}
}

func packByDate(items []PackItem) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].Date, items[j].Date
		if (a == "") != (b == "") {
			return b == "" // dated first
		}
		return a < b
	})
}

// leftOut gathers the left-out list in the order things were met, merging
// counts of the same kind.
type leftOut struct{ items []LeftOut }

func (l *leftOut) add(one, many string, n int) {
	if n <= 0 {
		return
	}
	for i := range l.items {
		if l.items[i].Count > 0 && (l.items[i].What == one || l.items[i].What == many) {
			l.items[i].Count += n
			l.items[i].What = many
			return
		}
	}
	what := many
	if n == 1 {
		what = one
	}
	l.items = append(l.items, LeftOut{What: what, Count: n})
}

// leftOutOrder puts what matters most to keep from a client first.
var leftOutOrder = []string{"Revenue, margin", "Write-offs", "risk", "internal note", "pipeline", "stakeholder", "blocker",
	"Issues", "job note", "Hours", "objective", "cancelled", "Revenue and growth", "SWOT", "The plan's", "The last QBR", "job on hold", "Account health"}

func (l *leftOut) order() {
	rank := func(it LeftOut) int {
		for i, prefix := range leftOutOrder {
			if strings.HasPrefix(it.What, prefix) {
				return i
			}
		}
		return len(leftOutOrder)
	}
	sort.SliceStable(l.items, func(i, j int) bool { return rank(l.items[i]) < rank(l.items[j]) })
}

func (l *leftOut) flag(what string) {
	for _, it := range l.items {
		if it.What == what {
			return
		}
	}
	l.items = append(l.items, LeftOut{What: what})
}

// LeftOutText says in one sentence what the pack left out: "Margin and cost
// figures, 3 risks and 2 internal notes were left out."
func LeftOutText(items []LeftOut) string {
	if len(items) == 0 {
		return "Nothing internal was left out: this account has no internal records."
	}
	parts := make([]string, len(items))
	for i, it := range items {
		if it.Count > 0 {
			parts[i] = fmt.Sprintf("%d %s", it.Count, it.What)
		} else if i > 0 && len(it.What) > 1 && unicode.IsLower(rune(it.What[1])) {
			parts[i] = strings.ToLower(it.What[:1]) + it.What[1:]
		} else {
			parts[i] = it.What
		}
	}
	s := parts[0]
	if len(parts) > 1 {
		s = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	return strings.ToUpper(s[:1]) + s[1:] + " were left out."
}
