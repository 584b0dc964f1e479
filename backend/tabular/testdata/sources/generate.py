#!/usr/bin/python3
"""Writes the files in this folder: exports as Salesforce, HubSpot, Pipedrive,
Harvest, Toggl Track, Clockify and Excel write them (see README.md for where
each format is documented). Run from anywhere with Debian's python3 and
openpyxl; the output is committed beside this script:

    /usr/bin/python3 backend/tabular/testdata/sources/generate.py

The LibreOffice workbook is made from figures-libreoffice.fods by soffice;
see README.md.
"""
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=False, newline="\n"):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def quoted(rows):
    """Every value quoted, as Salesforce's Data Export and Clockify write."""
    return "".join(",".join('"' + v.replace('"', '""') + '"' for v in r) + "\n" for r in rows)


def plain(rows, sep=","):
    """Quoted only where needed, as Toggl, Harvest and Excel write."""
    out = []
    for r in rows:
        cells = []
        for v in r:
            if any(c in v for c in (sep, '"', "\n", "\r")):
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


# --- Salesforce Data Export (Setup > Data Export): one CSV per object, API
# field names, 18-character ids, every value quoted, CRLF, UTF-8 with a BOM.
write("salesforce/Account.csv", quoted([
    ["Id", "IsDeleted", "MasterRecordId", "Name", "Type", "ParentId", "BillingStreet", "BillingCity",
     "BillingPostalCode", "BillingCountry", "Phone", "Website", "Industry", "AnnualRevenue",
     "NumberOfEmployees", "OwnerId", "CreatedDate", "LastModifiedDate", "Description", "Tier__c",
     "Retainer_Hours__c"],
    ["0015g00000AbCdEAAV", "false", "", "Acme Inc.", "Customer - Direct", "", "1 Main Street\nSuite 200",
     "Springfield", "12345", "United States", "(555) 010-0100", "www.acme.example", "Manufacturing",
     "1200000", "250", "0055g000004XyZaAAK", "2024-01-15T09:30:00.000Z", "2026-02-01T16:05:12.000Z",
     "Key account since 2019.\nQuarterly business review in March;\nrenewal talks \"early\".", "Gold", "40"],
    ["0015g00000AbCdFAAV", "false", "", "Müller & Söhne GmbH", "Customer - Channel", "", "Königstraße 5",
     "Stuttgart", "70173", "Germany", "+49 711 000000", "mueller.example", "Retail", "", "", 
     "0055g000004XyZaAAK", "2024-03-02T11:00:00.000Z", "2026-01-20T08:00:00.000Z", "", "Silver", ""],
    ["0015g00000AbCdGAAV", "true", "0015g00000AbCdEAAV", "ACME Inc", "", "", "", "", "", "", "", "", "",
     "", "", "0055g000004XyZaAAK", "2024-05-05T10:00:00.000Z", "2025-05-05T10:00:00.000Z", "Merged duplicate",
     "", ""],
]), bom=True, newline="\r\n")

write("salesforce/Contact.csv", quoted([
    ["Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName", "Salutation", "Name",
     "Phone", "MobilePhone", "ReportsToId", "Email", "Title", "Department", "OwnerId", "CreatedDate"],
    ["0035g00000QrStUAAV", "false", "", "0015g00000AbCdEAAV", "Rivera", "Dana", "Ms.", "Dana Rivera",
     "(555) 010-0101", "", "", "dana.rivera@acme.example", "Chief Marketing Officer", "Marketing",
     "0055g000004XyZaAAK", "2024-01-15T09:31:00.000Z"],
    ["0035g00000QrStVAAV", "false", "", "0015g00000AbCdEAAV", "Okafor", "Sam", "Mr.", "Sam Okafor", "",
     "+1 555 010 0199", "0035g00000QrStUAAV", "sam.okafor@acme.example", "Brand Manager", "Marketing",
     "0055g000004XyZaAAK", "2024-02-01T14:00:00.000Z"],
    ["0035g00000QrStWAAV", "false", "", "0015g00000AbCdFAAV", "Weiß", "Jürgen", "Herr", "Jürgen Weiß",
     "+49 711 000001", "", "", "j.weiss@mueller.example", "Geschäftsführer", "", "0055g000004XyZaAAK",
     "2024-03-02T11:05:00.000Z"],
]), bom=True, newline="\r\n")

