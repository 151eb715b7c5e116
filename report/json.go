package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/mtlint/mtlint/rules"
)

// JSONVersion is the version of the JSON contract. It changes only when a
// field changes meaning or goes away; new fields may be added within it.
const JSONVersion = 1

// JSONFile is one file in the JSON report.
type JSONFile struct {
	Path string `json:"path"`
	// Record is present for an article read from a JSON Lines file.
	Record *JSONRecord `json:"record,omitempty"`
	// Encoding is the legacy encoding the file was read in
	// ("windows-1252"), absent for UTF-8; offsets are then into the
	// file's UTF-8 transcoding.
	Encoding string        `json:"encoding,omitempty"`
	Error    string        `json:"error"`
	Findings []JSONFinding `json:"findings"`
	// Source is present for a file checked with its source (or that
	// should have been: "missing"); Alignment when it was asked for.
	Source    *JSONSource    `json:"source,omitempty"`
	Alignment *JSONAlignment `json:"alignment,omitempty"`
}

// JSONRecord locates a JSON Lines record: its 1-based line in the file and
// its ID field.
type JSONRecord struct {
	Line int    `json:"line"`
	ID   string `json:"id,omitempty"`
}

// JSONFinding is one finding in the JSON report. Offsets are 0-based byte
// offsets into the file as read, end exclusive; lines and columns are
// 1-based, columns counted in Unicode characters.
type JSONFinding struct {
	Rule      string     `json:"rule"`
	Severity  string     `json:"severity"`
	Message   string     `json:"message"`
	Line      int        `json:"line"`
	Column    int        `json:"column"`
	EndLine   int        `json:"end_line"`
	EndColumn int        `json:"end_column"`
	Offset    int        `json:"offset"`
	EndOffset int        `json:"end_offset"`
	Fix       *rules.Fix `json:"fix,omitempty"`
	// SourceOffset and SourceEndOffset are, for a bitext finding, the
	// matching byte range of the source.
	SourceOffset    *int `json:"source_offset,omitempty"`
	SourceEndOffset *int `json:"source_end_offset,omitempty"`
}

// JSONReport is the whole JSON document.
type JSONReport struct {
	Version int        `json:"version"`
	Files   []JSONFile `json:"files"`
	Summary Summary    `json:"summary"`
}

// ToJSON converts one file's result to its JSON form.
func ToJSON(f *File) JSONFile {
	jf := JSONFile{Path: f.Path, Findings: []JSONFinding{}}
	if f.Record != nil {
		jf.Record = &JSONRecord{Line: f.Record.Line, ID: f.Record.ID}
	}
	if f.Err != nil {
		jf.Error = f.Err.Error()
	}
	if f.Article != nil {
		jf.Encoding = f.Article.Encoding
	}
	for _, x := range f.Findings {
		p, q := f.Article.Position(x.Start), f.Article.Position(x.End)
		jx := JSONFinding{
			Rule: x.Rule, Severity: x.Severity.String(), Message: x.Message,
			Line: p.Line, Column: p.Column, EndLine: q.Line, EndColumn: q.Column,
			Offset: x.Start, EndOffset: x.End, Fix: x.Fix,
		}
		if x.Source != nil {
			s, e := x.Source.Start, x.Source.End
			jx.SourceOffset, jx.SourceEndOffset = &s, &e
		}
		jf.Findings = append(jf.Findings, jx)
	}
	jf.Source, jf.Alignment = toJSONSource(f.Source)
	return jf
}

// jsonWriter streams the report: the header, each file as it comes, then
// the summary, so that memory does not grow with the number of files.
type jsonWriter struct {
	w     *bufio.Writer
	n     int
	sum   Summary
	err   error
	start bool
	buf   bytes.Buffer
}

func newJSON(w io.Writer) *jsonWriter { return &jsonWriter{w: bufio.NewWriter(w)} }

func (j *jsonWriter) write(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonWriter) header() {
	if !j.start {
		j.start = true
		j.write(fmt.Sprintf(`{"version":%d,"files":[`, JSONVersion))
	}
}

func (j *jsonWriter) File(f *File) error {
	j.sum.Add(f)
	j.header()
	if j.n > 0 {
		j.write(",")
	}
	j.write("\n")
	j.n++
	if j.err != nil {
		return j.err
	}
	// An Encoder, to keep "<", ">" and "&" as they are in paths and
	// messages; it ends the value with a newline, which we drop.
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ToJSON(f)); err != nil {
		return err
	}
	j.write(strings.TrimSuffix(j.buf.String(), "\n"))
	return j.err
}

func (j *jsonWriter) Close() error {
	j.header()
	b, err := json.Marshal(j.sum)
	if err != nil {
		return err
	}
	j.write("\n],\n\"summary\":" + string(b) + "}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

func (j *jsonWriter) Summary() Summary { return j.sum }
