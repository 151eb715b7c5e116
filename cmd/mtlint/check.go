package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/checks"
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
	}
}

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "check articles and report what is wrong",
		ArgsUsage: "PATH...",
		Description: "PATH is a file, a directory (searched recursively for *.txt and *.md) or - for standard input.\n\n" +
			"Exit status: 0 when nothing is at or above --fail-on, 1 when something is,\n" +
			"2 for a usage error or a file that could not be checked (the others are still checked).",
		Flags: append(selectionFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "report `FORMAT`: " + strings.Join(report.Formats, ", ")},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at or above `SEVERITY`: error, warning, info or never"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output; FILE is replaced only once the report is complete"},
		),
		Action: runCheck,
	}
}

// buildEngine makes the engine from the selection flags.
func buildEngine(c *cli.Context) (*rules.Engine, error) {
	reg := checks.Registry()
	cfg := rules.Config{
		Enable:  c.StringSlice("enable"),
		Disable: c.StringSlice("disable"),
		Params:  map[string]map[string]any{},
	}
	// --lang and --source-lang set the parameters of that name on every
	// check that has one.
	for _, ch := range reg.Checks() {
		for _, p := range ch.Params {
			var v any
			switch {
			case p.Name == "lang" && c.IsSet("lang"):
				v = c.String("lang")
			case p.Name == "source-langs" && c.IsSet("source-lang"):
				v = splitList(c.StringSlice("source-lang"))
			default:
				continue
			}
			if cfg.Params[ch.ID] == nil {
				cfg.Params[ch.ID] = map[string]any{}
			}
			cfg.Params[ch.ID][p.Name] = v
		}
	}
	return reg.NewEngine(cfg)
}

// splitList accepts both "--x a --x b" and "--x a,b".
func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
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
	engine, err := buildEngine(c)
	if err != nil {
		return usageErr(c, err)
	}
	toFile := c.String("output") != "" && c.String("output") != "-"
	if toFile && c.String("color") == "auto" {
		colour = false
	}
	opts := report.Options{Color: colour, Rules: engine.Checks(), Version: Version}
	if _, err := report.New(c.String("format"), io.Discard, opts); err != nil {
		return usageErr(c, err)
	}
	out, finish, err := reportOutput(c)
	if err != nil {
		return err
	}
	w, _ := report.New(c.String("format"), out, opts)
	l := &lint.Linter{Engine: engine, Jobs: c.Int("jobs"), Stdin: c.App.Reader}
	inputs := lint.Expand(c.Args().Slice(), lint.DefaultExts)
	err = l.Run(inputs, func(f *report.File) error {
		if f.Err != nil {
			fmt.Fprintf(c.App.ErrWriter, "mtlint: %s: %v\n", f.Path, f.Err)
		}
		return w.File(f)
	})
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
		fmt.Fprintln(c.App.ErrWriter, "mtlint: no files to check (directories are searched for *.txt and *.md)")
		return codeError{exitError}
	case failOn <= rules.Error && sum.AtLeast(failOn) > 0:
		return codeError{exitFindings}
	}
	return nil
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
