package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func collect(w *Walker, args ...string) []Input {
	var out []Input
	for in := range w.Inputs(args) {
		out = append(out, in)
	}
	return out
}

func rels(dir string, ins []Input) string {
	var s []string
	for _, in := range ins {
		p := strings.TrimPrefix(in.Path, dir+"/")
		if in.Record != nil {
			p += fmt.Sprintf("#%d", in.Record.Line)
		}
		if in.Err != nil {
			p += "!"
		}
		s = append(s, p)
	}
	return strings.Join(s, " ")
}

func TestWalk(t *testing.T) {
	dir := tree(t, map[string]string{
		"b.txt": "b", "a.md": "a", "c/d.txt": "d", "c/e.csv": "e",
		".git/x.txt": "x", "vendor/v.txt": "v", "node_modules/n.txt": "n", "z/.hidden.txt": "h",
	})
	got := rels(dir, collect(&Walker{}, dir))
	if got != "a.md b.txt c/d.txt" {
		t.Errorf("walk: %s", got)
	}
	// Include and exclude see slash-separated paths relative to the root.
	w := &Walker{
		Include: func(_, rel string) bool { return strings.HasSuffix(rel, ".txt") || strings.HasSuffix(rel, ".csv") },
		Exclude: func(_, rel string) bool { return rel == "c/e.csv" || rel == "b.txt" },
	}
	if got := rels(dir, collect(w, dir)); got != "c/d.txt" {
		t.Errorf("include/exclude: %s", got)
	}
	// A folder excluded with a trailing slash is not entered.
	w = &Walker{Exclude: func(_, rel string) bool { return rel == "c/" }}
	if got := rels(dir, collect(w, dir)); got != "a.md b.txt" {
		t.Errorf("exclude folder: %s", got)
	}
	// Files named explicitly are taken whatever their ending; a missing one
	// is an input with an error, in its place.
	got = rels(dir, collect(&Walker{}, filepath.Join(dir, "c/e.csv"), filepath.Join(dir, "nope.txt"), filepath.Join(dir, "a.md")))
	if got != "c/e.csv nope.txt! a.md" {
		t.Errorf("explicit files: %s", got)
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := tree(t, map[string]string{"real/a.txt": "a"})
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(dir, filepath.Join(dir, "real", "loop"))                   // real/loop -> the root
	os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "bad.txt")) // broken
	got := rels(dir, collect(&Walker{}, dir))
	// link/ is followed (a.txt again, through the link); the loops are
	// reported once per way into them and not followed.
	want := "bad.txt! link/a.txt link/loop! real/a.txt real/loop!"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestJSONL(t *testing.T) {
	body := `{"id": "art-1", "text": "The unions, however , insist."}` + "\r\n" +
		`{"id": 2, "text": "Clean text.\nSecond line."}` + "\n" +
		"\n" +
		`not json` + "\n" +
		`{"id": "art-4", "body": "wrong field"}` + "\n" +
		`{"id": "art-5", "text": 42}` + "\n" +
		`{"text": "caf\u00e9 \u201cquoted\u201d"}`
	dir := tree(t, map[string]string{"corpus.jsonl": body})
	ins := collect(&Walker{}, dir)
	if got := rels(dir, ins); got != "corpus.jsonl#1 corpus.jsonl#2 corpus.jsonl#4! corpus.jsonl#5! corpus.jsonl#6! corpus.jsonl#7" {
		t.Fatalf("records: %s", got)
	}
	if ins[0].Record.ID != "art-1" || ins[1].Record.ID != "2" || ins[5].Record.ID != "" {
		t.Errorf("ids: %q %q %q", ins[0].Record.ID, ins[1].Record.ID, ins[5].Record.ID)
	}
	if string(ins[5].Src) != "café “quoted”" {
		t.Errorf("decoded text %q", ins[5].Src)
	}
	for _, want := range []string{"line 4: not a JSON object", `line 5: no "text" field`, `line 6: field "text" is not a string`} {
		found := false
		for _, in := range ins {
			if in.Err != nil && strings.Contains(in.Err.Error(), want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error %q", want)
		}
	}
	// Custom field names.
	ins = collect(&Walker{JSONLText: "body", JSONLID: "id"}, filepath.Join(dir, "corpus.jsonl"))
	if ins[3].Err != nil || string(ins[3].Src) != "wrong field" {
		t.Errorf("custom text field: %+v", ins[3])
	}
}

func TestShardsPartition(t *testing.T) {
	files := map[string]string{}
	for i := range 200 {
		files[fmt.Sprintf("d%d/f%03d.txt", i%7, i)] = "x"
	}
	dir := tree(t, files)
	all := collect(&Walker{}, dir)
	if len(all) != 200 {
		t.Fatalf("%d inputs", len(all))
	}
	const n = 4
	seen := map[string]int{}
	for k := 1; k <= n; k++ {
		part := collect(&Walker{Shard: Shard{k, n}}, dir)
		if len(part) < 20 {
			t.Errorf("shard %d/%d has only %d of 200 files", k, n, len(part))
		}
		for _, in := range part {
			seen[in.Path]++
		}
	}
	for _, in := range all {
		if seen[in.Path] != 1 {
			t.Errorf("%s is in %d shards", in.Path, seen[in.Path])
		}
	}
	for _, bad := range []string{"0/4", "5/4", "1/0", "x", "1/x", "-1/2"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
	if s, err := ParseShard("2/3"); err != nil || s != (Shard{2, 3}) {
		t.Errorf("ParseShard(2/3) = %v %v", s, err)
	}
}

// wordEngine reports every word "however", enough to test the batch runner.
func wordEngine(t *testing.T) *rules.Engine {
	reg, err := rules.NewRegistry(&rules.Check{
		ID: "test/however", Doc: "reports however", Severity: rules.Warning,
		Run: func(p *rules.Pass) {
			for _, w := range p.Article.Words {
				if p.Article.String(w.Span) == "however" {
					p.Report(w.Span, "however", nil)
				}
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	e, err := reg.NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestRunOrderIsDeterministic(t *testing.T) {
	files := map[string]string{}
	for i := range 60 {
		files[fmt.Sprintf("f%02d.txt", i)] = strings.Repeat("however ", i%5+1) + strings.Repeat("word ", (60-i)*50)
	}
	files["f07.txt"] = "bad\xff\x81" // neither UTF-8 nor Windows-1252
	dir := tree(t, files)
	outputs := map[int]string{}
	for _, jobs := range []int{1, 2, 8} {
		l := &Linter{Engine: wordEngine(t), Jobs: jobs}
		var b strings.Builder
		err := l.RunSeq((&Walker{}).Inputs([]string{dir}), func(f *report.File) error {
			fmt.Fprintf(&b, "%s %d %v\n", filepath.Base(f.Path), len(f.Findings), f.Err)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		outputs[jobs] = b.String()
	}
	if outputs[1] != outputs[2] || outputs[1] != outputs[8] {
		t.Errorf("output differs with --jobs:\n1:\n%s\n8:\n%s", outputs[1], outputs[8])
	}
	if !strings.Contains(outputs[1], "f07.txt 0 not valid UTF-8") || !strings.Contains(outputs[1], "f04.txt 5 <nil>") {
		t.Errorf("unexpected results:\n%s", outputs[1])
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("f%02d.txt", i)] = "text"
	}
	dir := tree(t, files)
	l := &Linter{Engine: wordEngine(t), Jobs: 4}
	n := 0
	err := l.RunSeq((&Walker{}).Inputs([]string{dir}), func(f *report.File) error {
		n++
		if n == 3 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || n != 3 {
		t.Errorf("err %v after %d files", err, n)
	}
}

func TestHardInputs(t *testing.T) {
	dir := tree(t, map[string]string{
		"empty.txt":   "",
		"utf16.txt":   "\xff\xfeH\x00i\x00",
		"crlf.txt":    "Line one,\r\nline two.\r\n\r\nNext however.\r\n",
		"big.txt":     strings.Repeat("x", 2000),
		"dir.txt/a":   "a directory named like a file",
		"bom.txt":     "\uFEFFhowever",
		"invalid.txt": "ok \xc3\x28 \x81",
	})
	l := &Linter{Engine: wordEngine(t), MaxSize: 1000}
	cases := []struct {
		name    string
		wantErr string
		finds   int
	}{
		{"empty.txt", "", 0},
		{"utf16.txt", "UTF-16", 0},
		{"crlf.txt", "", 1},
		{"big.txt", "too large", 0},
		{"bom.txt", "", 1},
		{"invalid.txt", "not valid UTF-8 at byte 3", 0},
	}
	for _, tc := range cases {
		f := l.CheckInput(Input{Path: filepath.Join(dir, tc.name)})
		switch {
		case tc.wantErr == "" && f.Err != nil:
			t.Errorf("%s: %v", tc.name, f.Err)
		case tc.wantErr != "" && (f.Err == nil || !strings.Contains(f.Err.Error(), tc.wantErr)):
			t.Errorf("%s: err %v, want %q", tc.name, f.Err, tc.wantErr)
		case len(f.Findings) != tc.finds:
			t.Errorf("%s: %d findings, want %d", tc.name, len(f.Findings), tc.finds)
		}
		if f.Err != nil && strings.Contains(f.Err.Error(), dir) {
			t.Errorf("%s: the error repeats the path: %v", tc.name, f.Err)
		}
	}
	// CRLF: the finding's offsets point at the word in the file as read.
	f := l.CheckInput(Input{Path: filepath.Join(dir, "crlf.txt")})
	if s := f.Findings[0].Span; string(f.Article.Src[s.Start:s.End]) != "however" || f.Article.Position(s.Start) != (article.Position{Line: 4, Column: 6}) {
		t.Errorf("CRLF finding at %v %v", s, f.Article.Position(s.Start))
	}
	f = l.CheckInput(Input{Path: filepath.Join(dir, "dir.txt")})
	if f.Err == nil || !strings.Contains(f.Err.Error(), "is a directory") {
		t.Errorf("directory: %v", f.Err)
	}
}

// TestFileRemovedDuringWalk: a file listed by the walk but gone when it is
// read is an input error for that file alone.
func TestFileRemovedDuringWalk(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": "however", "b.txt": "however", "c.txt": "however"})
	l := &Linter{Engine: wordEngine(t), Jobs: 1}
	var got []string
	w := &Walker{}
	inputs := func(yield func(Input) bool) {
		for in := range w.Inputs([]string{dir}) {
			if strings.HasSuffix(in.Path, "a.txt") {
				os.Remove(filepath.Join(dir, "b.txt")) // gone before it is read
			}
			if !yield(in) {
				return
			}
		}
	}
	l.RunSeq(inputs, func(f *report.File) error {
		got = append(got, fmt.Sprintf("%s:%d:%v", filepath.Base(f.Path), len(f.Findings), f.Err))
		return nil
	})
	want := "a.txt:1:<nil> b.txt:0:no such file or directory c.txt:1:<nil>"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestMaxFindings: past the per-file limit, the findings go to Omitted, in
// order; under it, nothing is omitted.
func TestMaxFindings(t *testing.T) {
	src := []byte("however, the talks went on; however, the strike did too, however long it took.")
	for _, tc := range []struct{ max, reported, omitted int }{{0, 3, 0}, {2, 2, 1}, {3, 3, 0}, {1, 1, 2}} {
		l := &Linter{Engine: wordEngine(t), MaxFindings: tc.max}
		f := l.Check("a.txt", src)
		if len(f.Findings) != tc.reported || len(f.Omitted) != tc.omitted {
			t.Errorf("max %d: %d reported, %d omitted; want %d, %d", tc.max, len(f.Findings), len(f.Omitted), tc.reported, tc.omitted)
			continue
		}
		all := append(append([]rules.Finding(nil), f.Findings...), f.Omitted...)
		for i := 1; i < len(all); i++ {
			if all[i].Start <= all[i-1].Start {
				t.Errorf("max %d: findings out of order: %v", tc.max, all)
			}
		}
	}
}
