package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/mtlint/mtlint/rules"
)

// The SARIF report: a SARIF 2.1.0 log with one run, as GitHub code scanning
// and other SARIF viewers read it.
//
//   - tool.driver.rules describes every check that ran (Options.Rules),
//     with its doc, examples, parameters and default level, plus a bare
//     descriptor for any other rule that reported something.
//   - Each finding is a result with its ruleId and ruleIndex, a level
//     (error, warning, or note for info), the message, and one location:
//     the file's path as a URI reference and a region with startLine,
//     startColumn, endLine and endColumn (1-based; endColumn is the column
//     after the range; run.columnKind is "unicodeCodePoints") and the same
//     range as byteOffset and byteLength into the file as read.
//   - A fix becomes a SARIF fix: one artifactChange whose replacements give
//     each edit as a deletedRegion (byteOffset, byteLength) and the
//     insertedContent; an unsafe fix carries the property "unsafe": true.
//   - A file that could not be checked is an error notification in
//     invocations[0].toolExecutionNotifications, and executionSuccessful is
//     then false. A file with more findings than the per-file limit
//     (--max-findings) is a warning notification there.
//   - run.artifacts lists every file checked (its URI and length in
//     bytes), and every artifactLocation gives its index there.
//   - run.properties.summary holds the counts of the JSON report's summary.
//
// The writer streams: results are written as files arrive and the tool and
// invocation objects, which need the whole run, are written by Close.
// Objects are built with github.com/owenrumney/go-sarif, which spells out
// the schema's defaults (empty arrays, "charOffset": -1 for "not given").
//
// An article from a JSON Lines file is located on its record's line in the
// JSONL file; the position inside the record's text leads the message and
// the region inside the record is in the result's properties.

type sarifWriter struct {
	w       *bufio.Writer
	sum     Summary
	version string
	rules   []*sarif.ReportingDescriptor
	index   map[string]int
	notes   []*sarif.Notification
	files   []*sarifArtifact
	n       int
	err     error
	started bool
	buf     bytes.Buffer
}

func newSARIF(w io.Writer, opts Options) *sarifWriter {
	s := &sarifWriter{w: bufio.NewWriter(w), version: opts.Version, index: map[string]int{}}
	for _, c := range opts.Rules {
		if _, dup := s.index[c.ID]; !dup {
			s.index[c.ID] = len(s.rules)
			s.rules = append(s.rules, sarifRule(c))
		}
	}
	return s
}

// sarifRule describes a check.
func sarifRule(c *rules.Check) *sarif.ReportingDescriptor {
	d := sarif.NewReportingDescriptor()
	d.ID = ptr(c.ID)
	d.Name = ptr(ruleName(c.ID))
	d.ShortDescription = &sarif.MultiformatMessageString{Text: ptr(firstSentence(c.Doc))}
	d.FullDescription = &sarif.MultiformatMessageString{Text: ptr(c.Doc)}
	var text, md strings.Builder
	text.WriteString(c.Doc)
	md.WriteString(c.Doc)
	if c.Bad != "" {
		bad, good := strings.TrimRight(c.Bad, "\n"), strings.TrimRight(c.Good, "\n")
		fmt.Fprintf(&text, "\n\nBad: %s\nGood: %s", bad, good)
		fmt.Fprintf(&md, "\n\nBad:\n\n%s\n\nGood:\n\n%s", mdQuote(bad), mdQuote(good))
	}
	if len(c.Params) > 0 {
		text.WriteString("\n\nParameters:")
		md.WriteString("\n\nParameters:\n")
		for _, p := range c.Params {
			fmt.Fprintf(&text, "\n  %s (%s, default %v): %s", p.Name, p.Kind, p.Default, p.Doc)
			fmt.Fprintf(&md, "\n- `%s` (%s, default `%v`): %s", p.Name, p.Kind, p.Default, p.Doc)
		}
	}
	d.Help = &sarif.MultiformatMessageString{Text: ptr(text.String()), Markdown: ptr(md.String())}
	conf := sarif.NewReportingConfiguration()
	conf.Enabled = true
	conf.Level = sarifLevel(c.Severity)
	d.DefaultConfiguration = conf
	d.Properties = sarif.NewPropertyBag().WithTags([]string{c.Category()})
	return d
}

