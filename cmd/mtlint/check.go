package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/config"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

// selectionFlags are shared by the commands that run checks.
func selectionFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "enable", Aliases: []string{"e"}, Usage: "enable checks by `ID` or category prefix (\"punctuation/\"); repeatable"},
		&cli.StringSliceFlag{Name: "disable", Aliases: []string{"d"}, Usage: "disable checks by `ID` or category prefix; \"all\" for every check; repeatable"},
		&cli.StringFlag{Name: "lang", Value: "en", Usage: "the article's target `LANGUAGE` (ISO 639-1)"},
		&cli.StringSliceFlag{Name: "source-lang", Usage: "a candidate source `LANGUAGE` for untranslated fragments; repeatable"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "files checked at once (default: the number of CPUs)"},
		configFlags()[0], configFlags()[1],
	}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check articles and report what is wrong",
		ArgsUsage: "PATH...",
		Description: "PATH is a file, a directory (searched recursively for *.txt, *.md, *.markdown, *.html and *.htm)\n" +
			"or - for standard input. Markdown and HTML are checked as the text a reader sees (--input).\n\n" +
			"Exit status: 0 when nothing is at or above --fail-on, 1 when something is,\n" +
			"2 for a usage error or a file that could not be checked (the others are still checked).",
		Flags: append(append(append(selectionFlags(), inputFlags()...), sourceFlags()...),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "report `FORMAT`: " + strings.Join(report.Formats, ", ")},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at or above `SEVERITY`: error, warning, info or never"},
			&cli.IntFlag{Name: "max-warnings", Value: -1, Usage: "also exit 1 when there are more than `N` warnings (and errors)"},
			&cli.IntFlag{Name: "max-findings", Value: lint.DefaultMaxFindings, Usage: "report at most `N` findings per file, the first ones, with a notice for a file that has more (0: no limit); the exit status still counts them all"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output; FILE is replaced only once the report is complete"},
		),
		Action: runCheck,
	}
}

func parseFailOn(s string) (rules.Severity, error) {
	if strings.EqualFold(s, "never") {
		return rules.Error + 1, nil
	}
	return rules.ParseSeverity(s)
}

func useColour(c *cli.Context) (bool, error) {
	switch c.String("color") {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := c.App.Writer.(*os.File)
		if !ok {
			return false, nil
		}
		info, err := f.Stat()
		return err == nil && info.Mode()&os.ModeCharDevice != 0, nil
	}
	return false, fmt.Errorf("--color wants auto, always or never, not %q", c.String("color"))
}

