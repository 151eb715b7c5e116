// Package lint is mtlint's library entry point: it turns paths into inputs,
// reads and parses each one, runs the rule engine over it and hands the
// results on, in input order, from a pool of workers.
package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

// StdinPath is the path reported for standard input.
const StdinPath = "<stdin>"

// DefaultExts are the file name endings a directory walk picks up.
var DefaultExts = []string{".txt", ".md"}

// Input is one thing to check: a file, or standard input.
type Input struct {
	Path  string
	Stdin bool
	// Err is set when the input could not even be listed (a missing path,
	// an unreadable directory).
	Err error
}

// Expand turns command-line paths into inputs: a file stays itself (whatever
// its name), "-" is standard input, and a directory is walked recursively for
// files whose names end in one of exts, skipping hidden entries (".git"),
// sorted by path. Paths that cannot be listed become inputs with Err set, so
// that the batch goes on and the error is reported in its place.
func Expand(args []string, exts []string) []Input {
	var out []Input
	for _, arg := range args {
		if arg == "-" {
			out = append(out, Input{Path: StdinPath, Stdin: true})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			out = append(out, Input{Path: arg, Err: cleanErr(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, Input{Path: arg})
			continue
		}
		var found []Input
		filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, Input{Path: p, Err: cleanErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			for _, e := range exts {
				if strings.HasSuffix(name, e) {
					found = append(found, Input{Path: p})
					break
				}
			}
			return nil
		})
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
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
}

// Check checks one text already in memory.
func (l *Linter) Check(path string, src []byte) *report.File {
	f := &report.File{Path: path}
	a, err := article.Parse(path, src)
	if err != nil {
		f.Err = err
		return f
	}
	f.Article = a
	f.Findings, f.Err = l.Engine.Run(a)
	return f
}

// CheckInput reads and checks one input.
func (l *Linter) CheckInput(in Input) *report.File {
	if in.Err != nil {
		return &report.File{Path: in.Path, Err: in.Err}
	}
	var src []byte
	var err error
	if in.Stdin {
		r := l.Stdin
		if r == nil {
			r = os.Stdin
		}
		src, err = io.ReadAll(r)
	} else {
		src, err = readFile(in.Path)
	}
	if err != nil {
		return &report.File{Path: in.Path, Err: cleanErr(err)}
	}
	return l.Check(in.Path, src)
}

func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	return os.ReadFile(path)
}

// Run checks every input on a pool of workers and calls emit with each
// result in input order. At most a bounded number of results wait to be
// emitted, so memory does not grow with the number of inputs. If emit
// returns an error, Run stops and returns it.
func (l *Linter) Run(inputs []Input, emit func(*report.File) error) error {
	jobs := l.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type slot struct {
		in   Input
		done chan struct{}
		f    *report.File
	}
	slots := make(chan *slot, 4*jobs) // results in order, bounded look-ahead
	work := make(chan *slot)
	stop := make(chan struct{})
	go func() {
		defer close(slots)
		defer close(work)
		for _, in := range inputs {
			s := &slot{in: in, done: make(chan struct{})}
			select {
			case slots <- s:
			case <-stop:
				return
			}
			select {
			case work <- s:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				s.f = l.CheckInput(s.in)
				close(s.done)
			}
		}()
	}
	var err error
	for s := range slots {
		<-s.done
		if err = emit(s.f); err != nil {
			close(stop)
			break
		}
	}
	if err != nil {
		// Let in-flight work finish; nothing more is emitted.
		for range slots {
		}
	}
	wg.Wait()
	return err
}
