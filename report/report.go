// Package report writes mtlint's results: a text report for people, the
// JSON contract for programs, a self-contained HTML report for editors, and
// SARIF and GitHub Actions annotations for CI. Writers are streaming: they
// receive one file's result at a time, in the order the files should
// appear, and write the summary when closed.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// File is the result of checking one file.
type File struct {
	// Path is the path as given on the command line (directory walks join
	// it); "<stdin>" for standard input.
	Path string
	// Article is the parsed file; nil when Err is set.
	Article *article.Article
	// Findings are sorted by position.
	Findings []rules.Finding
	// Omitted are the findings after Findings that were not reported
	// because the file had more than the per-file limit
	// (lint.Linter.MaxFindings). Writers report only how many there are.
	Omitted []rules.Finding
	// Err is set when the file could not be checked.
	Err error
	// Record is set for an article read from a JSON Lines file: offsets
	// and positions are then within the record's decoded text field.
	Record *Record
	// Source is set when the file was paired with a source article (or
	// should have been and was not: Source.Missing).
	Source *Source
}

// Bytes returns the bytes the file's offsets, lines and columns are
// into: the text as checked (a Windows-1252 file's UTF-8 transcoding) or,
// for an article a reader derived from Markdown or HTML
// (article.Article.Origin), the file itself, not the text the checks read.
// Writers quote and locate findings in these bytes. Nil when Err is set.
func (f *File) Bytes() []byte {
	switch {
	case f.Article == nil:
		return nil
	case f.Article.Origin != nil:
		return f.Article.Origin.File
	}
	return f.Article.Src
}

// Position maps an offset of Bytes to its 1-based line and column (in
// code points).
func (f *File) Position(off int) article.Position {
	return f.index().Position(off)
}

// index is the line index of Bytes.
func (f *File) index() *article.Index {
	if o := f.Article.Origin; o != nil {
		return o.Index()
	}
	return f.Article.Index()
}

// bodyStart is 3 when Bytes start with a UTF-8 byte order mark, else 0.
func (f *File) bodyStart() int { return article.BOMLen(f.Bytes()) }

// Name is how people see the file's name: its path, and for a JSON Lines
// record "path#line" with the record's ID in brackets.
func (f *File) Name() string {
	if f.Record == nil {
		return f.Path
	}
	if f.Record.ID != "" {
		return fmt.Sprintf("%s#%d[%s]", f.Path, f.Record.Line, f.Record.ID)
	}
	return fmt.Sprintf("%s#%d", f.Path, f.Record.Line)
}

// Record identifies one article in a JSON Lines file.
type Record struct {
	// Line is the 1-based line of the record in the JSONL file.
	Line int
	// ID is the value of the record's ID field ("" when it has none).
	ID string
}

// Summary counts what a run found.
type Summary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Failed counts the files that could not be checked.
	Failed int `json:"failed"`
	// Omitted counts the findings not reported because their file had
	// more than the per-file limit (--max-findings); they are not in
	// Findings, Errors, Warnings or Infos, but AtLeast counts them.
	Omitted int `json:"omitted,omitempty"`
	// The omitted findings by severity.
	omittedErrors, omittedWarnings, omittedInfos int
}

// Add counts one file's result.
func (s *Summary) Add(f *File) {
	s.Files++
	if f.Err != nil {
		s.Failed++
	}
	for _, x := range f.Findings {
		s.Findings++
		switch x.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		case rules.Info:
			s.Infos++
		}
	}
	for _, x := range f.Omitted {
		s.Omitted++
		switch x.Severity {
		case rules.Error:
			s.omittedErrors++
		case rules.Warning:
			s.omittedWarnings++
		case rules.Info:
			s.omittedInfos++
		}
	}
}

// AtLeast counts the findings at or above severity min, the omitted ones
// (see Omitted) included: a limit on what is reported does not change
// what the exit status says.
func (s Summary) AtLeast(min rules.Severity) int {
	n := 0
	if min <= rules.Error {
		n += s.Errors + s.omittedErrors
	}
	if min <= rules.Warning {
		n += s.Warnings + s.omittedWarnings
	}
	if min <= rules.Info {
		n += s.Infos + s.omittedInfos
	}
	return n
}

// Writer writes a report one file at a time.
type Writer interface {
	// File writes one file's result.
	File(f *File) error
	// Close writes the summary and flushes; it does not close the
	// underlying io.Writer.
	Close() error
	// Summary returns the counts so far.
	Summary() Summary
}

// Options configure a writer.
type Options struct {
	// Color enables ANSI colours in the text report.
	Color bool
	// Rules are the checks that ran, sorted by ID. The SARIF report
	// describes them (with their docs) and the HTML report offers them as
	// filters; findings of a rule not in the list are still reported.
	Rules []*rules.Check
	// Version is mtlint's version, for the reports that name the tool.
	Version string
}

// New returns a writer for the format: "text", "json", "jsonl", "html",
// "sarif" or "github".
func New(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "text", "":
		return newText(w, opts), nil
	case "json":
		return newJSON(w), nil
	case "jsonl":
		return newJSONL(w), nil
	case "html":
		return newHTML(w, opts), nil
	case "sarif":
		return newSARIF(w, opts), nil
	case "github":
		return newGitHub(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Formats lists the formats New accepts.
var Formats = []string{"text", "json", "jsonl", "html", "sarif", "github"}

// Plural writes a count with the singular or plural noun: "1 file", "2 files".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