# The next month's Contact export of the same org: Priya Shah joined as Head
# of Brand under Dana Rivera, Sam Okafor and the new Lee Chen report to her
# (Lee's row comes before Priya's: a ReportsToId may name a later row), and
# Jürgen Weiß's manager is a contact the export does not include.
write("salesforce/Contact-next-month.csv", quoted([
    ["Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName", "Salutation", "Name",
     "Phone", "MobilePhone", "ReportsToId", "Email", "Title", "Department", "OwnerId", "CreatedDate"],
    ["0035g00000QrStUAAV", "false", "", "0015g00000AbCdEAAV", "Rivera", "Dana", "Ms.", "Dana Rivera",
     "(555) 010-0101", "", "", "dana.rivera@acme.example", "Chief Marketing Officer", "Marketing",
     "0055g000004XyZaAAK", "2024-01-15T09:31:00.000Z"],
    ["0035g00000QrStVAAV", "false", "", "0015g00000AbCdEAAV", "Okafor", "Sam", "Mr.", "Sam Okafor", "",
     "+1 555 010 0199", "0035g00000QrStYAAV", "sam.okafor@acme.example", "Brand Manager", "Marketing",
     "0055g000004XyZaAAK", "2024-02-01T14:00:00.000Z"],
    ["0035g00000QrStZAAV", "false", "", "0015g00000AbCdEAAV", "Chen", "Lee", "", "Lee Chen", "", "",
     "0035g00000QrStYAAV", "lee.chen@acme.example", "Content Lead", "Marketing", "0055g000004XyZaAAK",
     "2026-02-03T10:12:00.000Z"],
    ["0035g00000QrStYAAV", "false", "", "0015g00000AbCdEAAV", "Shah", "Priya", "Ms.", "Priya Shah",
     "(555) 010-0144", "", "0035g00000QrStUAAV", "priya.shah@acme.example", "Head of Brand", "Marketing",
     "0055g000004XyZaAAK", "2026-01-20T08:45:00.000Z"],
    ["0035g00000QrStWAAV", "false", "", "0015g00000AbCdFAAV", "Weiß", "Jürgen", "Herr", "Jürgen Weiß",
     "+49 711 000001", "", "0035g00000QrStXAAV", "j.weiss@mueller.example", "Geschäftsführer", "",
     "0055g000004XyZaAAK", "2024-03-02T11:05:00.000Z"],
]), bom=True, newline="\r\n")

write("salesforce/Opportunity.csv", quoted([
    ["Id", "IsDeleted", "AccountId", "IsPrivate", "Name", "Description", "StageName", "Amount",
     "Probability", "ExpectedRevenue", "CloseDate", "Type", "NextStep", "LeadSource", "IsClosed", "IsWon",
     "ForecastCategory", "ForecastCategoryName", "OwnerId", "CreatedDate", "FiscalQuarter", "FiscalYear"],
    ["0065g00000LmNoPAAV", "false", "0015g00000AbCdEAAV", "false", "Acme – 2026 retainer renewal",
     "Renewal of the brand retainer.\nScope: 40 h/month,\nplus the spring campaign.", "Negotiation/Review",
     "120000", "90", "108000", "2026-03-31", "Existing Customer - Upgrade", "Send the proposal", "Web",
     "false", "false", "Commit", "Commit", "0055g000004XyZaAAK", "2025-12-01T10:00:00.000Z", "1", "2026"],
    ["0065g00000LmNoQAAV", "false", "0015g00000AbCdFAAV", "false", "Müller – website relaunch", "",
     "Closed Won", "45000.5", "100", "45000.5", "2026-01-15", "New Customer", "", "Partner Referral",
     "true", "true", "Closed", "Closed", "0055g000004XyZaAAK", "2025-10-10T09:00:00.000Z", "1", "2026"],
]), bom=True, newline="\r\n")