// ruleName turns "punctuation/space-before" into "PunctuationSpaceBefore",
// the kind of identifier SARIF wants in a rule's name.
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '/' || r == '-' {
			up = true
			continue
		}
		if up {
			b.WriteString(strings.ToUpper(string(r)))
			up = false
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && (s[i+1] == ' ' || s[i+1] == '\n') {
			return s[:i+1]
		}
	}
	return s
}

func mdQuote(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func ptr[T any](v T) *T { return &v }

// artifactURI turns a path into a URI reference: a relative path stays
// relative (to the directory mtlint ran in, usually the repository root),
// with forward slashes and percent-escapes; an absolute path becomes a
// file: URI.
func artifactURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// sarifRegion is the region of [start, end) in f: lines and columns, and
// the byte range.
func sarifRegion(f *File, start, end int) *sarif.Region {
	p, q := f.Position(start), f.Position(end)
	return sarif.NewRegion().
		WithStartLine(p.Line).WithStartColumn(p.Column).
		WithEndLine(q.Line).WithEndColumn(q.Column).
		WithByteOffset(start).WithByteLength(end - start)
}

// sarifArtifact is a SARIF artifact object. It is declared here rather than
// taken from go-sarif, whose Artifact always writes "parentIndex": -1 and
// "length": -1 (the schema's "not given"), which validators flag as noise.
type sarifArtifact struct {
	Location *sarif.ArtifactLocation `json:"location"`
	Length   *int                    `json:"length,omitempty"`
	Roles    []string                `json:"roles"`
	MimeType string                  `json:"mimeType,omitempty"`
	Encoding string                  `json:"encoding,omitempty"`
}

func (s *sarifWriter) write(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// encode writes v as JSON indented for the given depth (the caller writes
// the first line's indentation), without escaping < > & (which SARIF
// readers take as they are).
func (s *sarifWriter) encode(v any, indent string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, "  ")
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	s.write(strings.TrimSuffix(s.buf.String(), "\n"))
}

func (s *sarifWriter) header() {
	if s.started {
		return
	}
	s.started = true
	s.write("{\n  \"$schema\": " + quote(sarif.NewReport().Schema) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n" +
		"      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func (s *sarifWriter) ruleIndex(id string) int {
	i, ok := s.index[id]
	if !ok {
		i = len(s.rules)
		s.index[id] = i
		d := sarif.NewReportingDescriptor()
		d.ID = ptr(id)
		d.Name = ptr(ruleName(id))
		s.rules = append(s.rules, d)
	}
	return i
}

func (s *sarifWriter) File(f *File) error {
	s.sum.Add(f)
	s.header()
	uri := artifactURI(f.Path)
	idx := len(s.files)
	loc := func() *sarif.ArtifactLocation {
		l := sarif.NewSimpleArtifactLocation(uri)
		l.Index = idx
		return l
	}
	art := &sarifArtifact{Location: loc(), Roles: []string{"analysisTarget"}, MimeType: "text/plain"}
	if f.Article != nil && f.Record == nil {
		art.Length = ptr(len(f.Bytes()))
		art.Encoding = "utf-8"
	}
	s.files = append(s.files, art)
	if f.Err != nil {
		n := sarif.NewNotification()
		n.Level = "error"
		n.Message = sarif.NewTextMessage(fmt.Sprintf("%s: could not check the file: %v", f.Name(), f.Err))
		pl := sarif.NewPhysicalLocation().WithArtifactLocation(loc())
		if f.Record != nil {
			pl.WithRegion(sarif.NewSimpleRegion(f.Record.Line, f.Record.Line))
		}
		n.Locations = append(n.Locations, sarif.NewLocationWithPhysicalLocation(pl))
		s.notes = append(s.notes, n)
		return s.err
	}
	for _, x := range f.Findings {
		r := sarif.NewRuleResult(x.Rule)
		r.RuleIndex = s.ruleIndex(x.Rule)
		r.Level = sarifLevel(x.Severity)
		msg := x.Message
		pl := sarif.NewPhysicalLocation().WithArtifactLocation(loc())
		if f.Record != nil {
			// Positions are inside the record's text, not the JSONL file.
			p := f.Position(x.Start)
			msg = fmt.Sprintf("%s:%d:%d: %s", f.Name(), p.Line, p.Column, msg)
			pl.WithRegion(sarif.NewSimpleRegion(f.Record.Line, f.Record.Line))
			r.Properties = sarif.NewPropertyBag().Add("recordRegion", sarifRegion(f, x.Start, x.End))
		} else {
			pl.WithRegion(sarifRegion(f, x.Start, x.End))
			if x.Fix != nil && len(x.Fix.Edits) > 0 {
				r.Fixes = append(r.Fixes, sarifFix(loc(), x.Fix))
			}
		}
		r.Message = sarif.NewTextMessage(msg)
		r.Locations = append(r.Locations, sarif.NewLocationWithPhysicalLocation(pl))
		if s.n > 0 {
			s.write(",")
		}
		s.write("\n")
		s.n++
		s.write("        ")
		s.encode(r, "        ")
	}
	if n := len(f.Omitted); n > 0 {
		note := sarif.NewNotification()
		note.Level = "warning"
		note.Message = sarif.NewTextMessage(fmt.Sprintf("%s: %s", f.Name(), omittedNotice(n)))
		note.Locations = append(note.Locations, sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(loc())))
		s.notes = append(s.notes, note)
	}
	return s.err
}

func sarifFix(loc *sarif.ArtifactLocation, fx *rules.Fix) *sarif.Fix {
	ch := sarif.NewArtifactChange()
	ch.ArtifactLocation = loc
	for _, e := range fx.Edits {
		rep := sarif.NewReplacement()
		rep.DeletedRegion = sarif.NewRegion().WithByteOffset(e.Offset).WithByteLength(e.EndOffset - e.Offset)
		if e.Text != "" {
			rep.InsertedContent = &sarif.ArtifactContent{Text: ptr(e.Text)}
		}
		ch.Replacements = append(ch.Replacements, rep)
	}
	fix := sarif.NewFix()
	fix.Description = sarif.NewTextMessage(fx.Description)
	fix.ArtifactChanges = append(fix.ArtifactChanges, ch)
	if fx.Unsafe {
		fix.Properties = sarif.NewPropertyBag().Add("unsafe", true)
	}
	return fix
}

func (s *sarifWriter) Close() error {
	s.header()
	if s.n > 0 {
		s.write("\n      ")
	}
	s.write("],\n      \"tool\": ")
	driver := sarif.NewToolComponent()
	driver.Name = ptr("mtlint")
	if s.version != "" {
		driver.Version = ptr(s.version)
	}
	driver.Rules = s.rules
	if driver.Rules == nil {
		driver.Rules = []*sarif.ReportingDescriptor{}
	}
	tool := sarif.NewTool()
	tool.Driver = driver
	s.encode(tool, "      ")
	inv := sarif.NewInvocation()
	inv.ExecutionSuccessful = ptr(s.sum.Failed == 0)
	if s.notes != nil {
		inv.ToolExecutionNotifications = s.notes
	}
	s.write(",\n      \"artifacts\": ")
	if s.files == nil {
		s.files = []*sarifArtifact{}
	}
	s.encode(s.files, "      ")
	s.write(",\n      \"invocations\": [\n        ")
	s.encode(inv, "        ")
	s.write("\n      ],\n      \"properties\": ")
	s.encode(sarif.NewPropertyBag().Add("summary", s.sum), "      ")
	s.write("\n    }\n  ]\n}\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

func (s *sarifWriter) Summary() Summary { return s.sum }
