package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

// MQM files of mqm-dev: machine translations with the errors professional
// raters marked (see its README).
const (
	MQMTedZhEn   = "ted21-zhen.jsonl"
	MQMTedEnDe   = "ted21-ende.jsonl"
	MQMWMT23EnDe = "wmt23-ende.jsonl"
)

// MQMError is one rater's mark: a category ("Accuracy/Mistranslation"), a
// severity and the marked span of the translation (Start = End = -1 when it
// was not located).
type MQMError struct {
	Rater    string `json:"rater"`
	Category string `json:"category"`
	Severity string `json:"severity"`
	Span     string `json:"span"`
	Start    *int   `json:"start"`
	End      *int   `json:"end"`
}

// MQMSegment is one segment: its source, the machine translation and the
// raters' marks.
type MQMSegment struct {
	ID     string     `json:"id"`
	LP     string     `json:"lp"`
	System string     `json:"system"`
	Doc    string     `json:"doc"`
	Seg    int        `json:"seg"`
	Source string     `json:"source"`
	Text   string     `json:"text"`
	Raters []string   `json:"raters"`
	Errors []MQMError `json:"errors"`
}

// MQMDoc is one system's translation of one document: its segments in
// order.
type MQMDoc struct {
	System, Doc, LP string
	Segs            []MQMSegment
}

// MQM reads one file of mqm-dev and groups its segments into documents
// (one system's translation of one document, segments in order), sorted by
// document and system. It skips the test when the file is absent.
func MQM(t testing.TB, file string) []MQMDoc {
	t.Helper()
	p := Path(t, "mqm-dev", file)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	byKey := map[[2]string]*MQMDoc{}
	var docs []*MQMDoc
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var s MQMSegment
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		k := [2]string{s.System, s.Doc}
		d := byKey[k]
		if d == nil {
			d = &MQMDoc{System: s.System, Doc: s.Doc, LP: s.LP}
			byKey[k] = d
			docs = append(docs, d)
		}
		d.Segs = append(d.Segs, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out := make([]MQMDoc, 0, len(docs))
	for _, d := range docs {
		sort.SliceStable(d.Segs, func(i, j int) bool { return d.Segs[i].Seg < d.Segs[j].Seg })
		out = append(out, *d)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].System < out[j].System
	})
	return out
}

// Build joins a document's segments into a source and a translated
// article: group segments form a paragraph (1 for paragraph segments, a few
// for sentence segments), paragraphs are separated by a blank line.
// Offsets gives, for each segment, where its translation starts in the
// translated article; SourceOffsets the same for the source.
func (d MQMDoc) Build(group int) (source, translation string, sourceOffsets, offsets []int) {
	var s, t strings.Builder
	for i, seg := range d.Segs {
		sep := " "
		if i%group == 0 {
			sep = "\n\n"
		}
		if i > 0 {
			s.WriteString(sep)
			t.WriteString(sep)
		}
		sourceOffsets = append(sourceOffsets, s.Len())
		offsets = append(offsets, t.Len())
		s.WriteString(oneLine(seg.Source))
		t.WriteString(oneLine(seg.Text))
	}
	return s.String(), t.String(), sourceOffsets, offsets
}

// oneLine keeps a segment on one line: its line breaks become spaces (same
// length, so the raters' offsets still hold).
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
