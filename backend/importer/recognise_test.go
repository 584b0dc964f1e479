package importer_test

import (
	"testing"

	"accountdesk/backend"
	"accountdesk/backend/importer"
)

func TestRecognise(t *testing.T) {
	scenarios := []struct {
		name         string
		header       []string
		as           string
		kind, source string
		wantField    map[string]string // header → field, a few that must be mapped
		errField     string            // "" for success
	}{
		{"OK Salesforce Account.csv with a custom field", []string{"\ufeffId", "IsDeleted", "Name", "Type", "Industry", "Tier__c"}, "",
			backend.ImportAccounts, backend.SourceSalesforce, map[string]string{"\ufeffId": "externalId", "Name": "name", "IsDeleted": "deleted"}, ""},
		{"OK Salesforce Contact.csv", []string{"Id", "AccountId", "FirstName", "LastName", "Title", "Email", "Phone", "ReportsToId"}, "",
			backend.ImportContacts, backend.SourceSalesforce, map[string]string{"AccountId": "accountExternalId", "LastName": "lastName"}, ""},
		{"OK Salesforce Opportunity.csv", []string{"Id", "AccountId", "Name", "StageName", "Amount", "Probability", "CloseDate", "Type"}, "",
			backend.ImportOpportunities, backend.SourceSalesforce, map[string]string{"StageName": "stage", "CloseDate": "closeDate"}, ""},
		{"OK HubSpot companies in English", []string{"Record ID", "Company name", "Industry", "Create Date"}, "",
			backend.ImportAccounts, backend.SourceHubSpot, map[string]string{"Record ID": "externalId", "Company name": "name"}, ""},
		{"OK HubSpot companies in German", []string{"Datensatz-ID", "Firmenname", "Branche"}, "",
			backend.ImportAccounts, backend.SourceHubSpot, map[string]string{"Firmenname": "name", "Branche": "industry"}, ""},
		{"OK HubSpot deals in German", []string{"Datensatz-ID", "Deal-Name", "Deal-Phase", "Betrag", "Abschlussdatum", "Associated Company"}, "",
			backend.ImportOpportunities, backend.SourceHubSpot, map[string]string{"Deal-Phase": "stage", "Betrag": "amount"}, ""},
		{"OK HubSpot deals in French", []string{"ID de fiche d'informations", "Nom de la transaction", "Phase de la transaction", "Montant", "Date de fermeture", "Associated Company"}, "",
			backend.ImportOpportunities, backend.SourceHubSpot, map[string]string{"Montant": "amount", "Date de fermeture": "closeDate"}, ""},
		{"OK HubSpot contacts in Spanish", []string{"ID de registro", "Nombre", "Apellidos", "Correo", "Nombre de la empresa"}, "",
			backend.ImportContacts, backend.SourceHubSpot, map[string]string{"Apellidos": "lastName", "Nombre de la empresa": "company"}, ""},
		{"OK Pipedrive organizations", []string{"Organization - ID", "Organization - Name", "Organization - Industry"}, "",
			backend.ImportAccounts, backend.SourcePipedrive, map[string]string{"Organization - Name": "name"}, ""},
		{"OK Pipedrive deals", []string{"Deal - ID", "Deal - Title", "Deal - Value", "Deal - Stage", "Deal - Status", "Deal - Organization"}, "",
			backend.ImportOpportunities, backend.SourcePipedrive, map[string]string{"Deal - Value": "amount", "Deal - Organization": "company"}, ""},
		{"OK Harvest detailed time report", []string{"Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded", "Billable?", "First Name", "Last Name"}, "",
			backend.ImportHours, backend.SourceHarvest, map[string]string{"Client": "company", "Hours": "hours"}, ""},
		{"OK Toggl detailed report", []string{"User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time", "End date", "End time", "Duration"}, "",
			backend.ImportHours, backend.SourceToggl, map[string]string{"Start date": "date", "Duration": "hours"}, ""},
		{"OK Clockify detailed report", []string{"Project", "Client", "Description", "Task", "User", "Email", "Billable", "Start Date", "Start Time", "Duration (h)", "Duration (decimal)"}, "",
			backend.ImportHours, backend.SourceClockify, map[string]string{"Duration (decimal)": "hours"}, ""},
		{"OK spreadsheet of clients by synonyms", []string{"Client", "Sector", "Renewal"}, "",
			backend.ImportAccounts, backend.SourceSpreadsheet, map[string]string{"Client": "name", "Sector": "industry", "Renewal": "renewalDate"}, ""},
		{"OK finance spreadsheet", []string{"Client", "Month", "Revenue", "Cost"}, "",
			backend.ImportFigures, backend.SourceSpreadsheet, map[string]string{"Revenue": "revenue"}, ""},
		{"OK one column per month is figures", []string{"Client", "Jan 2026", "Feb 2026", "2026-03"}, "",
			backend.ImportFigures, backend.SourceSpreadsheet, map[string]string{"Client": "company", "Jan 2026": "revenue@2026-01", "2026-03": "revenue@2026-03"}, ""},
		{"OK one column per month given as hours", []string{"Client", "Person", "01/2026", "02/2026"}, backend.ImportHours,
			backend.ImportHours, backend.SourceSpreadsheet, map[string]string{"01/2026": "hours@2026-01"}, ""},
		{"OK the kind the user names wins", []string{"Client", "Month", "Revenue"}, backend.ImportAccounts,
			backend.ImportAccounts, backend.SourceSpreadsheet, map[string]string{"Client": "name"}, ""},
		{"ErrKindUnrecognisable", []string{"Foo", "Bar"}, "", "", "", nil, "kind"},
		{"ErrNamedKindWithoutItsColumns", []string{"Foo", "Bar"}, backend.ImportContacts, "", "", nil, "columns"},
		{"ErrUnknownKind", []string{"Name"}, "invoices", "", "", nil, "kind"},
		{"ErrDuplicateHeader", []string{"Name", "Industry", "Name"}, "", "", "", nil, "columns"},
		{"ErrEmptyHeader", []string{"", " "}, "", "", "", nil, "columns"},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			m, err := importer.Recognise(sc.header, sc.as)
			if sc.errField != "" {
				if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorField(err) != sc.errField {
					t.Fatalf("err = %v, want invalid %s", err, sc.errField)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Kind != sc.kind || m.Source != sc.source {
				t.Fatalf("recognised %s from %s, want %s from %s", m.Kind, m.Source, sc.kind, sc.source)
			}
			for h, f := range sc.wantField {
				if m.Columns[h] != f {
					t.Errorf("column %q → %q, want %q (mapping %v)", h, m.Columns[h], f, m.Columns)
				}
			}
			if _, err := importer.Bind(m, sc.header); err != nil {
				t.Fatalf("a recognised mapping must bind to its own file: %v", err)
			}
		})
	}
}

