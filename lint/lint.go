// Package lint is mtlint's library entry point: it turns paths into inputs,
// reads and parses each one, runs the rule engine over it and hands the
// results on, in input order, from a pool of workers.
package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"runtime"
	"slices"
	"sync"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

// StdinPath is the path reported for standard input.
const StdinPath = "<stdin>"

// DefaultExts are the file name endings a directory walk picks up: plain
// text, Markdown and HTML (see package reader).
var DefaultExts = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// Input is one thing to check: a file, standard input, or one record of a
// JSON Lines file.
type Input struct {
	Path  string
	Stdin bool
	// Src is the text when it is already in memory (a JSONL record).
	Src []byte
	// Record is set for a JSONL record.
	Record *report.Record
	// Err is set when the input could not even be listed or decoded (a
	// missing path, an unreadable directory, a bad JSONL line).
	Err error
	// Rel is, for a file found by walking a directory, its path relative
	// to that directory, with slashes; "" for a path given as it is.
	Rel string
	// Source is a JSONL record's source text, when the record has one.
	Source []byte
	// Group is the value of a JSON Lines record's group field
	// (Walker.JSONLGroup), for the batch-level checks; see GroupOf.
	Group string
}

// Expand lists the inputs for command-line paths with the default walk
// (see Walker.Inputs): files as given, "-" for standard input, directories
// walked for *.txt, *.md, *.markdown, *.html, *.htm and *.jsonl files, hidden and vendored folders
// skipped.
func Expand(args []string, exts []string) []Input {
	w := &Walker{Exts: exts}
	var out []Input
	for in := range w.Inputs(args) {
		out = append(out, in)
	}
	return out
}

// cleanErr drops the path from an *fs.PathError: the report names the file.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Linter checks inputs with an engine.
type Linter struct {
	Engine *rules.Engine
	// Jobs is the number of files checked at once; 0 means one per CPU.
	Jobs int
	// Stdin is read for the "-" input; os.Stdin when nil.
	Stdin io.Reader
	// MaxSize is the largest file checked, in bytes; 0 means
	// DefaultMaxSize. A larger file is an input error, not a crash.
	MaxSize int64
	// Filter, when set, drops findings after the engine ran (the
	// configuration's allowlists).
	Filter func(*article.Article, []rules.Finding) []rules.Finding
	// Sources, when set, pairs inputs with their source articles for the
	// bitext checks (see Sources).
	Sources *Sources
	// Side, when set, gives the side inputs of each input's run: its group
	// and the batch's values (TemplateSide).
	Side func(Input) *rules.Side
	// Format, when not reader.Auto, is the reader of every file and of
	// standard input (--input); by default a file is read by its name
	// (reader.ForPath) and standard input as plain text. JSON Lines
	// records are always plain text.
	Format reader.Format
	// MaxFindings, when positive, is the most findings reported per file
	// (or JSONL record): the first ones by position; the rest go to the
	// File's Omitted, so that a corrupt file cannot flood a report.
	MaxFindings int

	// kept holds texts a first pass read (TemplateOptions.KeepBytes), by
	// path, each taken once by the check pass.
	kept sync.Map
}

// DefaultMaxFindings is the command line's per-file limit on findings
// (--max-findings): far more than any article has, few enough that one
// broken file cannot bury the rest of a report.
const DefaultMaxFindings = 100_000

// Check checks one text already in memory: UTF-8, or Windows-1252, which
// is checked as its UTF-8 transcoding (article.ParseFile).
func (l *Linter) Check(path string, src []byte) *report.File {
	return l.check(Input{Path: path}, src, nil)
}

func (l *Linter) check(in Input, src []byte, side *rules.Side) *report.File {
	f := &report.File{Path: in.Path}
	a, err := l.read(in, src)
	if err != nil {
		f.Err = err
		return f
	}
	f.Article = a
	f.Findings, f.Err = l.Engine.RunSide(a, metaSide(side, a))
	l.filter(f, nil)
	return f
}

// formatOf returns the reader of an input: JSON Lines records are plain
// text; otherwise Format when set, else plain text for standard input and
// the file's name for a file.
func (l *Linter) formatOf(in Input) reader.Format {
	switch {
	case in.Record != nil:
		return reader.Text
	case l.Format != reader.Auto:
		return l.Format
	case in.Stdin:
		return reader.Text
	}
	return reader.ForPath(in.Path)
}

// read parses an input's bytes with its reader.
func (l *Linter) read(in Input, src []byte) (*article.Article, error) {
	return reader.Read(l.formatOf(in), in.Path, src)
}

// metaGroup is the group an article's file declares for the batch-level
// checks (front matter's site, else its section), "" when none.
func metaGroup(a *article.Article) string {
	if a == nil || a.Origin == nil {
		return ""
	}
	return metaGroupOf(a.Origin.Meta)
}

// metaGroupOf is the group a file's metadata declares, or "".
func metaGroupOf(m article.Meta) string {
	switch {
	case m.Site != "":
		return "site:" + m.Site
	case m.Section != "":
		return "section:" + m.Section
	}
	return ""
}

// GroupOfArticle returns the group of an input read as a, for the
// batch-level checks and for whoever sums results by group (the Beam
// pipeline's summary): the site, else the section, its file's front matter
// declares ("site:NAME", "section:NAME"), else GroupOf(in). a may be nil
// (an input that could not be read).
func GroupOfArticle(in Input, a *article.Article) string {
	if g := metaGroup(a); g != "" {
		return g
	}
	return GroupOf(in)
}

