package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/rules"
)

// sourceFlags pair translations with their originals for the bitext checks.
func sourceFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "source", Usage: "compare each translation with its original: `PATH` is the original of the one file checked, or a directory whose files pair with the checked files of the same relative path (files without one are checked alone)"},
		&cli.StringFlag{Name: "jsonl-source", Value: "source", Usage: "the JSON Lines `FIELD` holding a record's original; records are paired with it when this flag is given (or --source)"},
		&cli.BoolFlag{Name: "alignment", Usage: "with --format json or jsonl, report how each translation was aligned with its original"},
	}
}

// applySources sets up the pairing of translations with their originals,
// when the flags or the configuration ask for it; without them the linter
// checks every file alone, exactly as before.
func (s *setup) applySources(c *cli.Context, l *lint.Linter) error {
	path := c.String("source")
	if path == "" && s.conf != nil {
		path = s.conf.Source()
	}
	if path == "" && !c.IsSet("jsonl-source") {
		if c.Bool("alignment") {
			return fmt.Errorf("--alignment needs a source to align with (--source, --jsonl-source or source: in .mtlint.yaml)")
		}
		return nil
	}
	if c.Bool("alignment") && c.String("format") != "json" && c.String("format") != "jsonl" {
		return fmt.Errorf("--alignment is reported in --format json or jsonl, not %s", c.String("format"))
	}
	src := &lint.Sources{Alignment: c.Bool("alignment")}
	if path != "" {
		info, err := os.Stat(path)
		if err != nil {
			return fmt.Errorf("--source: %v", cleanPathErr(err))
		}
		if info.IsDir() {
			src.Dir = path
		} else {
			src.File = path
			if c.NArg() != 1 || isDir(c.Args().First()) {
				return fmt.Errorf("--source %s is one file: it pairs with one translation; give a directory of originals to pair several", path)
			}
		}
	}
	s.walker.JSONLSource = c.String("jsonl-source")
	// The sources' language: the one --source-lang (or source-langs in
	// the configuration), else identified per source.
	langs := splitList(c.StringSlice("source-lang"))
	if len(langs) == 0 && s.conf != nil {
		langs = s.conf.SourceLangs()
	}
	if len(langs) == 1 {
		src.Lang, _ = lang.Parse(langs[0])
	}
	target := "en"
	if c.IsSet("lang") {
		target = c.String("lang")
	} else if s.conf != nil && s.conf.Lang() != "" {
		target = s.conf.Lang()
	}
	src.TargetLang, _ = lang.Parse(target)
	l.Sources = src
	return nil
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// cleanPathErr drops the operation from an *os.PathError.
func cleanPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}

// reportedRules are the checks a report describes: the bitext checks only
// when translations are paired with their originals.
func reportedRules(checks []*rules.Check, bitext bool) []*rules.Check {
	if bitext {
		return checks
	}
	var out []*rules.Check
	for _, c := range checks {
		if !c.Bitext {
			out = append(out, c)
		}
	}
	return out
}
