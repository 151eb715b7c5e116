package lint

import (
	"bytes"
	"iter"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/rules"
	"github.com/mtlint/mtlint/templates"
)

// GroupOf returns an input's group for the batch-level checks: the value of
// its record's group field when the walker read one (Walker.JSONLGroup),
// else, for a JSON Lines record, its file, and for a file, its folder.
func GroupOf(in Input) string {
	switch {
	case in.Group != "":
		return in.Group
	case in.Record != nil:
		return in.Path
	}
	return filepath.Dir(in.Path)
}

// TemplateOptions configure the first pass of residue/template.
type TemplateOptions struct {
	// Params say which lines are candidates.
	Params templates.Params
	// MinArticles is the fewest articles of a group a line must recur in.
	MinArticles int
	// SketchBytes is the memory of the first count once it is a sketch (a
	// batch with few distinct lines is counted exactly in less); 0 means
	// templates.DefaultSketchBytes.
	SketchBytes int
	// Stats, when set, receives what the first pass saw and kept.
	Stats *TemplateStats
	// Large, when set, is called once if the batch proves large: when the
	// count turns into a sketch. The CLI tightens its garbage collection
	// then, so that the pass's garbage does not pile up on the sketch.
	Large func()
	// KeepBytes, when above 0, keeps the texts of the files the pass reads
	// for the check pass to use instead of reading them again, when they
	// come to no more than that many bytes in all: a small batch is read
	// once, a larger one twice (and nothing is kept).
	KeepBytes int64
}

// TemplateCheck is the batch-level check whose first pass Templates runs.
const TemplateCheck = "residue/template"

// TemplateParams returns the options of the first pass for the engine's
// settings of residue/template (which lines are candidates, how many
// articles a line must recur in), and false when the check is off.
func TemplateParams(e *rules.Engine) (TemplateOptions, bool) {
	minArticles, ok := e.Param(TemplateCheck, "min-articles")
	if !ok {
		return TemplateOptions{}, false
	}
	maxWords, _ := e.Param(TemplateCheck, "max-words")
	return TemplateOptions{
		Params:      templates.Params{MaxWords: maxWords.(int)},
		MinArticles: minArticles.(int),
	}, true
}

// TemplateStats describe a first pass: the articles read, the memory of
// the first count (exact, or a sketch of fixed size), whether it became a
// sketch and needed a second pass, the keys that pass counted exactly (its
// memory) and the template lines found.
type TemplateStats struct {
	Articles, CounterBytes, Candidates, Lines int
	Sketched                                  bool
}

// Templates runs the first pass of residue/template over the inputs: it
// reads each one (not standard input, which cannot be read twice) and
// counts the short lines that recur across the articles of a group, on the
// linter's workers. A batch with few distinct lines is counted exactly in
// one pass over inputs(); a larger one in a sketch of fixed size, then, in
// a second pass, exactly for the lines the sketch picks out. Memory is the
// sketch's size at most, plus the template lines found. Inputs that cannot
// be read are skipped here; the check pass reports them. The counts do not
// depend on the number of workers or on the order of the inputs.
func (l *Linter) Templates(inputs func() iter.Seq[Input], o TemplateOptions) *templates.Set {
	if o.SketchBytes <= 0 {
		o.SketchBytes = templates.DefaultSketchBytes
	}
	l.kept.Clear()
	var keep atomic.Int64
	keep.Store(o.KeepBytes)
	counter := templates.NewCounter(o.SketchBytes)
	var mu sync.Mutex
	var articles atomic.Int64
	most := 0 // the largest count of a line
	l.eachKeys(inputs(), o.Params, &articles, &keep, func(int) func(templates.Group, []templates.Key) {
		return func(g templates.Group, keys []templates.Key) {
			mu.Lock() // one counter for all workers: memory does not grow with --jobs
			exact := counter.Exact()
			most = max(most, counter.Add(g, keys))
			if exact && !counter.Exact() && o.Large != nil {
				o.Large()
			}
			mu.Unlock()
		}
	})
	if keep.Load() < 0 {
		l.kept.Clear() // what a worker stored as another ran over the budget
	}
	if most < o.MinArticles || counter.Exact() {
		// No line recurs often enough, or the counts are exact: no second
		// pass.
		set := counter.Set(o.Params, o.MinArticles)
		if set == nil {
			set = templates.NewSet(o.Params, o.MinArticles, nil, nil)
		}
		if o.Stats != nil {
			*o.Stats = TemplateStats{Articles: int(articles.Load()), CounterBytes: counter.Bytes(), Lines: set.Len()}
		}
		return set
	}
	sketch := counter.Sketch()
	var tallies []*templates.Tally
	l.eachKeys(inputs(), o.Params, &articles, nil, func(int) func(templates.Group, []templates.Key) {
		t := sketch.NewTally(o.MinArticles)
		mu.Lock()
		tallies = append(tallies, t)
		mu.Unlock()
		return t.Add
	})
	total := sketch.NewTally(o.MinArticles)
	for _, t := range tallies {
		total.Merge(t) // same sketch: cannot fail
	}
	set := total.Set(o.Params)
	if o.Stats != nil {
		*o.Stats = TemplateStats{Articles: int(articles.Load()) / 2, CounterBytes: sketch.Bytes(), Sketched: true,
			Candidates: total.Candidates(), Lines: set.Len()}
	}
	return set
}