# --- HubSpot exports (Records > Export): property labels in the exporting
# user's language as headers, "Record ID" first, CSV or XLSX.
hs_companies_en = [
    ["Record ID", "Company name", "Company Domain Name", "Industry", "Company owner", "Create Date",
     "Lifecycle Stage", "Annual Revenue", "Number of Employees", "City", "Country/Region"],
    ["9876543210", "Acme Inc.", "acme.example", "Manufacturing", "Ada Director", "2024-01-15 09:30",
     "Customer", "1200000", "250", "Springfield", "United States"],
    ["9876543211", "Globex Corporation", "globex.example", "Computer Software", "Ada Director",
     "2024-06-01 12:00", "Opportunity", "", "", "Cypress Creek", "United States"],
]
write("hubspot/hubspot-crm-exports-all-companies-en.csv", quoted(hs_companies_en))
hs_contacts_en = [
    ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Job Title", "Associated Company",
     "Contact owner", "Create Date", "Lifecycle Stage"],
    ["51", "Dana", "Rivera", "dana.rivera@acme.example", "+1 555 010 0101", "Chief Marketing Officer",
     "Acme Inc.", "Ada Director", "2024-01-15 09:31", "Customer"],
    ["52", "Hank", "Scorpio", "hank@globex.example", "", "CEO", "Globex Corporation", "Ada Director",
     "2024-06-01 12:05", "Opportunity"],
]
write("hubspot/hubspot-crm-exports-all-contacts-en.csv", quoted(hs_contacts_en))
hs_deals_en = [
    ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Pipeline", "Deal owner",
     "Deal probability", "Create Date", "Associated Company"],
    ["1001", "Acme – 2026 retainer renewal", "Contract Sent", "120000", "2026-03-31 00:00", "Sales Pipeline",
     "Ada Director", "0.9", "2025-12-01 10:00", "Acme Inc."],
    ["1002", "Globex – launch campaign", "Qualified To Buy", "35000.5", "2026-06-30 00:00",
     "Sales Pipeline", "Ada Director", "0.4", "2026-02-01 09:00", "Globex Corporation"],
]
write("hubspot/hubspot-crm-exports-all-deals-en.csv", quoted(hs_deals_en))

# German labels as HubSpot's German help centre lists them.
hs_companies_de = [
    ["Datensatz-ID", "Name des Unternehmens", "Domain-Name des Unternehmens", "Branche",
     "Unternehmensinhaber", "Erstelldatum", "Lifecycle-Phase", "Jahresumsatz", "Stadt", "Land/Region"],
    ["9876543212", "Müller & Söhne GmbH", "mueller.example", "Einzelhandel", "Ada Director",
     "02.03.2024 11:00", "Kunde", "2500000", "Stuttgart", "Deutschland"],
    ["9876543213", "Bäckerei Groß", "baeckerei-gross.example", "Lebensmittel", "Ada Director",
     "15.07.2025 08:00", "Lead", "", "München", "Deutschland"],
]
write("hubspot/hubspot-crm-exports-alle-unternehmen-de.csv", quoted(hs_companies_de))
hs_contacts_de = [
    ["Datensatz-ID", "Vorname", "Nachname", "E-Mail", "Telefonnummer", "Jobtitel",
     "Zugeordnetes Unternehmen", "Kontaktinhaber", "Erstelldatum"],
    ["61", "Jürgen", "Weiß", "j.weiss@mueller.example", "+49 711 000001", "Geschäftsführer",
     "Müller & Söhne GmbH", "Ada Director", "02.03.2024 11:05"],
]
write("hubspot/hubspot-crm-exports-alle-kontakte-de.csv", quoted(hs_contacts_de))
hs_deals_de = [
    ["Datensatz-ID", "Deal-Name", "Deal-Phase", "Betrag", "Abschlussdatum", "Pipeline", "Deal-Inhaber",
     "Deal-Wahrscheinlichkeit", "Erstelldatum"],
    ["2001", "Müller – Relaunch Website", "Abgeschlossen und gewonnen", "45000,5", "15.01.2026",
     "Vertriebspipeline", "Ada Director", "1", "10.10.2025 09:00"],
    ["2002", "Bäckerei Groß – Social Media", "Termin vereinbart", "8000", "30.06.2026", "Vertriebspipeline",
     "Ada Director", "0,2", "01.02.2026 09:00"],
]
write("hubspot/hubspot-crm-exports-alle-deals-de.csv", quoted(hs_deals_de))


