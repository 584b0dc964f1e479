package export

const planMD = `# {{md .Account.Name}}: account plan summary
{{with .Plan}}
**Plan {{md .Period}}, version {{.Version}}** ({{label .Status}}{{if .ApprovedAt}}{{if eq .Status "approved"}} on{{else}}, approved{{end}} {{date .ApprovedAt}}{{end}})
{{else}}
_No plan yet._
{{end}}
- Tier: {{label .Account.Tier}} · Status: {{label .Account.Status}} · Health: **{{label .Account.Health}}**{{if .Account.HealthReason}} ({{md .Account.HealthReason}}){{end}}
- Revenue, last 12 months: {{money .Financials.RevenueT12MMinor}} · Margin: {{pct .Financials.MarginT12MPct}} · Write-offs: {{money .Financials.WriteOffT12MMinor}}
- QBR {{.QBR.Quarter}}: {{label .QBR.State}}{{if .QBR.LastHeld}} (last held {{date .QBR.LastHeld}}){{end}}
{{with .Plan}}
## Executive summary

{{md .ExecutiveSummary}}
{{if .Vision}}
**Vision.** {{md .Vision}}
{{end}}
Revenue target: {{money .RevenueTargetMinor}} · Growth target: {{pct .GrowthTargetPct}}
{{if .Priorities}}
## Priorities
{{range $i, $p := .Priorities}}
{{inc $i}}. {{md $p}}{{end}}
{{end}}{{with .SWOT}}{{if or .Strengths .Weaknesses .Opportunities .Threats}}
## SWOT
{{if .Strengths}}
**Strengths**
{{range .Strengths}}
- {{md .}}{{end}}
{{end}}{{if .Weaknesses}}
**Weaknesses**
{{range .Weaknesses}}
- {{md .}}{{end}}
{{end}}{{if .Opportunities}}
**Opportunities**
{{range .Opportunities}}
- {{md .}}{{end}}
{{end}}{{if .Threats}}
**Threats**
{{range .Threats}}
- {{md .}}{{end}}
{{end}}{{end}}{{end}}{{if .Competitors}}
Competitors at the account: {{range $i, $c := .Competitors}}{{if $i}}, {{end}}{{md $c}}{{end}}.
{{end}}
## What changed since the last export
{{with $.Changes}}{{if .None}}
Nothing changed in objectives, pipeline or risks since the export of {{date .SinceDate}}.
{{else}}
Since the export of {{date .SinceDate}}:
{{range .Objectives}}
- Objectives: {{md .}}{{end}}{{range .Pipeline}}
- Pipeline: {{md .}}{{end}}{{range .Risks}}
- Risks: {{md .}}{{end}}
{{end}}{{else}}
This is the first export of this plan; the next one will list what changed.
{{end}}
## Objectives

| Objective | KPI | Baseline | Target | Current | Progress | Due | Owner | Status |
|---|---|---|---|---|---|---|---|---|
{{range .Objectives}}| {{md .Title}} | {{md .KPI}} | {{qty .Baseline .Unit | md}} | {{qty .Target .Unit | md}} | {{qty .Current .Unit | md}} | {{pct .ProgressPct}} | {{date .Due}} | {{md .Owner}} | {{label .Status}} |
{{end}}
## Growth pipeline

Weighted {{money .Pipeline.WeightedMinor}} · Won {{money .Pipeline.WonMinor}} · {{pct .Pipeline.CoveragePct}} of the {{money .Pipeline.TargetMinor}} target

| Opportunity | Type | Value | Probability | Stage | Expected close |
|---|---|---|---|---|---|
{{range .Opportunities}}| {{md .Title}} | {{label .Type}} | {{money .ValueMinor}} | {{.Probability}}% | {{label .Stage}} | {{date .ExpectedClose}} |
{{end}}
## Risks

| Risk | Category | Score | Mitigation | Owner | Status |
|---|---|---|---|---|---|
{{range .Risks}}| {{md .Title}} | {{label .Category}} | {{.Score}} | {{md .Mitigation}} | {{md .Owner}} | {{label .Status}} |
{{end}}
## Actions

| Action | Owner | Due | Status |
|---|---|---|---|
{{range .Actions}}| {{md .Title}}{{if .Overdue}} (overdue){{end}} | {{md .Owner}} | {{date .Due}} | {{label .Status}} |
{{end}}{{end}}{{with .Whitespace}}
## Whitespace
{{if .Lines}}
Share of wallet {{share .SharePct}} · our current work {{money .CurrentMinor}} · competitors' {{money .CompetitorMinor}} · untapped potential {{money .UntappedMinor}}{{if .UnpricedCompetitors}} ({{.UnpricedCompetitors}} competitor cells have no known value){{end}}

| Service line |{{range .Divisions}} {{md .}} |{{end}} Share of wallet | Untapped |
|---|{{range .Divisions}}---|{{end}}---|---|
{{range .Lines}}| {{md .ServiceLine}}{{if .Retired}} (retired){{end}} |{{range .Cells}} {{md .Text}} |{{end}} {{share .SharePct}} | {{if .UntappedMinor}}{{money .UntappedMinor}}{{end}} |
{{end}}{{else}}
_Nothing is recorded in the whitespace grid yet._
{{end}}{{end}}
## Stakeholders

| Name | Title | Role | Influence | Sentiment | Relationship, now → aim |
|---|---|---|---|---|---|
{{range .Stakeholders}}| {{md .Name}} | {{md .Title}} | {{label .Role}} | {{.Influence}} of 5 | {{label .Sentiment}} | {{label .RelationshipNow}}{{if ne .RelationshipTarget .RelationshipNow}} → {{label .RelationshipTarget}}{{end}} |
{{end}}
## Account team

{{range .Team}}- {{md .Name}}, {{md .Role}}: {{label .RoleOnAccount}}, {{num .Percent}}%{{if .Tentative}} (tentative){{end}}
{{else}}_Nobody allocated._
{{end}}
---
Generated {{date .GeneratedAt}} by AccountDesk{{if .Agency}} for {{md .Agency}}{{end}}{{if .Director}} ({{md .Director}}){{end}}. Confidential: for management of the agency only.
`

