// Command mtlint-beam runs mtlint's checks as an Apache Beam pipeline, on
// any runner Beam's Go SDK supports: prism (local, the default), Dataflow,
// Flink, Spark. It writes the findings as the JSON Lines of `mtlint check
// --format jsonl`, a summary per group and the articles that could not be
// checked.
//
//	mtlint-beam --files 'news/*/*.txt' --files feed.jsonl --output out/run
//
// --files gives the file patterns; --input, as for `mtlint check`, the
// reader of the files (text, markdown, html; by default by their names).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/mtlint/mtlint/beam/pipeline"
	"github.com/mtlint/mtlint/config"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
)

// list is a repeatable flag.
type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

var (
	files       list
	enable      list
	disable     list
	sourceLangs list
	output      = flag.String("output", "", "write the outputs as `PREFIX`-findings.jsonl, PREFIX-summary.jsonl and PREFIX-dead-letters.jsonl (local, gs://, s3://)")
	shards      = flag.Int("shards", 1, "write the findings in `N` files (PREFIX-findings-00000-of-0000N.jsonl, ...)")
	configFile  = flag.String("config", "", "read settings from `FILE` (default: .mtlint.yaml in the current folder or a parent, up to the repository root); read where the pipeline is launched")
	noConfig    = flag.Bool("no-config", false, "ignore any .mtlint.yaml")
	langFlag    = flag.String("lang", "", "the articles' `LANGUAGE` (ISO 639-1; default en, or the configuration's)")
	jsonl       = flag.Bool("jsonl", false, "read every input as JSON Lines, one article per line (*.jsonl files always are)")
	jsonlText   = flag.String("jsonl-text", "text", "the JSON Lines `FIELD` holding the article's text")
	jsonlID     = flag.String("jsonl-id", "id", "the JSON Lines `FIELD` holding the article's ID")
	jsonlGroup  = flag.String("jsonl-group", "", "group JSON Lines records by the value of `FIELD` (a site), for residue/template and the summary (default: by file)")
	maxSize     = flag.Int("max-size", lint.DefaultMaxSize>>20, "refuse files (and JSON Lines records) larger than `MB` megabytes")
	worst       = flag.Int("worst", 10, "list the `N` worst articles of each group in the summary")
	input       = flag.String("input", "auto", "read files as `FORMAT`: text, markdown or html, as mtlint check --input (default: by the file's name, *.md and *.markdown as Markdown, *.html and *.htm as HTML, others as text; JSON Lines records are always text)")
	cpuProfile  = flag.String("cpuprofile", "", "write a CPU profile of this process to `FILE` (with --runner=prism, the pipeline's work too)")
)

func init() {
	flag.Var(&files, "files", "a `PATTERN` of files to check (a glob: 'news/*.txt', 'gs://bucket/feeds/*.jsonl'); repeatable")
	flag.Var(&enable, "enable", "enable checks by `ID` or category prefix (\"punctuation/\"); repeatable")
	flag.Var(&disable, "disable", "disable checks by `ID` or category prefix; \"all\" for every check; repeatable")
	flag.Var(&sourceLangs, "source-lang", "a candidate source `LANGUAGE` for untranslated fragments; repeatable")
}

func main() {
	flag.Parse()
	// On a worker, Init runs the worker harness and does not return: the
	// flags below are the launcher's.
	beam.Init()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "mtlint-beam: --cpuprofile: %v\n", err)
			os.Exit(2)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background()); err != nil {
		var ce config.Errors
		if errors.As(err, &ce) {
			for _, e := range ce {
				fmt.Fprintf(os.Stderr, "mtlint-beam: %v\n", e)
			}
		} else {
			fmt.Fprintf(os.Stderr, "mtlint-beam: %v\n", err)
		}
		pprof.StopCPUProfile()
		os.Exit(2)
	}
}

func run(ctx context.Context) error {
	format, err := reader.ParseFormat(*input)
	if err != nil {
		// A value that is no format may be a file pattern: the patterns'
		// flag is --files (--input is the reader, as for mtlint check).
		return fmt.Errorf("--input: %v; give file patterns with --files", err)
	}
	if len(files) == 0 || *output == "" {
		return errors.New("--files PATTERN and --output PREFIX are needed (see -help)")
	}
	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q: give each pattern with --files", flag.Args())
	}
	if *maxSize <= 0 {
		return errors.New("--max-size wants a positive number of megabytes")
	}
	o := pipeline.Options{
		Files:     files,
		Format:    format,
		JSONL:     *jsonl,
		JSONLText: *jsonlText, JSONLID: *jsonlID, JSONLGroup: *jsonlGroup,
		MaxSize: int64(*maxSize) << 20,
		Worst:   *worst,
	}
	o.Setup.Enable, o.Setup.Disable = enable, disable
	o.Setup.NoConfig = *noConfig
	o.Setup.Lang = *langFlag
	flag.Visit(func(f *flag.Flag) {
		if f.Name == "source-lang" {
			o.Setup.SourceLangs = append([]string{}, sourceLangs...)
		}
	})
	if !*noConfig {
		// The workers may not see the file: its contents travel with the
		// pipeline.
		path := *configFile
		if path == "" {
			wd, err := os.Getwd()
			if err == nil {
				if path, err = config.Find(wd); err != nil {
					return err
				}
			}
		}
		if path != "" {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			o.Setup.Config, o.Setup.ConfigData = path, data
		}
	}
	names := outputNames(*output)
	for _, n := range names {
		if err := pipeline.CheckOutput(n); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	out, err := pipeline.Build(s, o)
	if err != nil {
		return err
	}
	pipeline.Write(s, names[0], *shards, false, out.Findings)
	pipeline.Write(s, names[1], 1, true, out.Summary)
	pipeline.Write(s, names[2], 1, true, out.DeadLetters)
	return beamx.Run(ctx, p)
}

// outputNames are the findings, summary and dead-letter files of a prefix.
func outputNames(prefix string) [3]string {
	return [3]string{prefix + "-findings.jsonl", prefix + "-summary.jsonl", prefix + "-dead-letters.jsonl"}
}
