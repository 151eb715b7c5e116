package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mtlint/mtlint/rules"
)

// The GitHub report: one GitHub Actions workflow command per finding, which
// the runner turns into an annotation on the file,
//
//	::warning file=news/a.txt,line=1,col=22,endLine=1,endColumn=24,title=punctuation/space-before::space before comma%0Afix: …
//
// error → ::error, warning → ::warning, info → ::notice. Lines and columns
// are 1-based, columns count Unicode characters and endColumn is the column
// just after the range, as in the JSON report. GitHub only honours columns
// when the annotation starts and ends on the same line, so a range over
// several lines gives line and endLine only. A file that could not be
// checked is an ::error on the file with no line. The summary is a plain
// line, which the runner shows in the log.
//
// Escaping follows the runner (actions/toolkit, command.ts): in the message,
// "%", "\r" and "\n" become %25, %0D and %0A; in property values ":" and ","
// also become %3A and %2C.
//
// An article from a JSON Lines file is annotated on the record's line of the
// JSONL file; the position inside the record's text leads the message.

type githubWriter struct {
	w   *bufio.Writer
	sum Summary
}

func newGitHub(w io.Writer) *githubWriter { return &githubWriter{w: bufio.NewWriter(w)} }

var (
	ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func ghCommand(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

func (g *githubWriter) File(f *File) error {
	g.sum.Add(f)
	if f.Err != nil {
		fmt.Fprintf(g.w, "::error file=%s,title=%s::%s\n", ghProp.Replace(f.Path),
			ghProp.Replace("mtlint: could not check "+f.Name()), ghData.Replace(f.Err.Error()))
		return nil
	}
	for _, x := range f.Findings {
		p, q := f.Position(x.Start), f.Position(x.End)
		var props, msg strings.Builder
		fmt.Fprintf(&props, "file=%s", ghProp.Replace(f.Path))
		switch {
		case f.Record != nil:
			fmt.Fprintf(&props, ",line=%d", f.Record.Line)
			fmt.Fprintf(&msg, "%s:%d:%d: ", f.Name(), p.Line, p.Column)
		case p.Line == q.Line:
			fmt.Fprintf(&props, ",line=%d,col=%d,endLine=%d,endColumn=%d", p.Line, p.Column, q.Line, q.Column)
		default:
			fmt.Fprintf(&props, ",line=%d,endLine=%d", p.Line, q.Line)
		}
		fmt.Fprintf(&props, ",title=%s", ghProp.Replace(x.Rule))
		msg.WriteString(x.Message)
		if x.Fix != nil && len(x.Fix.Edits) > 0 {
			before, after := FixPreview(f.Bytes(), x.Fix)
			unsafe := ""
			if x.Fix.Unsafe {
				unsafe = ", unsafe"
			}
			fmt.Fprintf(&msg, "\nfix: %q → %q (%s%s)", before, after, x.Fix.Description, unsafe)
		}
		fmt.Fprintf(g.w, "::%s %s::%s\n", ghCommand(x.Severity), props.String(), ghData.Replace(msg.String()))
	}
	if n := len(f.Omitted); n > 0 {
		fmt.Fprintf(g.w, "::warning file=%s,title=%s::%s\n", ghProp.Replace(f.Path),
			ghProp.Replace("mtlint: "+f.Name()), ghData.Replace(omittedNotice(n)))
	}
	return nil
}

func (g *githubWriter) Close() error {
	fmt.Fprintln(g.w, summaryLine(g.sum))
	return g.w.Flush()
}

func (g *githubWriter) Summary() Summary { return g.sum }

// summaryLine is the one-line summary the text report also ends with.
func summaryLine(s Summary) string {
	var msg string
	if s.Findings == 0 {
		msg = fmt.Sprintf("mtlint: no findings in %s", Plural(s.Files-s.Failed, "file", "files"))
	} else {
		msg = fmt.Sprintf("mtlint: %s (%s, %s, %s) in %s",
			Plural(s.Findings, "finding", "findings"), Plural(s.Errors, "error", "errors"),
			Plural(s.Warnings, "warning", "warnings"), Plural(s.Infos, "info", "infos"),
			Plural(s.Files-s.Failed, "file", "files"))
	}
	if s.Failed > 0 {
		msg += fmt.Sprintf("; %s could not be checked", Plural(s.Failed, "file", "files"))
	}
	if s.Omitted > 0 {
		msg += fmt.Sprintf("; %s not shown (--max-findings)", Plural(s.Omitted, "more finding", "more findings"))
	}
	return msg
}
