package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/shapes"
	"github.com/mtlint/mtlint/rules"
)

// encodeStd encodes v as the JSON report did before it streamed: with
// encoding/json, "<", ">" and "&" kept, no newline.
func encodeStd(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// trickyStrings hold every character JSON escapes, and some it does not.
var trickyStrings = []string{
	"", "plain", `quote " and backslash \`, "<b>&amp;</b>", "tab\tnew\nline\rcr",
	"\b\f\x00\x01\x1f\x7f", "“curly” — dash… é 🙂", "line\u2028para\u2029end",
	"bad \xff byte, cut \xe2\x82 sequence, lone \x80",
}

// TestJSONFindingEncoding compares appendJSONFinding with encoding/json on
// findings that use every field, and fails when a field is added to the
// JSON types without being added to the encoder.
func TestJSONFindingEncoding(t *testing.T) {
	for typ, n := range map[reflect.Type]int{
		reflect.TypeFor[JSONFinding](): 12, reflect.TypeFor[rules.Fix](): 3, reflect.TypeFor[rules.Edit](): 3,
	} {
		if typ.NumField() != n {
			t.Errorf("%v has %d fields, appendJSONFinding writes %d: teach it the new ones", typ, typ.NumField(), n)
		}
	}
	a, err := article.Parse("a.txt", []byte("\ufeffThe talks , he said.\r\nLine two é “x”.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var fs []rules.Finding
	for i, s := range trickyStrings {
		span := article.Span{Start: i % 10, End: i%10 + 3}
		fs = append(fs,
			rules.Finding{Rule: "x/" + s, Severity: rules.Warning, Message: s, Span: span},
			rules.Finding{Rule: "punctuation/space-before", Severity: rules.Error, Message: s, Span: span,
				Fix: &rules.Fix{Description: s, Edits: []rules.Edit{{Offset: 1, EndOffset: 2, Text: s}, {Offset: 4, EndOffset: 4}}}},
			rules.Finding{Rule: "r/u", Severity: rules.Info, Message: "m", Span: span,
				Fix: &rules.Fix{Description: s, Unsafe: true}},
			rules.Finding{Rule: "r/e", Severity: rules.Info, Message: "m", Span: span,
				Fix: &rules.Fix{Description: "", Edits: []rules.Edit{}}},
		)
	}
	fs = append(fs, rules.Finding{Rule: "r/end", Severity: rules.Warning, Span: article.Span{Start: len(a.Src), End: len(a.Src)}})
	fs = append(fs, rules.Finding{Rule: "bitext/number", Severity: rules.Warning, Message: "m", Span: article.Span{Start: 3, End: 8},
		Source: &article.Span{Start: 10, End: 17}, Fix: &rules.Fix{Description: "d"}})
	for _, x := range fs {
		got := appendJSONFinding(nil, &File{Article: a}, x)
		want := encodeStd(t, toJSONFinding(&File{Article: a}, x))
		if !bytes.Equal(got, want) {
			t.Errorf("finding %+v:\n got  %s\n want %s", x, got, want)
		}
	}
}

// TestJSONStreamMatchesEncoder checks that the streamed JSON of a file is
// the encoding of ToJSON: for files with findings, with none, with an
// error, for a JSON Lines record, and for finding-dense text.
func TestJSONStreamMatchesEncoder(t *testing.T) {
	files := sample(t)
	files = append(files, &File{Path: "r.jsonl", Article: files[0].Article, Findings: files[0].Findings,
		Record: &Record{Line: 3, ID: "<id&>"}},
		&File{Path: "cut.txt", Article: files[0].Article, Findings: files[0].Findings[:1], Omitted: files[0].Findings[1:]})
	for _, s := range []shapes.Shape{shapes.Findings, shapes.Paragraph} {
		f, _ := shapeFile(t, s, 40)
		files = append(files, f)
	}
	s := newJSONStream()
	for _, f := range files {
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		if err := s.file(w, f); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		if want := encodeStd(t, ToJSON(f)); !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s:\n got  %s\n want %s", f.Path, buf.Bytes(), want)
		}
	}
}

// FuzzJSONString compares appendJSONString with encoding/json on any
// string.
func FuzzJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendJSONString(nil, s), encodeStd(t, s); !bytes.Equal(got, want) {
			t.Errorf("%q:\n got  %s\n want %s", s, got, want)
		}
	})
}

// TestOmittedNotice checks that every format says how many findings of a
// file were left out by the per-file limit, and that the exit status's
// counts include them.
func TestOmittedNotice(t *testing.T) {
	f := sample(t)[0]
	cut := &File{Path: f.Path, Article: f.Article, Findings: f.Findings[:1], Omitted: f.Findings[1:]}
	want := map[string]string{
		"text":   "2 more findings not shown",
		"github": "::warning file=news/a.txt,title=mtlint%3A news/a.txt::2 more findings not shown",
		"sarif":  "news/a.txt: 2 more findings not shown",
		"html":   "2 more findings are not shown",
		"json":   `"omitted":2}`,
		"jsonl":  `"omitted":2}`,
	}
	for _, format := range Formats {
		out := string(render(t, format, []*File{cut}))
		if !strings.Contains(out, want[format]) {
			t.Errorf("%s: no %q in\n%s", format, want[format], out)
		}
		if clean := string(render(t, format, []*File{f})); strings.Contains(clean, "omitted") || strings.Contains(clean, "not shown") {
			t.Errorf("%s: a notice without omitted findings", format)
		}
	}
	var s Summary
	s.Add(cut)
	if s.Findings != 1 || s.Omitted != 2 || s.AtLeast(rules.Error) != 1 || s.AtLeast(rules.Warning) != 3 {
		t.Errorf("summary %+v: AtLeast(error) %d, AtLeast(warning) %d", s, s.AtLeast(rules.Error), s.AtLeast(rules.Warning))
	}
}

// TestJSONLEncoder checks that the lines a JSONLEncoder appends, one
// encoder reused over several files as the pipeline reuses it, are the
// lines of the jsonl report and the encoding of ToJSON with a newline.
func TestJSONLEncoder(t *testing.T) {
	files := sample(t)
	files = append(files, &File{Path: "feed.jsonl", Article: files[0].Article, Findings: files[0].Findings,
		Record: &Record{Line: 7, ID: "a<b>&c"}},
		&File{Path: "bad.txt", Err: errors.New("binary file")},
		&File{Path: "cut.txt", Article: files[0].Article, Findings: files[0].Findings[:1], Omitted: files[0].Findings[1:]})
	report := render(t, "jsonl", files)
	var enc JSONLEncoder // the zero value
	var got bytes.Buffer
	for _, f := range files {
		before := got.Len()
		if err := enc.Append(&got, f); err != nil {
			t.Fatal(err)
		}
		if want := append(encodeStd(t, ToJSON(f)), '\n'); !bytes.Equal(got.Bytes()[before:], want) {
			t.Errorf("%s:\n got  %s\n want %s", f.Path, got.Bytes()[before:], want)
		}
	}
	if !bytes.Equal(got.Bytes(), report) {
		t.Errorf("the encoder's lines:\n%s\nthe jsonl report:\n%s", got.Bytes(), report)
	}
}
