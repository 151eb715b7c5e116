package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

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
	// Omitted is the number of findings past the per-file limit
	// (--max-findings) that are not listed; absent when none is.
	Omitted int `json:"omitted,omitempty"`
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
	jf := jsonHead(f)
	for _, x := range f.Findings {
		jf.Findings = append(jf.Findings, toJSONFinding(f, x))
	}
	return jf
}

// jsonHead is the JSON form of f without its findings.
func jsonHead(f *File) JSONFile {
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
	jf.Omitted = len(f.Omitted)
	jf.Source, jf.Alignment = toJSONSource(f.Source)
	return jf
}

func toJSONFinding(f *File, x rules.Finding) JSONFinding {
	p, q := f.Position(x.Start), f.Position(x.End)
	jx := JSONFinding{
		Rule: x.Rule, Severity: x.Severity.String(), Message: x.Message,
		Line: p.Line, Column: p.Column, EndLine: q.Line, EndColumn: q.Column,
		Offset: x.Start, EndOffset: x.End, Fix: x.Fix,
	}
	if x.Source != nil {
		s, e := x.Source.Start, x.Source.End
		jx.SourceOffset, jx.SourceEndOffset = &s, &e
	}
	return jx
}

// jsonStream writes files' JSON objects one finding at a time, so that the
// JSON of a file with many findings is never held whole in memory. The
// bytes are those of encoding ToJSON(f) with an Encoder that keeps "<",
// ">" and "&" as they are (in paths and messages), without the newline;
// the findings are written by appendJSONFinding.
type jsonStream struct {
	buf     bytes.Buffer
	enc     *json.Encoder
	finding []byte
}

func newJSONStream() *jsonStream {
	s := &jsonStream{}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

// encode encodes v into s.buf and returns it without the Encoder's newline.
func (s *jsonStream) encode(v any) ([]byte, error) {
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		return nil, err
	}
	b := s.buf.Bytes()
	return b[:len(b)-1], nil
}

// jsonSink is where a jsonStream writes: a report's bufio.Writer, or a
// bytes.Buffer (JSONLEncoder.Append).
type jsonSink interface {
	io.Writer
	io.ByteWriter
}

// file writes f's object to w.
func (s *jsonStream) file(w jsonSink, f *File) error {
	head, err := s.encode(jsonHead(f))
	if err != nil {
		return err
	}
	// The object with empty findings, cut after their "[": the fields
	// before, the findings one by one, then "]" and the fields after. (The
	// key cannot occur earlier: quotes inside strings are escaped.)
	i := bytes.Index(head, []byte(`"findings":[]`))
	if i < 0 {
		return fmt.Errorf("internal error: no findings in %s", head)
	}
	i += len(`"findings":[`)
	w.Write(head[:i])
	for k, x := range f.Findings {
		if k > 0 {
			w.WriteByte(',')
		}
		s.finding = appendJSONFinding(s.finding[:0], f, x)
		w.Write(s.finding)
	}
	_, err = w.Write(head[i:])
	return err
}

// jsonWriter streams the report: the header, each file as it comes, then
// the summary, so that memory does not grow with the number of files (or
// of findings in a file).
type jsonWriter struct {
	w      *bufio.Writer
	n      int
	sum    Summary
	err    error
	start  bool
	stream *jsonStream
}

func newJSON(w io.Writer) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriter(w), stream: newJSONStream()}
}

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
	j.err = j.stream.file(j.w, f)
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