// metaSide is side with the group the article declares, when it declares
// one.
func metaSide(side *rules.Side, a *article.Article) *rules.Side {
	g := metaGroup(a)
	if side == nil || g == "" {
		return side
	}
	s := *side
	s.Group = g
	return &s
}

// filter applies the allowlists (Filter) to a file's findings, carries
// them to the file's bytes when a reader derived the text from Markdown or
// HTML (reader.MapFindings; src is the bitext source, if any), and applies
// the per-file limit (MaxFindings).
func (l *Linter) filter(f *report.File, src *article.Article) {
	if l.Filter != nil {
		f.Findings = l.Filter(f.Article, f.Findings)
	}
	f.Findings = reader.MapFindings(f.Article, src, f.Findings)
	if l.MaxFindings > 0 && len(f.Findings) > l.MaxFindings {
		f.Findings, f.Omitted = f.Findings[:l.MaxFindings:l.MaxFindings], f.Findings[l.MaxFindings:]
	}
}

// CheckInput reads and checks one input.
func (l *Linter) CheckInput(in Input) *report.File {
	if in.Err != nil {
		return &report.File{Path: in.Path, Record: in.Record, Err: in.Err}
	}
	max := l.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	src, err := in.Src, error(nil)
	switch {
	case src != nil:
	case in.Stdin:
		r := l.Stdin
		if r == nil {
			r = os.Stdin
		}
		src, err = readAtMost(r, max)
	default:
		if b, ok := l.kept.LoadAndDelete(in.Path); ok {
			src = b.([]byte)
			break
		}
		src, err = readFile(in.Path, max)
	}
	if err != nil {
		return &report.File{Path: in.Path, Record: in.Record, Err: cleanErr(err)}
	}
	var side *rules.Side
	if l.Side != nil {
		side = l.Side(in)
	}
	if l.Sources != nil {
		return l.checkBitext(in, src, side)
	}
	f := l.check(in, src, side)
	f.Record = in.Record
	return f
}

func readFile(path string, max int64) ([]byte, error) {
	b, err := readFileInto(nil, path, max)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// ReadAll reads a file's text from r, refusing one larger than max bytes
// (DefaultMaxSize when max is 0 or less) with the error mtlint reports for
// it; size is the file's size when known, else -1. It is the linter's
// reading of a file, for a caller that opens the file itself (a pipeline
// reading object storage); the text is never nil.
func ReadAll(r io.Reader, size, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxSize
	}
	if size > max {
		return nil, tooLarge(size, max)
	}
	return readAtMost(r, max)
}

// readAtMost reads r to the end, failing when it holds more than max bytes.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, tooLarge(-1, max)
	}
	return b, nil
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("too large: more than %d MB (the limit; raise it with --max-size)", max>>20)
	}
	return fmt.Errorf("too large: %d MB, more than the %d MB limit (raise it with --max-size)", size>>20, max>>20)
}

// Run checks every input on a pool of workers and calls emit with each
// result in input order. At most a bounded number of results wait to be
// emitted, so memory does not grow with the number of inputs. If emit
// returns an error, Run stops and returns it.
func (l *Linter) Run(inputs []Input, emit func(*report.File) error) error {
	return l.RunSeq(slices.Values(inputs), emit)
}

// RunSeq is Run over a stream of inputs, which it consumes as workers free
// up: a walk of a huge tree is never held in memory.
//
// The workers take the inputs from the walk themselves (through iter.Pull,
// one at a time), and the worker that finishes the next result in input
// order emits it, with any later ones already done: no goroutine hands
// each input or result to another, which on a batch of small articles
// costs more in wake-ups (futex and nanosleep system calls, a thread woken
// per file) than the reading. At most 4 × jobs results wait to be emitted.
func (l *Linter) RunSeq(inputs iter.Seq[Input], emit func(*report.File) error) error {
	jobs := l.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	next, stop := iter.Pull(inputs)
	defer stop()
	window := 4 * jobs
	var (
		mu       sync.Mutex
		moved    = sync.NewCond(&mu)            // emitted moved on, or the inputs ended
		ready    = make([]*report.File, window) // result k at k % window until emitted
		taken    int                            // inputs taken: the next one's number
		emitted  int                            // results emitted
		ended    bool                           // no more inputs, or emit failed
		emitting bool                           // a worker is emitting
		err      error
	)
	work := func() {
		for {
			mu.Lock()
			for !ended && taken >= emitted+window {
				moved.Wait()
			}
			if ended {
				mu.Unlock()
				return
			}
			in, ok := next()
			if !ok {
				ended = true
				moved.Broadcast()
				mu.Unlock()
				return
			}
			k := taken
			taken++
			mu.Unlock()

			f := l.CheckInput(in)

			mu.Lock()
			ready[k%window] = f
			if emitting {
				mu.Unlock() // the emitting worker takes it when its turn comes
				continue
			}
			emitting = true
			for err == nil && ready[emitted%window] != nil {
				f := ready[emitted%window]
				ready[emitted%window] = nil
				mu.Unlock()
				e := emit(f)
				mu.Lock()
				emitted++
				if e != nil {
					err, ended = e, true // let in-flight work finish; nothing more is emitted
				}
				moved.Broadcast()
			}
			emitting = false
			mu.Unlock()
		}
	}
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(work)
	}
	wg.Wait()
	return err
}
