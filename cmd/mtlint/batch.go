package main

import (
	"iter"
	"os"
	"runtime/debug"
	"strings"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/templates"
)

// keepBytes is how much text the first pass may keep for the check pass: a
// batch of up to 2 MiB is read once (a larger one twice, and the check pass
// does not start with the texts in memory). Kept texts are live heap, and
// the collector lets the heap grow to several times the live heap (see
// tuneGC): a larger budget, filled and then dropped by a large batch, would
// raise the peak memory of every large run by several times the budget.
const keepBytes = 2 << 20

// firstPass runs residue/template's first pass over the inputs when the
// check is on and the run is a batch: a folder, several paths or JSON
// Lines. A single plain file, and standard input (which cannot be read
// twice), are checked as they always were. It returns nil when there is
// nothing to do.
func firstPass(st *setup, l *lint.Linter, args []string) *templates.Set {
	o, ok := lint.TemplateParams(st.engine)
	if !ok {
		return nil // the check is off
	}
	var paths []string
	for _, a := range args {
		if a != "-" {
			paths = append(paths, a)
		}
	}
	if len(paths) == 0 {
		return nil
	}
	if len(paths) == 1 && !st.walker.JSONL && !strings.HasSuffix(paths[0], ".jsonl") {
		if info, err := os.Stat(paths[0]); err != nil || !info.IsDir() {
			return nil
		}
	}
	if st.walker.Shard.Of <= 1 {
		o.KeepBytes = keepBytes // a shard reads the whole batch but checks a part
	}
	// Every shard counts the whole batch, so that the shards of a split run
	// find what one run over the batch finds.
	w := *st.walker
	w.Shard = lint.Shard{}
	// A large batch's count is a sketch of tens of megabytes (without
	// pointers, cheap to collect around) and the pass drops everything else
	// it allocates: collect often then, so that the garbage does not pile
	// up on top of the sketch, and give it back before the check pass.
	gcPercent := -2 // unchanged
	o.Large = func() { gcPercent = debug.SetGCPercent(25) }
	defer func() {
		if gcPercent != -2 {
			debug.SetGCPercent(gcPercent)
		}
	}()
	var stats lint.TemplateStats
	o.Stats = &stats
	set := l.Templates(func() iter.Seq[lint.Input] { return w.Inputs(paths) }, o)
	if stats.Sketched {
		debug.FreeOSMemory() // the sketch: tens of megabytes
	}
	return set
}