def xlsx(name, rows, dates=(), numbers=(), date_format="yyyy-mm-dd hh:mm"):
    """An XLSX export: header in bold, dates and numbers as real cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r, row in enumerate(rows):
        out = []
        for c, v in enumerate(row):
            if r and v and c in dates:
                v = dt.datetime.strptime(v, "%Y-%m-%d %H:%M" if ":" in v else "%d.%m.%Y")
            elif r and v and c in numbers:
                v = float(v.replace(",", ".")) if ("." in v or "," in v) else int(v)
            out.append(v)
        ws.append(out)
        if r:
            for c in dates:
                ws.cell(row=r + 1, column=c + 1).number_format = date_format
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wb.save(os.path.join(HERE, name))


xlsx("hubspot/hubspot-crm-exports-all-companies-en.xlsx", hs_companies_en, dates=(5,), numbers=(7, 8))
de = [r[:] for r in hs_deals_de]
xlsx("hubspot/hubspot-crm-exports-alle-deals-de.xlsx",
     [de[0]] + [r[:4] + [r[4]] + r[5:7] + [r[7]] + [r[8]] for r in de[1:]], dates=(4,), numbers=(3, 7),
     date_format="dd.mm.yyyy")

# --- Pipedrive exports (… > Export filter results): "Object - Field" headers.
write("pipedrive/organizations-export.csv", plain([
    ["Organization - ID", "Organization - Name", "Organization - Owner", "Organization - Address",
     "Organization - Label", "Organization - People", "Organization - Open deals",
     "Organization - Organization created"],
    ["17", "Acme Inc.", "Ada Director", "1 Main Street, Springfield, United States", "Customer", "2", "1",
     "2024-01-15 09:30:00"],
    ["18", "Initech", "Ada Director", "", "Hot lead", "1", "0", "2025-11-02 10:00:00"],
]))
write("pipedrive/people-export.csv", plain([
    ["Person - ID", "Person - Name", "Person - First name", "Person - Last name", "Person - Organization",
     "Person - Email - Work", "Person - Phone - Work", "Person - Job title", "Person - Owner"],
    ["301", "Dana Rivera", "Dana", "Rivera", "Acme Inc.", "dana.rivera@acme.example", "+1 555 010 0101",
     "Chief Marketing Officer", "Ada Director"],
    ["302", "Bill Lumbergh", "Bill", "Lumbergh", "Initech", "bill@initech.example", "", "Vice President",
     "Ada Director"],
]))
write("pipedrive/deals-export.csv", plain([
    ["Deal - ID", "Deal - Title", "Deal - Organization", "Deal - Contact person", "Deal - Value",
     "Deal - Currency", "Deal - Pipeline", "Deal - Stage", "Deal - Status", "Deal - Expected close date",
     "Deal - Probability", "Deal - Owner", "Deal - Deal created"],
    ["501", "Acme renewal 2026", "Acme Inc.", "Dana Rivera", "120000", "USD", "Pipeline", "Negotiations Started",
     "Open", "2026-03-31", "90", "Ada Director", "2025-12-01 10:00:00"],
    ["502", "Initech TPS campaign", "Initech", "Bill Lumbergh", "15000.75", "USD", "Pipeline", "Contact Made",
     "Lost", "2026-02-28", "", "Ada Director", "2025-11-02 10:05:00"],
]))

# --- Harvest: Reports > Detailed time > Export > CSV.
write("harvest/harvest_time_report_from2026-03-01to2026-03-31.csv", plain([
    ["Date", "Client", "Project", "Project Code", "Task", "Notes", "Hours", "Hours Rounded", "Billable?",
     "Invoiced?", "Approved?", "First Name", "Last Name", "Roles", "Employee?", "Billable Rate",
     "Billable Amount", "Cost Rate", "Cost Amount", "Currency", "External Reference URL"],
    ["2026-03-02", "Acme Inc.", "Brand retainer 2026", "ACME-26", "Design", "Spring campaign, key visual",
     "2.5", "2.5", "Yes", "No", "Yes", "Lee", "Park", "Designer", "Yes", "150", "375", "60", "150",
     "US Dollar - USD", ""],
    ["2026-03-02", "Acme Inc.", "Brand retainer 2026", "ACME-26", "Account management", "QBR prep",
     "0.75", "0.75", "Yes", "No", "Yes", "Ada", "Director", "Account Director", "Yes", "180", "135", "90",
     "67.5", "US Dollar - USD", ""],
    ["2026-03-03", "Müller & Söhne GmbH", "Website relaunch", "MUE-01", "Development", "",
     "6", "6", "Yes", "No", "No", "Lee", "Park", "Designer", "Yes", "150", "900", "60", "360",
     "US Dollar - USD", ""],
]))

# --- Toggl Track: Reports > Detailed > Export > Download CSV. UTF-8 with a
# BOM; durations as hh:mm:ss (the profile's duration format).
write("toggl/TogglTrack_Report_Detailed_2026-03-01_2026-03-31.csv", plain([
    ["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time",
     "End date", "End time", "Duration", "Tags", "Amount (USD)"],
    ["Lee Park", "lee@agency.example", "Acme Inc.", "Brand retainer 2026", "Design", "Key visual, round 2",
     "Yes", "2026-03-02", "09:00:00", "2026-03-02", "11:30:00", "02:30:00", "design, campaign", "375.00"],
    ["Ada Director", "ada@agency.example", "Acme Inc.", "Brand retainer 2026", "", "QBR prep", "Yes",
     "2026-03-02", "14:00:00", "2026-03-02", "14:45:00", "00:45:00", "", "135.00"],
    ["Lee Park", "lee@agency.example", "", "Internal", "", "Team meeting", "No", "2026-03-03", "09:00:00",
     "2026-03-03", "09:30:00", "00:30:00", "", "0.00"],
]), bom=True)

# --- Clockify: Reports > Detailed > Export > Save as CSV. Every value quoted;
# dates and times in the workspace's format (here en-US).
write("clockify/Clockify_Time_Report_Detailed_03_01_2026-03_31_2026.csv", quoted([
    ["Project", "Client", "Description", "Task", "User", "Group", "Email", "Tags", "Billable", "Start Date",
     "Start Time", "End Date", "End Time", "Duration (h)", "Duration (decimal)", "Billable Rate (USD)",
     "Billable Amount (USD)"],
    ["Brand retainer 2026", "Acme Inc.", "Key visual, round 2", "Design", "Lee Park", "Studio",
     "lee@agency.example", "design", "Yes", "03/02/2026", "09:00:00 AM", "03/02/2026", "11:30:00 AM",
     "02:30:00", "2.50", "150.00", "375.00"],
    ["Website relaunch", "Müller & Söhne GmbH", "", "Development", "Lee Park", "Studio", "lee@agency.example",
     "", "Yes", "03/13/2026", "01:00:00 PM", "03/13/2026", "07:00:00 PM", "06:00:00", "6.00", "150.00",
     "900.00"],
]))

# --- A finance sheet saved from German Excel as "CSV (Trennzeichen-getrennt)":
# semicolons, Windows-1252 (the € is byte 0x80), CRLF, a title line and a blank
# line above the header, amounts with a decimal comma.
write("finance/Monatszahlen-2026.csv", plain([
    ["Monatszahlen 2026 – Kunden", "", "", "", ""],
    ["", "", "", "", ""],
    ["Kunde", "Monat", "Umsatz", "Kosten", "Abschreibungen"],
    ["Müller & Söhne GmbH", "01.2026", "12.345,67 €", "8.000,00 €", "0,00 €"],
    ["Bäckerei Groß", "01.2026", "1.234,56 €", "(500,00 €)", "-12,50 €"],
    ["Café Crème SARL", "02.2026", "9.999,99 €", "1.000,00 €", ""],
    ["", "", "", "", ""],
], sep=";"), encoding="cp1252", newline="\r\n")

# --- A workbook as a person keeps it: an empty first sheet, a title row, real
# dates (with the German display format), a percentage, a currency format, a
# formula (openpyxl saves no result, as a program that never calculated),
# and text that looks like a formula.
wb = openpyxl.Workbook()
wb.active.title = "Notizen"
ws = wb.create_sheet("Zahlen")
ws.append(["Account figures 2026"])
ws.append([])
ws.append(["Account", "Month", "Revenue", "Margin", "Updated", "Total", "Note"])
ws.append(["Acme Inc.", dt.date(2026, 3, 1), 1234.56, 0.375, dt.datetime(2026, 3, 4, 9, 30), "=C4*2", ""])
ws.append(["Globex", dt.date(2026, 3, 1), 333.333, 0.4, dt.datetime(2026, 3, 5), "=C5*2", ""])
for row in (4, 5):
    ws.cell(row=row, column=2).number_format = "dd.mm.yyyy"
    ws.cell(row=row, column=3).number_format = '#,##0.00 "€"'
    ws.cell(row=row, column=4).number_format = "0.0%"
    ws.cell(row=row, column=5).number_format = "m/d/yy h:mm"
note = ws.cell(row=4, column=7, value='=HYPERLINK("http://example.com","click")')
note.data_type = "s"  # text, not a formula
wb.save(os.path.join(HERE, "finance/account-figures.xlsx"))
