package backend

// ParseDay exposes parseDay to the external tests.
var ParseDay = parseDay
