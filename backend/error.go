// Package backend holds AccountDesk's domain: types, validation, rules and the
// service interfaces the store implements. It depends on nothing in this module.
package backend

import (
	"errors"
	"fmt"
)

// Error codes the user interface can act on. Anything else is internal.
const (
	EINVALID     = "invalid"     // the input is wrong; Field names the culprit
	ENOTFOUND    = "not_found"   // the thing asked for does not exist
	ECONFLICT    = "conflict"    // someone else changed it, or it already exists
	ELOCKED      = "locked"      // the record is locked (an approved plan, a final appraisal)
	EUNAVAILABLE = "unavailable" // a destination or resource cannot be reached now
	EINTERNAL    = "internal"    // a bug or an unexpected failure; logged
)

// Error is an error a user can read. Message is plain language shown as is;
// Field, when set, is the form field the message belongs to.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (%s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an invalid-input error attached to a form field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Message: fmt.Sprintf(format, args...), Field: field}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err. Internal errors get a
// generic message so causes (paths, SQL) never reach the screen.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Something went wrong. The details are in the log file."
}

// ErrorField returns the field an error belongs to, if any.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// Public turns any error into the shape sent to the user interface.
func Public(err error) *Error {
	return &Error{Code: ErrorCode(err), Message: ErrorMessage(err), Field: ErrorField(err)}
}
