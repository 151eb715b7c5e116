package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/fix"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/rules"
)

func fixCommand() *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "show the fixes for articles as a unified diff, or apply them",
		ArgsUsage: "PATH...",
		Description: "Applies the fixes that checks attach to their findings, then checks the result again and\n" +
			"fixes what is left, for at most " + fmt.Sprint(fix.DefaultMaxRounds) + " rounds (fixes that overlap are applied one round\n" +
			"after the other). Without --write it prints a unified diff of the changes for review; with\n" +
			"--write it replaces each file atomically (a temporary file in the same directory, renamed\n" +
			"over the original, with the original's permissions), and refuses a file that changed on\n" +
			"disk since it was read. Only safe fixes (spacing and punctuation) are applied unless\n" +
			"--unsafe is given, which also deletes site chrome and joins split paragraphs.\n\n" +
			"PATH is a file, a directory (searched recursively for *.txt, *.md, *.markdown, *.html and\n" +
			"*.htm) or - for standard input (not with --write). Markdown and HTML are fixed where an\n" +
			"edit of the file's bytes is unambiguous (--input forces a reader).\n\n" +
			"Paths in the diff: a file under the current directory is named a/PATH and b/PATH, with PATH\n" +
			"relative to the current directory, so that in the same directory\n" +
			"    mtlint fix article.txt > fixes.patch && patch -p1 < fixes.patch\n" +
			"(or git apply fixes.patch) applies it. A file outside the current directory (an absolute\n" +
			"path elsewhere, or one reached with ../) is named by its absolute path without the leading\n" +
			"slash, because patch and git apply refuse absolute names and names with ..; apply that diff\n" +
			"with patch -p1 -d / . A note on standard error says when this happens.\n\n" +
			"--format json prints, per file, the net edits (offsets into the file as read), each fix\n" +
			"applied (with its round; offsets into the text that round started from) and each fix left,\n" +
			"with the reason: unsafe, conflict, not-converged or no-op (offsets into the fixed text).\n\n" +
			"Exit status: 0 when there was nothing to change, or --write applied the fixes; 1 when there\n" +
			"are changes to show (without --write, like diff); 2 for a usage error or a file that could\n" +
			"not be read, fixed or written (named on standard error; the other files are still\n" +
			"processed, and a file that is not written is left exactly as it was).",
		Flags: append(selectionFlags(),
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "apply the fixes to the files in place instead of printing a diff"},
			&cli.BoolFlag{Name: "unsafe", Usage: "also apply fixes that delete or join text (site chrome, orphaned paragraphs)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "diff", Usage: "output `FORMAT`: diff or json (with --write, the diff is printed only when asked for)"},
			&cli.IntFlag{Name: "unified", Aliases: []string{"U"}, Value: 3, Usage: "`N` lines of context around each change in the diff"},
			inputFlag(),
		),
		Action: runFix,
	}
}

// fixOutcome is one input's result.
type fixOutcome struct {
	path    string
	res     *fix.Result
	err     error
	written bool
}

