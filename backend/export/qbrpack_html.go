package export

import (
	"accountdesk/backend"

	"bytes"
	"fmt"
	htmltemplate "html/template"
	"time"
)

// QBRPackHTML renders the pack as one self-contained page for the client:
// a cover, then objectives with their progress, delivered work, what's next
// and, when chosen, hours against the retainer. Every value is escaped.
func QBRPackHTML(p backend.QBRPack) ([]byte, error) {
	fm := funcs("", p.Locale)
	fm["month"] = monthText
	fm["hours"] = func(f float64) string { return Number(f) }
	fm["kind"] = kindText
	t, err := htmltemplate.New("qbr-pack.html").Funcs(fm).Parse(qbrPackHTML)
	if err != nil {
		return nil, fmt.Errorf("template qbr-pack.html: %w", err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("render qbr-pack.html: %w", err)
	}
	return buf.Bytes(), nil
}

// monthText is "2026-11" as "November 2026".
func monthText(ym string) string {
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return ym
	}
	return t.Format("January 2006")
}

func kindText(kind string) string {
	switch kind {
	case "job":
		return "Delivered"
	case "action":
		return "Agreed step"
	case "milestone":
		return "Milestone"
	}
	return ""
}

const qbrPackHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Client}}: Quarterly Business Review, {{.QuarterText}}</title>
<style>
:root{--brand:#1864ab;--ink:#1f2328;--muted:#5b6570;--rule:#dee2e6;--soft:#f1f5f9}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:var(--ink);margin:0;background:#fff}
main{max-width:880px;margin:0 auto;padding:0 32px 48px}
.cover{background:var(--brand);color:#fff;padding:72px 32px 56px}
.cover div{max-width:880px;margin:0 auto;padding:0 32px}
.cover .for{font-size:14px;letter-spacing:.08em;text-transform:uppercase;opacity:.85;margin:0}
.cover h1{font-size:40px;line-height:1.15;margin:12px 0 8px}
.cover .what{font-size:20px;margin:0 0 32px}
.cover .meta{font-size:14px;opacity:.9;margin:0}
h2{font-size:20px;color:var(--brand);margin:40px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--brand)}
p{margin:0 0 12px}.muted{color:var(--muted)}
.kpis{list-style:none;padding:0;margin:0;display:grid;gap:14px}
.kpi{border:1px solid var(--rule);border-radius:10px;padding:14px 18px}
.kpi h3{font-size:16px;margin:0 0 2px}
.kpi .figures{display:flex;flex-wrap:wrap;gap:4px 24px;font-size:14px;color:var(--muted);margin:6px 0 8px}
.kpi .figures b{color:var(--ink)}
.bar{height:10px;border-radius:5px;background:#e9ecef;overflow:hidden}
.bar span{display:block;height:100%;background:var(--brand)}
.kpi .pct{font-weight:600;color:var(--ink)}
.achieved{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:10px;background:#d3f9d8;color:#1e6b30;font-size:12px;font-weight:600;vertical-align:2px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--rule);vertical-align:top}
th{color:var(--muted);font-weight:600;background:var(--soft)}
td.date{white-space:nowrap;width:9em}.num{text-align:right}
.agreed{background:var(--soft);border-left:4px solid var(--brand);padding:12px 16px;border-radius:0 8px 8px 0;white-space:pre-line}
footer{margin-top:48px;color:var(--muted);font-size:12px;border-top:1px solid var(--rule);padding-top:10px}
@media print{.cover{padding-top:120px;break-after:page}h2{break-after:avoid}.kpi,tr{break-inside:avoid}}
</style></head><body>
<header class="cover"><div>
<p class="for">{{if .Agency}}{{.Agency}} for {{.Client}}{{else}}For {{.Client}}{{end}}</p>
<h1>{{.Client}}</h1>
<p class="what">Quarterly Business Review · {{.QuarterText}}</p>
<p class="meta">{{date .From}} – {{date .To}}{{if .Agency}} · Prepared by {{.Agency}}{{end}} · {{date .Generated}}</p>
</div></header>
<main>
<h2>Objectives and progress</h2>
{{if .Objectives}}<ul class="kpis">
{{range .Objectives}}<li class="kpi"><h3>{{.Title}}{{if .Achieved}} <span class="achieved">Achieved</span>{{end}}</h3>
<div class="figures">{{if .KPI}}<span>{{.KPI}}</span>{{end}}<span>Started at <b>{{qty .Baseline .Unit}}</b></span><span>Now <b>{{qty .Current .Unit}}</b></span><span>Target <b>{{qty .Target .Unit}}</b></span>{{if .Due}}<span>By {{date .Due}}</span>{{end}}<span class="pct">{{.ProgressPct}}% of the way</span></div>
<div class="bar" role="img" aria-label="{{.ProgressPct}}% of the way to the target"><span style="width:{{.ProgressPct}}%"></span></div></li>
{{end}}</ul>{{else}}<p class="muted">No objectives are set for this period yet.</p>{{end}}
<h2>Delivered this quarter</h2>
{{if .Delivered}}<table><thead><tr><th>Work</th><th>Date</th></tr></thead><tbody>
{{range .Delivered}}<tr><td>{{.Title}}</td><td class="date">{{date .Date}}</td></tr>
{{end}}</tbody></table>{{else}}<p class="muted">Nothing was marked as delivered in this quarter.</p>{{end}}
<h2>What's next</h2>
{{if .Agreed}}<p class="muted">Agreed at our review on {{date .AgreedOn}}:</p>
<p class="agreed">{{.Agreed}}</p>{{end}}
{{if .Next}}<table><thead><tr><th>Next step</th><th>Type</th><th>Date</th></tr></thead><tbody>
{{range .Next}}<tr><td>{{.Title}}</td><td>{{kind .Kind}}</td><td class="date">{{if .Date}}{{date .Date}}{{else}}To be agreed{{end}}</td></tr>
{{end}}</tbody></table>{{else if not .Agreed}}<p class="muted">Next steps will be agreed at the review.</p>{{end}}
{{with .Hours}}<h2>Hours against the retainer</h2>
<p>{{hours .Used}} of {{hours .Retainer}} retainer hours used over {{.Months}} {{if eq .Months 1}}month{{else}}months{{end}}.</p>
<table><thead><tr><th>Month</th><th class="num">Hours used</th></tr></thead><tbody>
{{range .PerMonth}}<tr><td>{{month .Month}}</td><td class="num">{{hours .Hours}}</td></tr>
{{end}}</tbody></table>{{end}}
<footer>Prepared {{date .Generated}}{{if .Agency}} by {{.Agency}}{{end}} for {{.Client}}.</footer>
</main>
</body></html>
`
