package lint

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

// Sources pairs translations with their source articles, for the checks
// that compare the two (the bitext/ category).
//
//   - File pairs every input with one source file (--source FILE, for one
//     translation).
//   - Dir pairs each input with the file of the same relative path under
//     Dir: a file found by walking a directory argument by its path
//     relative to that argument, a file named on the command line by its
//     name. An input without such a file is checked alone, and its result
//     says so (report.Source.Missing).
//   - A JSON Lines record pairs with its source field (Walker.JSONLSource,
//     read only when set) whatever File and Dir say; a record without one
//     is checked alone.
//
// A source that cannot be read or is not text makes its translation an
// input error naming the source; the other inputs go on.
type Sources struct {
	File, Dir string
	// Lang is the sources' language; 0 to identify it per source.
	Lang lang.Lang
	// TargetLang is the translations' language.
	TargetLang lang.Lang
	// Alignment keeps each pair's alignment in its result, for the JSON
	// report's "alignment".
	Alignment bool
}

// recordSource reads a JSONL record's source field: nil without one.
func (w *Walker) recordSource(obj map[string]json.RawMessage, line int) ([]byte, error) {
	key := w.JSONLSource
	if key == "" {
		return nil, nil // sources not asked for
	}
	raw, ok := obj[key]
	if !ok || string(raw) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("line %d: field %q is not a string", line, key)
	}
	return []byte(s), nil
}

// sourcePath returns the source file for an input, or "" when the
// sources do not name one.
func (s *Sources) sourcePath(in Input) string {
	switch {
	case in.Record != nil:
		return ""
	case s.File != "":
		return s.File
	case s.Dir == "":
		return ""
	case in.Rel != "":
		return filepath.Join(s.Dir, filepath.FromSlash(in.Rel))
	case in.Stdin:
		return ""
	}
	return filepath.Join(s.Dir, filepath.Base(in.Path))
}

// checkBitext checks an input with its source, when it has one.
func (l *Linter) checkBitext(in Input, src []byte, side *rules.Side) *report.File {
	s := l.Sources
	var srcBytes []byte
	info := &report.Source{}
	switch path := s.sourcePath(in); {
	case in.Record != nil && in.Source != nil:
		srcBytes = in.Source
	case in.Record != nil:
		info = nil // a record without a source field: checked alone, quietly
	case path == "":
		info = nil
	default:
		info.Path = path
		b, err := readFile(path, l.maxSize())
		switch {
		case errors.Is(err, fs.ErrNotExist) && s.Dir != "" && s.File == "":
			info.Missing = true
		case err != nil:
			return &report.File{Path: in.Path, Record: in.Record, Err: fmt.Errorf("source %s: %v", path, cleanErr(err))}
		default:
			srcBytes = b
		}
	}
	if info == nil || info.Missing {
		f := l.check(in, src, side)
		f.Record, f.Source = in.Record, info
		return f
	}
	f := &report.File{Path: in.Path, Record: in.Record, Source: info}
	a, err := l.read(in, src)
	if err != nil {
		f.Err = err
		return f
	}
	sa, err := l.read(Input{Path: info.Path, Record: in.Record}, srcBytes)
	if err != nil {
		name := info.Path
		if name == "" {
			name = "the record's source field"
		}
		f.Err = fmt.Errorf("source %s: %v", name, err)
		return f
	}
	sl := s.Lang
	if l, ok := rules.DeclaredLang(sa); ok {
		sl = l // the source's front matter says its language, as the translation's does below
	} else if sl == 0 {
		sl, _ = lang.Identify(sa.Src)
	}
	if sl != 0 {
		info.Lang = sl.Code()
	}
	info.Article = sa
	tl := s.TargetLang
	if l, ok := rules.DeclaredLang(a); ok {
		tl = l // the translation's front matter says its language
	}
	bt := rules.NewBitext(sa, a, sl, tl)
	bt.SourcePath = info.Path
	f.Article = a
	f.Findings, f.Err = l.Engine.RunWith(a, rules.Inputs{Bitext: bt, Side: metaSide(side, a)})
	l.filter(f, sa)
	if s.Alignment {
		info.Alignment = bt.Alignment()
	}
	return f
}

func (l *Linter) maxSize() int64 {
	if l.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return l.MaxSize
}