func runFix(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErr(c, fmt.Errorf("fix needs at least one PATH (a file, a directory or - for standard input)"))
	}
	format := c.String("format")
	if format != "diff" && format != "json" {
		return usageErr(c, fmt.Errorf("unknown format %q (want diff or json)", format))
	}
	context := c.Int("unified")
	if context < 0 {
		return usageErr(c, fmt.Errorf("--unified wants a number of lines, 0 or more"))
	}
	write := c.Bool("write")
	// The setup check uses: the configuration file, the engine, the
	// allowlist and the walker with the file's include and exclude
	// globs. Directory walks pick up text files only, not JSON Lines.
	st, err := newSetup(c)
	if err != nil {
		return usageErr(c, err)
	}
	st.walker.Exts = fixExts
	named := map[string]bool{}
	for _, a := range c.Args().Slice() {
		named[filepath.Clean(a)] = true
	}
	var inputs []lint.Input
	jsonl := map[string]bool{}
	for in := range st.walker.Inputs(c.Args().Slice()) {
		if in.Record == nil {
			inputs = append(inputs, in)
			continue
		}
		// The walker yields a JSON Lines file record by record; fix
		// works on text files, so it is refused once, when named, and
		// skipped with a note when a directory walk found it.
		if jsonl[in.Path] {
			continue
		}
		jsonl[in.Path] = true
		if named[filepath.Clean(in.Path)] {
			inputs = append(inputs, lint.Input{Path: in.Path, Err: errors.New("a JSON Lines file: fix works on text files only")})
		} else {
			fmt.Fprintf(c.App.ErrWriter, "mtlint: note: skipping %s (JSON Lines; fix works on text files only)\n", in.Path)
		}
	}
	inputs = dedupeInputs(inputs)
	if len(inputs) == 0 {
		fmt.Fprintln(c.App.ErrWriter, "mtlint: no files to fix (directories are searched for *.txt, *.md, *.markdown, *.html and *.htm)")
		return codeError{exitError}
	}
	if write {
		for _, in := range inputs {
			if in.Stdin {
				return usageErr(c, fmt.Errorf("--write cannot write standard input; give a file"))
			}
		}
	}
	input, err := reader.ParseFormat(c.String("input"))
	if err != nil {
		return usageErr(c, fmt.Errorf("--input: %v", err))
	}
	opts := fix.Options{Unsafe: c.Bool("unsafe"), Filter: st.filter, Format: input}
	engine := st.engine
	stdout := bufio.NewWriter(c.App.Writer)
	stderr := c.App.ErrWriter
	showDiff := format == "diff" && (!write || c.IsSet("format"))
	var js *fixJSON
	if format == "json" {
		js = newFixJSON(stdout)
	}
	var failed, changed, written, applied int
	notedOutside := false
	var werr error
	fixOrdered(inputs, c.Int("jobs"), func(in lint.Input) *fixOutcome {
		return fixOne(engine, in, c.App.Reader, opts, write)
	}, func(o *fixOutcome) {
		if o.err != nil {
			failed++
			fmt.Fprintf(stderr, "mtlint: %s: %v\n", o.path, o.err)
		}
		if o.res != nil && o.res.Changed() {
			changed++
			applied += len(o.res.Applied)
		}
		if o.written {
			written++
		}
		switch {
		case js != nil:
			js.file(o)
		case o.res != nil:
			if showDiff && o.res.Changed() {
				name, outside := fix.DiffName(o.path)
				if o.path == lint.StdinPath {
					name, outside = o.path, false
				}
				d, err := fix.Unified(name, o.res.Original, o.res.Edits, context)
				if err != nil {
					failed++
					fmt.Fprintf(stderr, "mtlint: %s: %v\n", o.path, err)
					break
				}
				if outside && !notedOutside {
					notedOutside = true
					fmt.Fprintf(stderr, "mtlint: note: %s is outside the current directory; the diff names it from the root: apply with patch -p1 -d /\n", o.path)
				}
				if _, err := stdout.Write(d); err != nil && werr == nil {
					werr = err
				}
			}
			noteFixSkipped(stderr, o)
		}
	})
	if js != nil {
		js.close(fixSummary{Files: len(inputs), Changed: changed, Written: written, Applied: applied, Failed: failed})
		if werr == nil {
			werr = js.err
		}
	}
	if err := stdout.Flush(); err != nil && werr == nil {
		werr = err
	}
	if werr != nil {
		return fmt.Errorf("writing the output: %v", werr)
	}
	if write && format == "diff" {
		fmt.Fprintf(stderr, "mtlint: fixed %d of %d files (%d fixes applied)\n", written, len(inputs)-failed, applied)
	}
	switch {
	case failed > 0:
		return codeError{exitError}
	case !write && changed > 0:
		return codeError{exitFindings}
	}
	return nil
}

// fixExts are the files a directory walk fixes.
var fixExts = lint.DefaultExts