func TestNormalName(t *testing.T) {
	same := [][2]string{
		{"ACME Inc.", "Acme Inc"},
		{"Acme, Inc", "acme"},
		{"Acmé GmbH & Co. KG", "ACME"},
		{"The Nordic Roast Company", "Nordic Roast"},
		{"Müller Bäckerei AG", "Muller Backerei"},
		{"A.C.M.E. Ltd", "ACME"},
		{"Smith & Sons", "Smith and Sons"},
		{"O'Brien Foods", "OBrien Foods"},
	}
	for _, p := range same {
		if a, b := importer.NormalName(p[0]), importer.NormalName(p[1]); a != b {
			t.Errorf("NormalName(%q) = %q, NormalName(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	different := [][2]string{{"Acme", "Apex"}, {"Acme Foods", "Acme Motors"}, {"Inc", "Ltd"}}
	for _, p := range different {
		if importer.NormalName(p[0]) == importer.NormalName(p[1]) {
			t.Errorf("%q and %q must stay different accounts", p[0], p[1])
		}
	}
}

func TestNearName(t *testing.T) {
	scenarios := []struct {
		a, b string
		near bool
	}{
		{"Acme Foods", "Acme Food", true},      // one letter
		{"Nordic Roast", "Nordik Roost", true}, // two letters in a long name
		{"Acme", "Acme Foods", true},           // words within
		{"Bright Side", "Brightside", true},    // spacing
		{"Acme", "Apex", false},                // two letters in a short name
		{"Acme Foods", "Acme Motors", false},   // different businesses
		{"Acme Inc", "ACME Inc.", false},       // equal after normalising is a match, not a near one
		{"AB", "AC", false},                    // too short to tell
	}
	for _, sc := range scenarios {
		a, b := importer.NormalName(sc.a), importer.NormalName(sc.b)
		if got := importer.NearName(a, b); got != sc.near {
			t.Errorf("NearName(%q, %q) = %v, want %v", sc.a, sc.b, got, sc.near)
		}
	}
}

func TestStage(t *testing.T) {
	scenarios := map[string]string{
		"Prospecting": backend.StageIdentified, "Qualification": backend.StageQualified, "Needs Analysis": backend.StageQualified,
		"Proposal/Price Quote": backend.StageProposal, "Negotiation/Review": backend.StageNegotiation,
		"Closed Won": backend.StageWon, "Closed Lost": backend.StageLost,
		"Appointment scheduled": backend.StageIdentified, "Qualified to buy": backend.StageQualified, "Contract sent": backend.StageNegotiation,
		"Abgeschlossen und gewonnen": backend.StageWon, "Abgeschlossen und verloren": backend.StageLost,
		"Fermé gagné": backend.StageWon, "Cerrado perdido": backend.StageLost, "Lead In": backend.StageIdentified, "Proposal Made": backend.StageProposal,
	}
	for in, want := range scenarios {
		if got, ok := importer.Stage(in); !ok || got != want {
			t.Errorf("Stage(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := importer.Stage("Blue sky"); ok {
		t.Error("an agency's own stage name is not recognised as one of ours")
	}
}
