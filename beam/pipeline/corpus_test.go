package pipeline

import (
	"path/filepath"
	"testing"

	"github.com/mtlint/mtlint/internal/corpus"
	mtsetup "github.com/mtlint/mtlint/setup"
)

// TestBBCEqualsCheck runs the pipeline over the 896 edited BBC articles of
// the shared corpus (read in place; skipped without it) and compares its
// findings with mtlint check's, record for record, and its summary with
// the findings.
func TestBBCEqualsCheck(t *testing.T) {
	root, paths := corpus.BBC(t)
	o := Options{Files: []string{filepath.Join(root, "*", "*.txt")}, Setup: mtsetup.Options{NoConfig: true}}
	if m, _ := filepath.Glob(o.Files[0]); len(m) != len(paths) {
		t.Fatalf("the pattern matches %d files, the corpus has %d", len(m), len(paths))
	}
	out := filepath.Join(t.TempDir(), "bbc")
	runPipeline(t, o, out)
	got := readLines(t, out+"-findings.jsonl")
	want := runCheck(t, append([]string{"check", "--format", "jsonl", "--no-config"}, paths...))
	if len(want) != len(paths) {
		t.Fatalf("mtlint check wrote %d records for %d articles", len(want), len(paths))
	}
	compareLines(t, got, want)
	records := parseFindings(t, got)
	checkSummary(t, records, readLines(t, out+"-summary.jsonl"), o)
	if dead := readLines(t, out+"-dead-letters.jsonl"); len(dead) != 0 {
		t.Errorf("%d dead letters, want none: %.300s", len(dead), dead[0])
	}
}
