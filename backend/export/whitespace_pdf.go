package export

import (
	"fmt"
	"strings"
)

// divisionsPerTable is how many divisions' columns one table of the grid
// holds on an A4 page; more continue in another table below.
const divisionsPerTable = 4

// whitespace draws the account's grid as a table: service lines as rows
// (more of them than divisions, and their names are short), the divisions
// or brands as columns, then each line's share of wallet and untapped
// potential.
func (d *pdfDoc) whitespace(w Whitespace, money func(int64) string) {
	d.section("Whitespace")
	if len(w.Lines) == 0 {
		d.muted("Nothing is recorded in the whitespace grid yet.")
		return
	}
	d.para(fmt.Sprintf("Share of wallet %s: our current work %s against competitors' %s. Untapped potential %s.",
		ShareText(w.SharePct), money(w.CurrentMinor), money(w.CompetitorMinor), money(w.UntappedMinor)))
	if n := w.UnpricedCompetitors; n > 0 {
		d.muted(fmt.Sprintf("%d competitor %s no known value, so our real share may be lower.", n, map[bool]string{true: "cell has", false: "cells have"}[n == 1]))
	}
	for start := 0; start < len(w.Divisions); start += divisionsPerTable {
		end := min(start+divisionsPerTable, len(w.Divisions))
		header := append(append([]string{"Service line"}, w.Divisions[start:end]...), "Share of wallet", "Untapped")
		right := map[int]bool{len(header) - 2: true, len(header) - 1: true}
		var rows [][]string
		for _, l := range w.Lines {
			name := l.ServiceLine
			if l.Retired {
				name += " (retired)"
			}
			row := []string{name}
			for _, c := range l.Cells[start:end] {
				row = append(row, cellText(c, money))
			}
			untapped := ""
			if l.UntappedMinor > 0 {
				untapped = money(l.UntappedMinor)
			}
			rows = append(rows, append(row, ShareText(l.SharePct), untapped))
		}
		d.table(header, nil, rows, right)
	}
	if len(w.Empty) > 0 {
		d.muted("Nothing recorded for " + strings.Join(w.Empty, ", ") + ".")
	}
}

// untapped draws the portfolio's untapped potential by service line.
func (d *pdfDoc) untapped(lines []UntappedLine, money func(int64) string) {
	d.section("Untapped potential by service line")
	if len(lines) == 0 {
		d.muted("No untapped potential is recorded in the accounts' whitespace grids.")
		return
	}
	var rows [][]string
	for _, l := range lines {
		rows = append(rows, []string{l.ServiceLine, money(l.UntappedMinor), fmt.Sprint(l.Accounts)})
	}
	d.table([]string{"Service line", "Untapped potential", "Accounts"}, nil, rows, map[int]bool{1: true, 2: true})
}
