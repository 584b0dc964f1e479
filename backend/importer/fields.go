package importer

import "accountdesk/backend"

// Fields lists, per kind, the field names a mapping may use (the values of
// ImportMapping.Columns), in the order the mapping step shows them.
var fields = map[string][]string{
	backend.ImportAccounts: {"externalId", "name", "industry", "tier", "status", "type", "renewalDate",
		"contractStart", "retainerHours", "notes", "deleted"},
	backend.ImportContacts: {"externalId", "name", "firstName", "lastName", "title", "email", "phone",
		"accountExternalId", "company", "deleted"},
	backend.ImportOpportunities: {"externalId", "name", "accountExternalId", "company", "stage", "status",
		"amount", "probability", "closeDate", "type", "deleted"},
	backend.ImportFigures: {"accountExternalId", "company", "month", "revenue", "cost", "writeOff"},
	backend.ImportHours:   {"accountExternalId", "company", "date", "month", "hours", "person", "personFirstName", "personLastName", "personEmail"},
}

// Fields returns the field names a mapping of kind may use; nil for an
// unknown kind.
func Fields(kind string) []string { return append([]string(nil), fields[kind]...) }

func isField(kind, field string) bool {
	if _, _, ok := splitWide(kind, field); ok {
		return true
	}
	for _, f := range fields[kind] {
		if f == field {
			return true
		}
	}
	return false
}

// fieldLabels are the fields as a user reads them in messages.
var fieldLabels = map[string]string{
	"externalId": "record id", "name": "name", "firstName": "first name", "lastName": "last name",
	"accountExternalId": "account id", "company": "company", "amount": "amount", "month": "month",
	"date": "date", "hours": "hours", "revenue": "revenue", "cost": "cost", "writeOff": "write-offs",
	"person": "person", "personFirstName": "person's first name", "personLastName": "person's last name", "personEmail": "person's email",
}

// requirement is one thing a kind cannot do without: any one of fields.
type requirement []string

var required = map[string][]requirement{
	backend.ImportAccounts:      {{"name"}},
	backend.ImportContacts:      {{"name", "firstName", "lastName"}, {"accountExternalId", "company"}},
	backend.ImportOpportunities: {{"name"}, {"accountExternalId", "company"}},
	backend.ImportFigures:       {{"accountExternalId", "company"}, {"month"}, {"revenue", "cost", "writeOff"}},
	backend.ImportHours:         {{"accountExternalId", "company"}, {"date", "month"}, {"hours"}},
}

// dictionary maps a folded header to a field, per source and kind. The
// spreadsheet entry holds the common synonyms every source falls back to.
type dictionary map[string]map[string]map[string]string // source → kind → folded header → field

