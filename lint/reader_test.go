package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/rules"
)

// TestRecordsFromAReader reads JSON Lines from a reader, as a pipeline
// reading object storage does: the inputs must be those of the walk of the
// same file, errors included.
func TestRecordsFromAReader(t *testing.T) {
	body := `{"id": "r1", "site": "harbour", "text": "Ships waited offshore for a week."}` + "\n" +
		`{"id": "r2", "text": "The council offered to mediate."` + "\n" +
		`{"id": "r3", "body": "Talks resumed at the ministry."}` + "\n" +
		"\n" +
		`{"id": "r5", "site": "valley", "text": "` + strings.Repeat("word ", 40) + `"}` + "\n"
	dir := tree(t, map[string]string{"feed.jsonl": body})
	path := filepath.Join(dir, "feed.jsonl")
	w := &Walker{JSONLGroup: "site", MaxSize: 120}
	want := collect(w, path)
	var got []Input
	for in := range w.Records(path, strings.NewReader(body)) {
		got = append(got, in)
	}
	if len(want) != 4 || fmt.Sprintf("%+v", describeInputs(got)) != fmt.Sprintf("%+v", describeInputs(want)) {
		t.Errorf("from a reader:\n%v\nfrom the walk:\n%v", describeInputs(got), describeInputs(want))
	}
	if got[0].Group != "harbour" || got[0].Err != nil || got[1].Err == nil || got[2].Err == nil || got[3].Err == nil {
		t.Errorf("records: %v", describeInputs(got))
	}
	// Stopping early stops the reading.
	n := 0
	for range w.Records(path, strings.NewReader(body)) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d records after a break", n)
	}
}

func describeInputs(ins []Input) []string {
	var out []string
	for _, in := range ins {
		s := fmt.Sprintf("%s#%d[%s] group=%q text=%q", in.Path, in.Record.Line, in.Record.ID, in.Group, in.Src)
		if in.Err != nil {
			s += " error: " + in.Err.Error()
		}
		out = append(out, s)
	}
	return out
}

func TestReadAll(t *testing.T) {
	text := "The port reopened on Monday after the strike.\n"
	for _, tc := range []struct {
		size, max int64
		err       string
	}{
		{int64(len(text)), 1 << 20, ""},
		{-1, 1 << 20, ""},
		{3 << 20, 1 << 20, "too large: 3 MB, more than the 1 MB limit"},
		{-1, 10, "too large: more than 0 MB"},
		{int64(len(text)), 0, ""}, // the default limit
	} {
		b, err := ReadAll(strings.NewReader(text), tc.size, tc.max)
		switch {
		case tc.err == "" && (err != nil || string(b) != text):
			t.Errorf("size %d, max %d: %q, %v", tc.size, tc.max, b, err)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("size %d, max %d: error %v, want %q", tc.size, tc.max, err, tc.err)
		}
	}
	if b, err := ReadAll(strings.NewReader(""), 0, 0); err != nil || b == nil {
		t.Errorf("an empty file reads as %v, %v; want an empty text", b, err)
	}
	// The same error as a file checked from disk.
	dir := tree(t, map[string]string{"big.txt": strings.Repeat("x", 2<<20)})
	l := &Linter{Engine: wordEngine(t), MaxSize: 1 << 20}
	f := l.CheckInput(Input{Path: filepath.Join(dir, "big.txt")})
	info, _ := os.Stat(filepath.Join(dir, "big.txt"))
	_, err := ReadAll(strings.NewReader(""), info.Size(), 1<<20)
	if f.Err == nil || err == nil || f.Err.Error() != err.Error() {
		t.Errorf("the linter says %v, ReadAll %v", f.Err, err)
	}
}

func TestTemplateParams(t *testing.T) {
	reg := checks.Registry()
	for _, tc := range []struct {
		cfg         rules.Config
		on          bool
		min, maxWds int
	}{
		{rules.Config{}, true, 3, 16},
		{rules.Config{Params: map[string]map[string]any{TemplateCheck: {"min-articles": 5, "max-words": 9}}}, true, 5, 9},
		{rules.Config{Disable: []string{"residue/"}}, false, 0, 0},
	} {
		e, err := reg.NewEngine(tc.cfg)
		if err != nil {
			t.Fatal(err)
		}
		o, ok := TemplateParams(e)
		if ok != tc.on || ok && (o.MinArticles != tc.min || o.Params.MaxWords != tc.maxWds) {
			t.Errorf("%+v: %+v, %v; want min %d, max-words %d, on %v", tc.cfg, o, ok, tc.min, tc.maxWds, tc.on)
		}
	}
}
