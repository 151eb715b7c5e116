// Package pipeline is mtlint as an Apache Beam pipeline: it reads articles
// from files (one article per file: text, Markdown or HTML, read as
// `mtlint check` reads them) and JSON Lines files (one article per record)
// wherever Beam's filesystems reach (local paths, gs://, s3://), checks each with the engine `mtlint check` builds from the same
// settings, and gives three outputs:
//
//   - the findings: one JSON Lines record per article, the very object
//     `mtlint check --format jsonl` writes for it (report.JSONLEncoder);
//   - a summary per group (the site or section a file declares, else an
//     article's directory, or a JSON Lines record's group field or file): counts per severity and per rule and
//     the worst articles by defect score, made by a combiner;
//   - the dead letters: the articles that could not be checked, with the
//     reason, instead of a failed job.
//
// residue/template, which needs the whole batch, runs as two passes the
// Beam way: the keys of each article's candidate lines are counted by a
// combiner whose accumulator is a templates.Counter (exact while the batch
// has few distinct lines, a sketch of fixed size beyond); when it is a
// sketch, a second pass sums per key the keys the sketch picks out. The
// resulting templates.Set reaches the check as a side input, so the
// findings are those of `mtlint check` on the same inputs.
package pipeline

import (
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	mtsetup "github.com/mtlint/mtlint/setup"
	"github.com/mtlint/mtlint/templates"
)

// Options configure a pipeline.
type Options struct {
	// Files are file patterns as Beam's filesystems match them (a local
	// glob, gs://bucket/dir/*.txt, ...). A pattern without a wildcard that
	// matches nothing gives a dead letter, as a missing path does in
	// `mtlint check`.
	Files []string
	// Format, when not reader.Auto, is the reader of every file, as
	// `mtlint check --input` chooses it; by default a file is read by its
	// name (*.md and *.markdown as Markdown, *.html and *.htm as HTML,
	// others as text). JSON Lines records are always text.
	Format reader.Format
	// JSONL reads every file as JSON Lines; otherwise only the files whose
	// names end in .jsonl (or .jsonl.gz) are.
	JSONL bool
	// JSONLText, JSONLID and JSONLGroup name the record fields, as
	// --jsonl-text, --jsonl-id and --jsonl-group do for `mtlint check`.
	JSONLText, JSONLID, JSONLGroup string
	// MaxSize is the largest article (file or record) in bytes; 0 means
	// lint.DefaultMaxSize.
	MaxSize int64
	// Setup is how the engine is built: the configuration file (its
	// contents in ConfigData, read where the pipeline is launched, since
	// the workers may not see it), --enable, --disable, --lang and
	// --source-lang.
	Setup mtsetup.Options
	// Worst is the number of worst articles each group's summary lists; 0
	// means 10.
	Worst int
	// SketchBytes is the memory of residue/template's count once it is a
	// sketch (past SketchBytes/256 distinct lines); 0 means
	// templates.DefaultSketchBytes, as in the CLI. The findings do not
	// depend on it: a smaller sketch only sends more lines to the exact
	// second pass. Tests make it small to take that path.
	SketchBytes int
}

// Outputs are the pipeline's three results, each a PCollection<string> of
// JSON lines (without the newline).
type Outputs struct {
	Findings, Summary, DeadLetters beam.PCollection
}

// Build adds the pipeline to s. It builds the engine once here, so that a
// bad configuration or selection fails before anything runs.
func Build(s beam.Scope, o Options) (Outputs, error) {
	if len(o.Files) == 0 {
		return Outputs{}, fmt.Errorf("no inputs: give at least one file pattern")
	}
	st, err := mtsetup.New(o.Setup)
	if err != nil {
		return Outputs{}, err
	}
	if st.Config != nil && st.Config.Source() != "" {
		return Outputs{}, fmt.Errorf("%s: source: (comparing with originals) is not supported by the pipeline; use mtlint check", st.Config.Path)
	}
	if o.MaxSize <= 0 {
		o.MaxSize = lint.DefaultMaxSize
	}
	if o.Worst <= 0 {
		o.Worst = 10
	}
	for _, in := range o.Files {
		if err := validScheme(in); err != nil {
			return Outputs{}, err
		}
	}
	articles := read(s.Scope("read"), o)

	var set beam.PCollection
	if to, ok := lint.TemplateParams(st.Engine); ok {
		if o.SketchBytes <= 0 {
			o.SketchBytes = templates.DefaultSketchBytes
		}
		set = templateSet(s.Scope("templates"), articles, o.Format, o.SketchBytes, to.Params.MaxWords, to.MinArticles)
	} else {
		set = beam.ParDo(s, dropImpulse, beam.Impulse(s)) // no template set: an empty side input
	}
	findings, stats, dead := beam.ParDo3(s.Scope("check"), &checkFn{Settings: o.Setup, MaxSize: o.MaxSize, Format: o.Format}, articles, beam.SideInput{Input: set})
	summary := summarize(s.Scope("summary"), stats, o.Worst)
	return Outputs{Findings: findings, Summary: summary, DeadLetters: dead}, nil
}

// validScheme checks that a pattern's scheme has a filesystem: a typo in
// "gs://" fails here, not on the workers.
func validScheme(p string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", p, r)
		}
	}()
	filesystem.ValidateScheme(p)
	return nil
}

// schemeOf splits "gs://bucket/a.txt" into "gs" and "bucket/a.txt"; a
// local path has no scheme.
func schemeOf(p string) (scheme, rest string) {
	if i := strings.Index(p, "://"); i > 0 && !strings.ContainsAny(p[:i], `/\.`) {
		return p[:i], p[i+3:]
	}
	return "", p
}

// groupOf is lint.GroupOf, with the directory of an object in a bucket
// taken with slashes ("gs://bucket/news" for gs://bucket/news/a.txt).
func groupOf(in lint.Input) string {
	if in.Group == "" && in.Record == nil {
		if scheme, rest := schemeOf(in.Path); scheme != "" {
			return scheme + "://" + path.Dir(rest)
		}
	}
	return lint.GroupOf(in)
}

// isJSONL says whether a file is read as JSON Lines.
func isJSONL(p string, all bool) bool {
	return all || strings.HasSuffix(p, ".jsonl") || strings.HasSuffix(p, ".jsonl.gz")
}

func dropImpulse(_ []byte, _ func([]byte)) {}

// matchAll is fileio's matching of the patterns, with the patterns that
// name a path that does not exist turned into dead letters.
func matchAll(s beam.Scope, patterns beam.PCollection) (files, missing beam.PCollection) {
	files = fileio.MatchAll(s, patterns, fileio.MatchEmptyAllow())
	missing = beam.ParDo(s, &missingFn{}, patterns)
	return files, missing
}
