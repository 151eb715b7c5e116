package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/report"
)

// Article is one input on its way from reading to checking: a file's text,
// or a JSON Lines record's decoded text field.
type Article struct {
	// Path is the file's path as matched.
	Path string
	// Line is a JSON Lines record's 1-based line, 0 for a file; ID the
	// record's ID field.
	Line int
	ID   string
	// Group is the article's group for residue/template and the summary:
	// a record's group field, else its file; a file's directory. (A file
	// that declares its site or section, in Markdown front matter or HTML
	// meta elements, is in that group instead: lint.GroupOfArticle.)
	Group string
	// Text is the article, as read.
	Text []byte
	// Err says why the article could not be read or decoded; such an
	// article becomes a dead letter.
	Err string
}

// input returns the article as the linter's input.
func (a *Article) input() lint.Input {
	in := lint.Input{Path: a.Path, Src: a.Text, Group: a.Group}
	if in.Src == nil {
		in.Src = []byte{} // an empty file: never read again from disk
	}
	if a.Line > 0 {
		in.Record = &report.Record{Line: a.Line, ID: a.ID}
	}
	if a.Err != "" {
		in.Err = errors.New(a.Err)
	}
	return in
}

// articleOf turns a linter's input into an Article.
func articleOf(in lint.Input) Article {
	a := Article{Path: in.Path, Group: groupOf(in), Text: in.Src}
	if in.Record != nil {
		a.Line, a.ID = in.Record.Line, in.Record.ID
	}
	if in.Err != nil {
		a.Err = in.Err.Error()
	}
	return a
}

// read matches the patterns and reads every file: one Article per text
// file, one per JSON Lines record. The files are spread over the workers
// (a reshuffle after matching), and so are the articles, so that the
// records of one large JSON Lines file are checked on many workers.
func read(s beam.Scope, o Options) beam.PCollection {
	patterns := beam.CreateList(s, o.Files)
	files, missing := matchAll(s, patterns)
	files = beam.Reshuffle(s, files)
	readable := fileio.ReadMatches(s, files, fileio.ReadAutoCompression(), fileio.ReadDirectoryDisallow())
	articles := beam.ParDo(s, &readFn{JSONL: o.JSONL, JSONLText: o.JSONLText, JSONLID: o.JSONLID, JSONLGroup: o.JSONLGroup, MaxSize: o.MaxSize}, readable)
	return beam.Reshuffle(s, beam.Flatten(s, articles, missing))
}

// missingFn turns a pattern without a wildcard that matches nothing into
// the dead letter `mtlint check` gives a missing path.
type missingFn struct{}

func (f *missingFn) ProcessElement(ctx context.Context, pattern string, emit func(Article)) error {
	if strings.ContainsAny(pattern, "*?[") {
		return nil
	}
	fsys, err := filesystem.New(ctx, pattern)
	if err != nil {
		return err
	}
	defer fsys.Close()
	files, err := fsys.List(ctx, pattern)
	if err != nil || len(files) > 0 {
		return err
	}
	emit(articleOf(lint.Input{Path: pattern, Err: syscall.ENOENT})) // what os.Stat says
	return nil
}

// readFn reads one file: its text, or its JSON Lines records.
type readFn struct {
	JSONL                          bool
	JSONLText, JSONLID, JSONLGroup string
	MaxSize                        int64
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Article)) {
	p := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		emit(articleOf(lint.Input{Path: p, Err: cleanErr(err)}))
		return
	}
	defer rc.Close()
	if isJSONL(p, f.JSONL) {
		w := &lint.Walker{JSONLText: f.JSONLText, JSONLID: f.JSONLID, JSONLGroup: f.JSONLGroup, MaxSize: f.MaxSize}
		for in := range w.Records(p, rc) {
			emit(articleOf(in))
		}
		return
	}
	size := file.Metadata.Size
	if strings.HasSuffix(p, ".gz") {
		size = -1 // the size on disk is not the text's
	}
	text, err := lint.ReadAll(rc, size, f.MaxSize)
	if err != nil {
		emit(articleOf(lint.Input{Path: p, Err: cleanErr(err)}))
		return
	}
	emit(articleOf(lint.Input{Path: p, Src: text}))
}

// cleanErr drops the operation and path from an *fs.PathError, as
// `mtlint check` does: the report names the file.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