// dedupeInputs drops repeated paths, so that a file named twice is fixed once.
func dedupeInputs(in []lint.Input) []lint.Input {
	seen := map[string]bool{}
	out := in[:0:0]
	for _, x := range in {
		k := x.Path
		if !x.Stdin {
			k = filepath.Clean(k)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// fixOne reads, fixes and (with write) replaces one input.
func fixOne(e *rules.Engine, in lint.Input, stdin io.Reader, opts fix.Options, write bool) *fixOutcome {
	o := &fixOutcome{path: in.Path}
	if in.Err != nil {
		o.err = in.Err
		return o
	}
	if in.Src != nil {
		o.err = errors.New("not a file: fix works on text files only")
		return o
	}
	var src []byte
	var snap *fix.Snapshot
	if in.Stdin {
		src, o.err = io.ReadAll(io.LimitReader(stdin, lint.DefaultMaxSize+1))
		if o.err == nil && len(src) > lint.DefaultMaxSize {
			o.err = fmt.Errorf("too large: more than the %d MB limit", lint.DefaultMaxSize>>20)
		}
	} else {
		src, snap, o.err = fix.ReadFile(in.Path, lint.DefaultMaxSize)
	}
	if o.err != nil {
		return o
	}
	o.res, o.err = fix.Run(e, in.Path, src, opts)
	if o.err != nil || !write || !o.res.Changed() {
		return o
	}
	if o.err = fix.WriteFile(snap, o.res.Fixed); o.err == nil {
		o.written = true
	}
	return o
}

// fixOrdered runs work on the inputs on a pool of jobs goroutines and
// calls emit with the outcomes in input order, holding at most a few
// outcomes per job in memory.
func fixOrdered(inputs []lint.Input, jobs int, work func(lint.Input) *fixOutcome, emit func(*fixOutcome)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	order := make(chan chan *fixOutcome, 4*jobs)
	sem := make(chan struct{}, jobs)
	go func() {
		defer close(order)
		for _, in := range inputs {
			ch := make(chan *fixOutcome, 1)
			order <- ch
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				ch <- work(in)
			}()
		}
	}()
	for ch := range order {
		emit(<-ch)
	}
}

// noteFixSkipped tells on standard error what was left unfixed in a file.
func noteFixSkipped(w io.Writer, o *fixOutcome) {
	r := o.res
	if n := r.Count(fix.ReasonUnsafe); n > 0 {
		fmt.Fprintf(w, "mtlint: %s: %s not applied: %s text (use --unsafe) [%s]\n",
			o.path, fixPlural(n, "unsafe fix", "unsafe fixes"), deleteOrJoin(n), fixRulesOf(r.Skipped, fix.ReasonUnsafe))
	}
	if !r.Converged {
		n := r.Count(fix.ReasonNotConverged) + r.Count(fix.ReasonConflict)
		fmt.Fprintf(w, "mtlint: %s: fixes did not settle after %d rounds; %s left [%s]\n",
			o.path, r.Rounds, fixPlural(n, "fix", "fixes"), fixRulesOf(r.Skipped, fix.ReasonNotConverged, fix.ReasonConflict))
	}
	if n := r.Count(fix.ReasonNoOp); n > 0 {
		fmt.Fprintf(w, "mtlint: %s: %s ignored (a bug in the check) [%s]\n",
			o.path, fixPlural(n, "fix that changes nothing", "fixes that change nothing"), fixRulesOf(r.Skipped, fix.ReasonNoOp))
	}
}

func deleteOrJoin(n int) string {
	if n == 1 {
		return "it deletes or joins"
	}
	return "they delete or join"
}

func fixPlural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fixRulesOf lists the rules of the skipped records with the reasons.
func fixRulesOf(recs []fix.Record, reasons ...fix.Reason) string {
	seen := map[string]bool{}
	var ids []string
	for _, r := range recs {
		for _, want := range reasons {
			if r.Reason == want && !seen[r.Rule] {
				seen[r.Rule] = true
				ids = append(ids, r.Rule)
			}
		}
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

// The JSON output of fix:
//
//	{"version":1,"files":[{...}, ...],"summary":{...}}
//
// with, per file, the fields of fixJSONFile.
const fixJSONVersion = 1

type fixJSONFile struct {
	Path  string `json:"path"`
	Error string `json:"error"`
	// Changed: the fixes change the file; Written: it was replaced.
	Changed bool `json:"changed"`
	Written bool `json:"written"`
	// Converged is false when fixes were left because the rounds ran out.
	Converged bool `json:"converged"`
	Rounds    int  `json:"rounds"`
	// Edits turn the file as read into the fixed text: sorted, disjoint,
	// byte offsets into the file as read.
	Edits []rules.Edit `json:"edits"`
	// Applied: the fixes applied, with the round that applied them; their
	// offsets are into the text that round started from (round 1: the file
	// as read).
	Applied []fix.Record `json:"applied"`
	// Skipped: the fixes left, with the reason; offsets, line and column
	// are into the fixed text.
	Skipped []fixJSONSkipped `json:"skipped"`
}

type fixJSONSkipped struct {
	fix.Record
	Line   int `json:"line"`
	Column int `json:"column"`
}

type fixSummary struct {
	Files   int `json:"files"`
	Changed int `json:"changed"`
	Written int `json:"written"`
	Applied int `json:"applied"`
	Failed  int `json:"failed"`
}

// fixJSON streams the JSON document one file at a time.
type fixJSON struct {
	w   *bufio.Writer
	n   int
	err error
	buf bytes.Buffer
}

func newFixJSON(w *bufio.Writer) *fixJSON {
	j := &fixJSON{w: w}
	j.write(fmt.Sprintf(`{"version":%d,"files":[`, fixJSONVersion))
	return j
}

func (j *fixJSON) write(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *fixJSON) encode(v any) string {
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil && j.err == nil {
		j.err = err
	}
	return strings.TrimSuffix(j.buf.String(), "\n")
}

func (j *fixJSON) file(o *fixOutcome) {
	f := fixJSONFile{Path: o.path, Edits: []rules.Edit{}, Applied: []fix.Record{}, Skipped: []fixJSONSkipped{}, Written: o.written}
	if o.err != nil {
		f.Error = o.err.Error()
	}
	if r := o.res; r != nil {
		f.Changed, f.Converged, f.Rounds = r.Changed(), r.Converged, r.Rounds
		if r.Edits != nil {
			f.Edits = r.Edits
		}
		f.Applied = append(f.Applied, r.Applied...)
		for _, s := range r.Skipped {
			p := r.Position(s.Edits[0].Offset)
			f.Skipped = append(f.Skipped, fixJSONSkipped{Record: s, Line: p.Line, Column: p.Column})
		}
	}
	if j.n > 0 {
		j.write(",")
	}
	j.n++
	j.write("\n" + j.encode(f))
}

func (j *fixJSON) close(s fixSummary) {
	j.write("\n],\n\"summary\":" + j.encode(s) + "}\n")
}