const portfolioMD = `# Portfolio summary{{if .Director}}: {{md .Director}}{{end}}{{if .Agency}}{{if .Director}} ·{{else}}:{{end}} {{md .Agency}}{{end}}

- Accounts: {{.Totals.AccountCount}} · Revenue {{.Totals.FiscalYear}} to date: {{money .Totals.RevenueYTDMinor}} of {{money .Totals.TargetYTDMinor}} target · Margin: {{pct .Totals.MarginYTDPct}}
- QBRs due or overdue: {{.Totals.QBRsDueOrOverdue}} · High risks: {{.Totals.HighRisks}}

| Account | Tier | Health | Revenue, 12 months | Margin | Plan | Target | QBR | Renewal |
|---|---|---|---|---|---|---|---|---|
{{range .Accounts}}| {{md .Name}} | {{label .Tier}} | {{label .Health}} | {{money .RevenueT12MMinor}} | {{pct .MarginPct}} | {{md .PlanPeriod}} {{label .PlanStatus}} | {{money .PlanTargetMinor}} | {{label .QBRState}} | {{date .RenewalDate}} |
{{end}}
## Top risks

| Account | Risk | Score |
|---|---|---|
{{range .TopRisks}}| {{md .Account}} | {{md .Title}} | {{.Score}} |
{{else}}| No open high risks. | | |
{{end}}
## Untapped potential by service line

| Service line | Untapped potential | Accounts |
|---|---|---|
{{range .UntappedByServiceLine}}| {{md .ServiceLine}} | {{money .UntappedMinor}} | {{.Accounts}} |
{{else}}| No untapped potential recorded. | | |
{{end}}
---
Generated {{date .GeneratedAt}} by AccountDesk. Confidential: for management of the agency only.
`