func runCheck(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErr(c, fmt.Errorf("check needs at least one PATH (a file, a directory or - for standard input)"))
	}
	failOn, err := parseFailOn(c.String("fail-on"))
	if err != nil {
		return usageErr(c, fmt.Errorf("--fail-on: %v", err))
	}
	colour, err := useColour(c)
	if err != nil {
		return usageErr(c, err)
	}
	st, err := newSetup(c)
	if err != nil {
		return setupErr(c, err)
	}
	engine := st.engine
	l := &lint.Linter{Engine: engine, Jobs: c.Int("jobs"), Stdin: c.App.Reader, Filter: st.filter}
	if err := st.applyInputFlags(c, l); err != nil {
		return usageErr(c, err)
	}
	if err := st.applySources(c, l); err != nil {
		return usageErr(c, err)
	}
	if set := firstPass(st, l, c.Args().Slice()); set != nil {
		l.Side = lint.TemplateSide(set)
	}
	if l.MaxFindings = c.Int("max-findings"); l.MaxFindings < 0 {
		return usageErr(c, errors.New("--max-findings wants a number of findings, or 0 for no limit"))
	}
	toFile := c.String("output") != "" && c.String("output") != "-"
	if toFile && c.String("color") == "auto" {
		colour = false
	}
	opts := report.Options{Color: colour, Rules: reportedRules(engine.Checks(), l.Sources != nil), Version: Version}
	if _, err := report.New(c.String("format"), io.Discard, opts); err != nil {
		return usageErr(c, err)
	}
	out, finish, err := reportOutput(c)
	if err != nil {
		return err
	}
	w, _ := report.New(c.String("format"), out, opts)
	var prog *progress
	if !c.Bool("quiet") && isTerminal(c.App.ErrWriter) {
		prog = newProgress(c.App.ErrWriter)
		go countInputs(st.walker, c.Args().Slice(), prog)
	}
	err = l.RunSeq(st.walker.Inputs(c.Args().Slice()), func(f *report.File) error {
		if prog != nil {
			prog.clear()
			if f.Article != nil {
				prog.add(int64(len(f.Article.Src)))
			} else {
				prog.add(0)
			}
		}
		if f.Err != nil {
			fmt.Fprintf(c.App.ErrWriter, "mtlint: %s: %v\n", f.Name(), f.Err)
		}
		if n := len(f.Omitted); n > 0 {
			fmt.Fprintf(c.App.ErrWriter, "mtlint: %s: %d findings, more than --max-findings %d: only the first %d are reported\n",
				f.Name(), len(f.Findings)+n, l.MaxFindings, len(f.Findings))
		}
		return w.File(f)
	})
	if prog != nil {
		prog.finish()
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if ferr := finish(err == nil); err == nil && ferr != nil {
		err = fmt.Errorf("--output: %v", ferr)
	}
	if err != nil {
		return err
	}
	sum := w.Summary()
	switch {
	case sum.Failed > 0:
		return codeError{exitError}
	case sum.Files == 0:
		fmt.Fprintln(c.App.ErrWriter, "mtlint: no files to check (directories are searched for *.txt, *.md, *.markdown, *.html and *.htm)")
		return codeError{exitError}
	case failOn <= rules.Error && sum.AtLeast(failOn) > 0:
		return codeError{exitFindings}
	case c.Int("max-warnings") >= 0 && sum.AtLeast(rules.Warning) > c.Int("max-warnings"):
		fmt.Fprintf(c.App.ErrWriter, "mtlint: %d warnings and errors, more than --max-warnings %d\n", sum.AtLeast(rules.Warning), c.Int("max-warnings"))
		return codeError{exitFindings}
	}
	return nil
}

// setupErr reports a configuration or selection error: a configuration
// file's errors one per line (file:line: key: message), then exit 2.
func setupErr(c *cli.Context, err error) error {
	var ce config.Errors
	if errors.As(err, &ce) {
		for _, e := range ce {
			fmt.Fprintf(c.App.ErrWriter, "mtlint: %v\n", e)
		}
		fmt.Fprintf(c.App.ErrWriter, "mtlint: %s in the configuration; nothing was checked\n", report.Plural(len(ce), "error", "errors"))
		return codeError{exitError}
	}
	return usageErr(c, err)
}

// countInputs walks the inputs once more, without reading them, to give
// the progress bar a total. It stats each file; JSONL records are not
// counted (the bar then shows files and MB/s only).
func countInputs(w *lint.Walker, args []string, p *progress) {
	cw := *w
	cw.JSONL = false
	var files, bytes int64
	for in := range cw.Inputs(args) {
		if in.Stdin || in.Err != nil {
			continue
		}
		if strings.HasSuffix(in.Path, ".jsonl") || w.JSONL {
			return
		}
		if info, err := os.Stat(in.Path); err == nil {
			files++
			bytes += info.Size()
		}
	}
	p.setTotal(files, bytes)
}

// reportOutput returns where the report goes: standard output, or for
// --output FILE a temporary file beside FILE. finish(true) renames it over
// FILE; finish(false) removes it, so that a run that fails half way never
// leaves half a report.
func reportOutput(c *cli.Context) (out io.Writer, finish func(ok bool) error, err error) {
	return openOutput(c.String("output"), c.App.Writer)
}

// openOutput is reportOutput for path ("" or "-" for stdout).
func openOutput(path string, stdout io.Writer) (out io.Writer, finish func(ok bool) error, err error) {
	if path == "" || path == "-" {
		return stdout, func(bool) error { return nil }, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, nil, fmt.Errorf("--output: %v", err)
	}
	return tmp, func(ok bool) error {
		err := tmp.Close()
		if ok && err == nil {
			if err = os.Chmod(tmp.Name(), 0o644); err == nil {
				err = os.Rename(tmp.Name(), path)
			}
		}
		if !ok || err != nil {
			os.Remove(tmp.Name())
		}
		return err
	}, nil
}
