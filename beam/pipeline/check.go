package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime/debug"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
	mtsetup "github.com/mtlint/mtlint/setup"
	"github.com/mtlint/mtlint/templates"
)

// checkFn checks each article with the engine `mtlint check` builds from
// the same settings, and emits its findings record, its statistics for the
// summary (keyed by group) and, when it could not be checked, a dead
// letter.
type checkFn struct {
	Settings mtsetup.Options
	MaxSize  int64
	Format   reader.Format // Options.Format

	linter *lint.Linter
	loaded bool // the template set was read
	enc    report.JSONLEncoder
	buf    bytes.Buffer
}

// Setup builds the engine on the worker.
func (f *checkFn) Setup() error {
	st, err := mtsetup.New(f.Settings)
	if err != nil {
		return err
	}
	f.linter = &lint.Linter{Engine: st.Engine, Filter: st.Filter, MaxSize: f.MaxSize, Format: f.Format}
	return nil
}

func (f *checkFn) ProcessElement(a Article, set func(*[]byte) bool, findings func(string), stats func(string, FileStat), dead func(string)) error {
	if !f.loaded {
		// One set for the whole batch (a global window): decode it once.
		var enc []byte
		if set(&enc) {
			s := new(templates.Set)
			if err := s.UnmarshalBinary(enc); err != nil {
				return err
			}
			f.linter.Side = lint.TemplateSide(s)
		}
		f.loaded = true
	}
	in := a.input()
	file, stage := f.check(in)
	f.buf.Reset()
	if err := f.enc.Append(&f.buf, file); err != nil {
		return err
	}
	findings(string(bytes.TrimSuffix(f.buf.Bytes(), []byte("\n"))))
	stats(lint.GroupOfArticle(in, file.Article), statOf(file))
	if file.Err != nil {
		d := DeadLetter{Path: file.Path, Error: file.Err.Error(), Stage: stage}
		if file.Record != nil {
			d.Record = &report.JSONRecord{Line: file.Record.Line, ID: file.Record.ID}
		}
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		dead(string(b))
	}
	return nil
}

// check checks one input, turning a panic into the input's error. It says
// at which stage an input that could not be checked failed: "read" (it
// could not be read or decoded) or "check".
func (f *checkFn) check(in lint.Input) (file *report.File, stage string) {
	if in.Err != nil {
		return f.linter.CheckInput(in), "read"
	}
	defer func() {
		if r := recover(); r != nil {
			file = &report.File{Path: in.Path, Record: in.Record, Err: fmt.Errorf("internal error: %v\n%s", r, debug.Stack())}
			stage = "check"
		}
	}()
	return f.linter.CheckInput(in), "check"
}

// DeadLetter is a line of the dead-letter output: an article that could
// not be checked, and why.
type DeadLetter struct {
	Path   string             `json:"path"`
	Record *report.JSONRecord `json:"record,omitempty"`
	Error  string             `json:"error"`
	// Stage is "read" for an input that could not be read or decoded (a
	// missing file, a bad JSON line, one too large), "check" for one that
	// was read but could not be checked (not text, an internal error).
	Stage string `json:"stage"`
}

// FileStat is what the summary needs of one article.
type FileStat struct {
	Path   string
	Line   int
	ID     string
	Failed bool
	Words  int
	// Errors, Warnings and Infos count the findings by severity; Rules
	// lists the rule of each finding.
	Errors, Warnings, Infos int
	Rules                   []string
	// Score is the defect score (report.Score).
	Score float64
}

func statOf(f *report.File) FileStat {
	s := FileStat{Path: f.Path, Failed: f.Err != nil}
	if f.Record != nil {
		s.Line, s.ID = f.Record.Line, f.Record.ID
	}
	if f.Article != nil {
		s.Words = len(f.Article.Words)
	}
	for _, x := range f.Findings {
		switch x.Severity {
		case rules.Error:
			s.Errors++
		case rules.Warning:
			s.Warnings++
		case rules.Info:
			s.Infos++
		}
		s.Rules = append(s.Rules, x.Rule)
	}
	if !s.Failed {
		s.Score = report.Score(f.Findings, s.Words)
	}
	return s
}