const htmlHead = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1000px;margin:32px auto;padding:0 24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top}
th{color:#57606a;font-weight:600}.num{text-align:right}.muted{color:#57606a}.badge{display:inline-block;padding:1px 8px;border-radius:10px;background:#eef2f6;font-size:12px}
.red{background:#ffe3e3;color:#c92a2a}.amber{background:#fff3bf;color:#8f5b00}.green{background:#d3f9d8;color:#2b8a3e}
footer{margin-top:32px;color:#57606a;font-size:12px;border-top:1px solid #d0d7de;padding-top:8px}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
</style>`

const planHTML = htmlHead + `<title>{{.Account.Name}}: account plan summary</title></head><body>
<h1>{{.Account.Name}}</h1>
<p class="muted">{{with .Plan}}Plan {{.Period}}, version {{.Version}} · {{label .Status}}{{else}}No plan yet{{end}} · {{label .Account.Tier}} · <span class="badge {{.Account.Health}}">{{label .Account.Health}}</span> {{.Account.HealthReason}}</p>
<table><tr><th>Revenue, 12 months</th><th>Margin</th><th>Write-offs</th><th>Revenue {{.Financials.FiscalYear}} to date</th><th>QBR {{.QBR.Quarter}}</th></tr>
<tr><td>{{money .Financials.RevenueT12MMinor}}</td><td>{{pct .Financials.MarginT12MPct}}</td><td>{{money .Financials.WriteOffT12MMinor}}</td><td>{{money .Financials.RevenueYTDMinor}}</td><td>{{label .QBR.State}}{{if .QBR.LastHeld}}, last held {{date .QBR.LastHeld}}{{end}}</td></tr></table>
{{with .Plan}}
<h2>Executive summary</h2><p>{{.ExecutiveSummary}}</p>{{if .Vision}}
<p><b>Vision.</b> {{.Vision}}</p>{{end}}
<p class="muted">Revenue target {{money .RevenueTargetMinor}} · growth target {{pct .GrowthTargetPct}}</p>{{if .Priorities}}
<h2>Priorities</h2><ol>{{range .Priorities}}<li>{{.}}</li>{{end}}</ol>{{end}}{{with .SWOT}}{{if or .Strengths .Weaknesses .Opportunities .Threats}}
<h2>SWOT</h2><table><tr><th>Strengths</th><th>Weaknesses</th></tr><tr><td><ul>{{range .Strengths}}<li>{{.}}</li>{{end}}</ul></td><td><ul>{{range .Weaknesses}}<li>{{.}}</li>{{end}}</ul></td></tr>
<tr><th>Opportunities</th><th>Threats</th></tr><tr><td><ul>{{range .Opportunities}}<li>{{.}}</li>{{end}}</ul></td><td><ul>{{range .Threats}}<li>{{.}}</li>{{end}}</ul></td></tr></table>{{end}}{{end}}{{if .Competitors}}
<p>Competitors at the account: {{range $i, $c := .Competitors}}{{if $i}}, {{end}}{{$c}}{{end}}.</p>{{end}}
<h2>What changed since the last export</h2>{{with $.Changes}}{{if .None}}<p>Nothing changed in objectives, pipeline or risks since the export of {{date .SinceDate}}.</p>{{else}}<p class="muted">Since the export of {{date .SinceDate}}:</p><ul>{{range .Objectives}}<li>Objectives: {{.}}</li>{{end}}{{range .Pipeline}}<li>Pipeline: {{.}}</li>{{end}}{{range .Risks}}<li>Risks: {{.}}</li>{{end}}</ul>{{end}}{{else}}<p class="muted">This is the first export of this plan; the next one will list what changed.</p>{{end}}
<h2>Objectives</h2><table><tr><th>Objective</th><th>KPI</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Current</th><th class="num">Progress</th><th>Due</th><th>Owner</th><th>Status</th></tr>
{{range .Objectives}}<tr><td>{{.Title}}</td><td>{{.KPI}}</td><td class="num">{{qty .Baseline .Unit}}</td><td class="num">{{qty .Target .Unit}}</td><td class="num">{{qty .Current .Unit}}</td><td class="num">{{pct .ProgressPct}}</td><td>{{date .Due}}</td><td>{{.Owner}}</td><td>{{label .Status}}</td></tr>
{{end}}</table>
<h2>Growth pipeline</h2><p>Weighted {{money .Pipeline.WeightedMinor}} · won {{money .Pipeline.WonMinor}} · {{pct .Pipeline.CoveragePct}} of target</p>
<table><tr><th>Opportunity</th><th>Type</th><th class="num">Value</th><th class="num">Probability</th><th>Stage</th><th>Expected close</th></tr>
{{range .Opportunities}}<tr><td>{{.Title}}</td><td>{{label .Type}}</td><td class="num">{{money .ValueMinor}}</td><td class="num">{{.Probability}}%</td><td>{{label .Stage}}</td><td>{{date .ExpectedClose}}</td></tr>
{{end}}</table>
<h2>Risks</h2><table><tr><th>Risk</th><th>Category</th><th class="num">Score</th><th>Mitigation</th><th>Owner</th><th>Status</th></tr>
{{range .Risks}}<tr><td>{{.Title}}</td><td>{{label .Category}}</td><td class="num">{{.Score}}</td><td>{{.Mitigation}}</td><td>{{.Owner}}</td><td>{{label .Status}}</td></tr>
{{end}}</table>
<h2>Actions</h2><table><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
{{range .Actions}}<tr><td>{{.Title}}{{if .Overdue}} <span class="badge red">overdue</span>{{end}}</td><td>{{.Owner}}</td><td>{{date .Due}}</td><td>{{label .Status}}</td></tr>
{{end}}</table>{{end}}
{{with .Whitespace}}<h2>Whitespace</h2>{{if .Lines}}<p>Share of wallet {{share .SharePct}} · our current work {{money .CurrentMinor}} · competitors' {{money .CompetitorMinor}} · untapped potential {{money .UntappedMinor}}{{if .UnpricedCompetitors}} <span class="muted">({{.UnpricedCompetitors}} competitor cells have no known value)</span>{{end}}</p>
<table><tr><th>Service line</th>{{range .Divisions}}<th>{{.}}</th>{{end}}<th class="num">Share of wallet</th><th class="num">Untapped</th></tr>
{{range .Lines}}<tr><td>{{.ServiceLine}}{{if .Retired}} (retired){{end}}</td>{{range .Cells}}<td>{{.Text}}</td>{{end}}<td class="num">{{share .SharePct}}</td><td class="num">{{if .UntappedMinor}}{{money .UntappedMinor}}{{end}}</td></tr>
{{end}}</table>{{else}}<p class="muted">Nothing is recorded in the whitespace grid yet.</p>{{end}}{{end}}
<h2>Stakeholders</h2><table><tr><th>Name</th><th>Title</th><th>Role</th><th class="num">Influence</th><th>Sentiment</th><th>Relationship, now → aim</th></tr>
{{range .Stakeholders}}<tr><td>{{.Name}}</td><td>{{.Title}}</td><td>{{label .Role}}</td><td class="num">{{.Influence}} of 5</td><td>{{label .Sentiment}}</td><td>{{label .RelationshipNow}}{{if ne .RelationshipTarget .RelationshipNow}} → {{label .RelationshipTarget}}{{end}}</td></tr>
{{end}}</table>
<h2>Account team</h2><table><tr><th>Name</th><th>Role</th><th>On the account</th><th class="num">Time</th></tr>
{{range .Team}}<tr><td>{{.Name}}</td><td>{{.Role}}</td><td>{{label .RoleOnAccount}}{{if .Tentative}} (tentative){{end}}</td><td class="num">{{num .Percent}}%</td></tr>
{{end}}</table>
<footer>Generated {{date .GeneratedAt}} by AccountDesk{{if .Agency}} for {{.Agency}}{{end}}{{if .Director}} ({{.Director}}){{end}}. Confidential: for management of the agency only.</footer>
</body></html>
`

const portfolioHTML = htmlHead + `<title>Portfolio summary</title></head><body>
<h1>Portfolio summary{{if .Director}}: {{.Director}}{{end}}{{if .Agency}}{{if .Director}} ·{{else}}:{{end}} {{.Agency}}{{end}}</h1>
<p class="muted">{{.Totals.AccountCount}} accounts · revenue {{.Totals.FiscalYear}} to date {{money .Totals.RevenueYTDMinor}} of {{money .Totals.TargetYTDMinor}} target · margin {{pct .Totals.MarginYTDPct}} · {{.Totals.QBRsDueOrOverdue}} QBRs due or overdue · {{.Totals.HighRisks}} high risks</p>
<table><tr><th>Account</th><th>Tier</th><th>Health</th><th class="num">Revenue, 12 months</th><th class="num">Margin</th><th>Plan</th><th class="num">Target</th><th>QBR</th><th>Renewal</th></tr>
{{range .Accounts}}<tr><td>{{.Name}}</td><td>{{label .Tier}}</td><td><span class="badge {{.Health}}">{{label .Health}}</span></td><td class="num">{{money .RevenueT12MMinor}}</td><td class="num">{{pct .MarginPct}}</td><td>{{.PlanPeriod}} {{label .PlanStatus}}</td><td class="num">{{money .PlanTargetMinor}}</td><td>{{label .QBRState}}</td><td>{{date .RenewalDate}}</td></tr>
{{end}}</table>
<h2>Top risks</h2><table><tr><th>Account</th><th>Risk</th><th class="num">Score</th></tr>
{{range .TopRisks}}<tr><td>{{.Account}}</td><td>{{.Title}}</td><td class="num">{{.Score}}</td></tr>
{{else}}<tr><td colspan="3" class="muted">No open high risks.</td></tr>
{{end}}</table>
<h2>Untapped potential by service line</h2><table><tr><th>Service line</th><th class="num">Untapped potential</th><th class="num">Accounts</th></tr>
{{range .UntappedByServiceLine}}<tr><td>{{.ServiceLine}}</td><td class="num">{{money .UntappedMinor}}</td><td class="num">{{.Accounts}}</td></tr>
{{else}}<tr><td colspan="3" class="muted">No untapped potential recorded.</td></tr>
{{end}}</table>
<footer>Generated {{date .GeneratedAt}} by AccountDesk. Confidential: for management of the agency only.</footer>
</body></html>
`
