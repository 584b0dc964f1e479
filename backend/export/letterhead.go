package export

import "accountdesk/backend"

// Letterhead is what a document says about whose it is: the agency, the
// director (a PDF's author), the currency of its amounts and the locale its
// dates are written in.
type Letterhead struct {
	Agency   string
	Director string
	Currency string
	Locale   string
}

// LetterheadOf takes the letterhead from the workspace settings; locale is
// how the workspace writes dates (empty: "24 Nov 2026").
func LetterheadOf(s backend.Settings, locale string) Letterhead {
	return Letterhead{Agency: s.AgencyName, Director: s.DirectorName, Currency: s.Currency, Locale: locale}
}
