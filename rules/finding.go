// Package rules is mtlint's rule engine: the Check type every check is, the
// Finding a check reports, the registry of checks and the engine that runs
// the enabled ones over a parsed article.
//
// The design follows golang.org/x/tools/go/analysis: a Check is an Analyzer
// (a name, a doc and a run function), a Finding a Diagnostic (a byte range
// and a message) and a Fix a SuggestedFix made of non-overlapping Edits.
package rules

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mtlint/mtlint/article"
)

// Severity orders findings: Info < Warning < Error.
type Severity int

// The severities. The zero value means "not set".
const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Edit replaces the bytes [Offset, EndOffset) of the file with Text.
// An insertion has Offset == EndOffset.
type Edit struct {
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
}

// Span returns the range the edit replaces.
func (e Edit) Span() article.Span { return article.Span{Start: e.Offset, End: e.EndOffset} }

// Fix is a suggested fix: a short description and non-overlapping edits,
// sorted by offset. Unsafe marks a fix that deletes or joins text (removing
// boilerplate, joining paragraphs) rather than only touching spacing and
// punctuation; such fixes are applied only when the user asks for them.
type Fix struct {
	Description string `json:"description"`
	Edits       []Edit `json:"edits"`
	Unsafe      bool   `json:"unsafe,omitempty"`
}

// Finding is one defect a check found.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	article.Span
	Fix *Fix
	// Source is, for a finding of a bitext check, the matching range of
	// the source article (Pass.Bitext.Source); nil otherwise.
	Source *article.Span
}

// MarshalJSON is for debugging; the report package writes the JSON contract.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Rule      string   `json:"rule"`
		Severity  Severity `json:"severity"`
		Message   string   `json:"message"`
		Offset    int      `json:"offset"`
		EndOffset int      `json:"end_offset"`
		Fix       *Fix     `json:"fix,omitempty"`
	}{f.Rule, f.Severity, f.Message, f.Start, f.End, f.Fix})
}

// Replace is a convenience for a fix made of one edit.
func Replace(description string, s article.Span, text string) *Fix {
	return &Fix{Description: description, Edits: []Edit{{Offset: s.Start, EndOffset: s.End, Text: text}}}
}