// eachKeys reads the inputs on the linter's workers and hands the keys of
// each article to the adder of its worker (newAdder is called once per
// worker).
func (l *Linter) eachKeys(inputs iter.Seq[Input], p templates.Params, articles, keep *atomic.Int64, newAdder func(worker int) func(templates.Group, []templates.Key)) {
	jobs := l.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	max := l.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	// The workers take the inputs from the walk themselves, as in RunSeq:
	// no goroutine wakes another for each file.
	next, stop := iter.Pull(inputs)
	defer stop()
	var mu sync.Mutex
	take := func() (Input, bool) {
		mu.Lock()
		defer mu.Unlock()
		for {
			in, ok := next()
			if !ok || in.Err == nil && !in.Stdin {
				return in, ok
			}
		}
	}
	var wg sync.WaitGroup
	for w := range jobs {
		add := newAdder(w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			var keys []templates.Key
			var buf []byte // reused: the first pass keeps nothing of a file but its keys
			for {
				in, ok := take()
				if !ok {
					return
				}
				src := in.Src
				if src == nil {
					var err error
					if buf, err = readFileInto(buf, in.Path, max); err != nil {
						continue
					}
					src = buf
					if keep != nil && keep.Load() >= 0 {
						if keep.Add(-int64(len(buf))) >= 0 {
							l.kept.Store(in.Path, bytes.Clone(buf))
						} else {
							l.kept.Clear() // the batch is too large: keep nothing
						}
					}
				}
				g, k, err := l.TemplateKeys(keys[:0], in, src, p)
				keys = k
				if err != nil {
					continue // the check pass reports it
				}
				add(g, keys)
				articles.Add(1)
			}
		}()
	}
	wg.Wait()
}

// TemplateKeys appends to dst the keys of the candidate lines (p) of an
// input whose bytes are src, and returns the input's group for
// residue/template: the keys of residue/template's first pass, wherever it
// runs (Templates, the Beam pipeline). The text is read as the check pass
// reads it, so that the keys counted are the keys looked up: a
// Windows-1252 file as its UTF-8 transcoding, Markdown and HTML through
// their reader (the text a reader of the page sees, by Format or the
// file's name), without a byte order mark. The group is
// GroupOfArticle's, as in the check pass. An input the check pass could
// not read (not text) has no keys and an error.
func (l *Linter) TemplateKeys(dst []templates.Key, in Input, src []byte, p templates.Params) (templates.Group, []templates.Key, error) {
	text, meta, err := reader.ReadText(l.formatOf(in), in.Path, src)
	if err != nil {
		return 0, dst, err
	}
	name := metaGroupOf(meta) // GroupOfArticle's group, without the article
	if name == "" {
		name = GroupOf(in)
	}
	g := templates.GroupOf(name)
	return g, templates.Keys(dst, g, text[article.BOMLen(text):], p), nil
}

// TemplateSide returns the side inputs of a run with template lines: the
// function a Linter calls for each input (Linter.Side).
func TemplateSide(set *templates.Set) func(Input) *rules.Side {
	values := map[any]any{templates.SideKey{}: set}
	return func(in Input) *rules.Side {
		return &rules.Side{Group: GroupOf(in), Values: values}
	}
}