// headers lists each source's documented export headers (see
// testdata/import/README.md for where each is documented). Salesforce uses
// API field names; HubSpot uses the property labels in the exporting user's
// language (English, German, French, Spanish here); Pipedrive prefixes each
// column with its object ("Organization - Name").
var headers = dictionary{
	backend.SourceSalesforce: {
		backend.ImportAccounts: {"id": "externalId", "name": "name", "industry": "industry", "type": "type",
			"description": "notes", "isdeleted": "deleted"},
		backend.ImportContacts: {"id": "externalId", "name": "name", "firstname": "firstName", "lastname": "lastName",
			"title": "title", "email": "email", "phone": "phone", "mobilephone": "phone", "accountid": "accountExternalId",
			"isdeleted": "deleted"},
		backend.ImportOpportunities: {"id": "externalId", "name": "name", "accountid": "accountExternalId",
			"stagename": "stage", "amount": "amount", "probability": "probability", "closedate": "closeDate",
			"type": "type", "isdeleted": "deleted"},
	},
	backend.SourceHubSpot: {
		backend.ImportAccounts: {
			"recordid": "externalId", "datensatzid": "externalId", "iddefichedinformations": "externalId", "idderegistro": "externalId",
			"companyname": "name", "firmenname": "name", "nomdelentreprise": "name", "nombredelaempresa": "name", "name": "name",
			"industry": "industry", "branche": "industry", "secteurdactivite": "industry", "sector": "industry",
			"namedesunternehmens": "name", "description": "notes", "beschreibung": "notes", "descripcion": "notes",
			"lifecyclestage": "type", "lifecyclephase": "type", "phasedecycledevie": "type", "etapadelciclodevida": "type",
		},
		backend.ImportContacts: {
			"recordid": "externalId", "datensatzid": "externalId", "iddefichedinformations": "externalId", "idderegistro": "externalId",
			"firstname": "firstName", "vorname": "firstName", "prenom": "firstName", "nombre": "firstName",
			"lastname": "lastName", "nachname": "lastName", "nom": "lastName", "apellidos": "lastName",
			"email": "email", "emailaddress": "email", "email2": "email", "adresseemail": "email", "correo": "email", "correoelectronico": "email",
			"jobtitle": "title", "jobtitel": "title", "position": "title", "intitule": "title", "intituledeposte": "title", "cargo": "title",
			"phonenumber": "phone", "telefonnummer": "phone", "numerodetelephone": "phone", "numerodetelefono": "phone",
			"associatedcompany": "company", "associatedcompanyprimary": "company", "zugeordnetesunternehmen": "company", "zugeordnetesunternehmenprimar": "company", "entrepriseassociee": "company",
			"empresaasociada": "company", "companyname": "company", "firmenname": "company", "nomdelentreprise": "company",
			"nombredelaempresa": "company", "associatedcompanyid": "accountExternalId", "associatedcompanyids": "accountExternalId",
		},
		backend.ImportOpportunities: {
			"recordid": "externalId", "datensatzid": "externalId", "iddefichedinformations": "externalId", "idderegistro": "externalId",
			"dealname": "name", "nomdelatransaction": "name", "nombredelnegocio": "name",
			"dealstage": "stage", "dealphase": "stage", "phasedelatransaction": "stage", "etapadelnegocio": "stage",
			"amount": "amount", "betrag": "amount", "montant": "amount", "importe": "amount", "cantidad": "amount",
			"closedate": "closeDate", "abschlussdatum": "closeDate", "datedefermeture": "closeDate", "fechadecierre": "closeDate",
			"dealprobability": "probability", "dealwahrscheinlichkeit": "probability", "probabilitedelatransaction": "probability",
			"probabilidaddelnegocio": "probability", "dealtype": "type", "dealtyp": "type",
			"associatedcompany": "company", "associatedcompanyprimary": "company", "zugeordnetesunternehmen": "company", "zugeordnetesunternehmenprimar": "company", "entrepriseassociee": "company",
			"empresaasociada": "company", "associatedcompanyid": "accountExternalId", "associatedcompanyids": "accountExternalId",
		},
	},
	backend.SourcePipedrive: {
		backend.ImportAccounts: {"organizationid": "externalId", "organizationname": "name", "organizationindustry": "industry",
			"organizationlabel": "type"},
		backend.ImportContacts: {"personid": "externalId", "personname": "name", "personfirstname": "firstName",
			"personlastname": "lastName", "personemail": "email", "personemailwork": "email", "personphone": "phone",
			"personphonework": "phone", "personjobtitle": "title", "personorganization": "company",
			"organizationname": "company", "organizationid": "accountExternalId"},
		backend.ImportOpportunities: {"dealid": "externalId", "dealtitle": "name", "dealvalue": "amount", "dealstage": "stage",
			"dealstatus": "status", "dealprobability": "probability", "dealexpectedclosedate": "closeDate",
			"dealorganization": "company", "organizationname": "company", "organizationid": "accountExternalId"},
	},
	backend.SourceHarvest: {
		backend.ImportHours: {"date": "date", "client": "company", "hours": "hours", "firstname": "personFirstName", "lastname": "personLastName"},
	},
	backend.SourceToggl: {
		backend.ImportHours: {"startdate": "date", "client": "company", "duration": "hours", "durationh": "hours", "user": "person", "email": "personEmail"},
	},
	backend.SourceClockify: {
		backend.ImportHours: {"startdate": "date", "client": "company", "durationdecimal": "hours", "user": "person", "email": "personEmail"},
	},
	backend.SourceSpreadsheet: {
		backend.ImportAccounts: {
			"id": "externalId", "externalid": "externalId", "accountid": "externalId", "clientid": "externalId",
			"name": "name", "account": "name", "accountname": "name", "client": "name", "clientname": "name",
			"company": "name", "companyname": "name", "customer": "name", "organisation": "name", "organization": "name",
			"kunde": "name", "firma": "name", "cliente": "name", "entreprise": "name",
			"industry": "industry", "sector": "industry", "vertical": "industry", "branche": "industry",
			"tier": "tier", "segment": "tier", "status": "status", "type": "type",
			"tierc": "tier", "retainerhoursc": "retainerHours", "renewaldatec": "renewalDate",
			"renewal": "renewalDate", "renewaldate": "renewalDate", "contractend": "renewalDate", "contractenddate": "renewalDate",
			"contractstart": "contractStart", "contractstartdate": "contractStart", "startdate": "contractStart",
			"retainerhours": "retainerHours", "retainerhourspermonth": "retainerHours", "hourspermonth": "retainerHours",
			"notes": "notes", "note": "notes", "comments": "notes", "description": "notes",
		},
		backend.ImportContacts: {
			"id": "externalId", "contactid": "externalId", "name": "name", "fullname": "name", "contact": "name",
			"contactname": "name", "firstname": "firstName", "lastname": "lastName", "surname": "lastName",
			"title": "title", "jobtitle": "title", "role": "title", "position": "title",
			"email": "email", "emailaddress": "email", "phone": "phone", "phonenumber": "phone", "telephone": "phone", "mobile": "phone",
			"company": "company", "companyname": "company", "account": "company", "accountname": "company", "client": "company",
			"organisation": "company", "organization": "company", "accountid": "accountExternalId",
		},
		backend.ImportOpportunities: {
			"id": "externalId", "opportunityid": "externalId", "dealid": "externalId",
			"name": "name", "opportunity": "name", "opportunityname": "name", "deal": "name", "dealname": "name", "title": "name",
			"account": "company", "accountname": "company", "client": "company", "company": "company", "accountid": "accountExternalId",
			"stage": "stage", "status": "status", "amount": "amount", "value": "amount", "dealvalue": "amount",
			"probability": "probability", "closedate": "closeDate", "expectedclose": "closeDate", "type": "type",
		},
		backend.ImportFigures: {
			"account": "company", "accountname": "company", "client": "company", "company": "company", "customer": "company",
			"accountid": "accountExternalId", "month": "month", "period": "month", "date": "month",
			"revenue": "revenue", "fees": "revenue", "income": "revenue", "sales": "revenue", "umsatz": "revenue",
			"cost": "cost", "costs": "cost", "directcost": "cost", "directcosts": "cost",
			"writeoff": "writeOff", "writeoffs": "writeOff", "writtenoff": "writeOff",
			"kunde": "company", "monat": "month", "kosten": "cost", "abschreibungen": "writeOff", "abschreibung": "writeOff",
			"mois": "month", "chiffredaffaires": "revenue", "couts": "cost",
			"mes": "month", "ingresos": "revenue", "costes": "cost",
		},
		backend.ImportHours: {
			"account": "company", "client": "company", "company": "company", "customer": "company", "accountid": "accountExternalId",
			"date": "date", "day": "date", "month": "month", "hours": "hours", "time": "hours", "duration": "hours",
			"person": "person", "user": "person", "staff": "person", "teammember": "person", "employeename": "person",
			"firstname": "personFirstName", "lastname": "personLastName", "email": "personEmail",
		},
	},
}
