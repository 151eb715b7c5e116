// Package fix applies the fixes that checks attach to their findings and
// shows them for review.
//
// Run is a fixed-point loop: it checks the text, applies a deterministic
// non-conflicting subset of the fixes (rules.Apply), parses and checks the
// result again, and repeats until no applicable fix is left or a small bound
// of rounds is reached. It records every fix it applied and every fix it
// left, with the reason. Unified writes the change as a standard unified
// diff, and WriteFile replaces a file atomically, refusing when the file
// changed on disk since it was read.
package fix

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/rules"
)

// DefaultMaxRounds bounds the fixed-point loop. Fixes rarely need more than
// two rounds (one fix uncovers or was blocked by another); a text still
// changing after five is a sign of checks that undo each other.
const DefaultMaxRounds = 5

// Options tune Run.
type Options struct {
	// Unsafe also applies fixes marked Unsafe (deleting or joining text).
	Unsafe bool
	// MaxRounds bounds the rounds that apply fixes; 0 means
	// DefaultMaxRounds.
	MaxRounds int
	// Filter, when set, drops findings after each check of the text (the
	// configuration's allowlist), so that a finding the user allowed is
	// never fixed.
	Filter func(*article.Article, []rules.Finding) []rules.Finding
	// Format is the reader of the file: reader.Auto reads it by its name
	// (reader.ForPath). A Markdown or HTML file is checked as the text a
	// reader sees and fixed through the edits that map back to its bytes
	// unambiguously (reader.MapFindings); the others are left unfixed.
	Format reader.Format
}

// Reason says why a fix was not applied.
type Reason string

// The reasons a fix is left unapplied.
const (
	// ReasonUnsafe: the fix deletes or joins text and Options.Unsafe is off.
	ReasonUnsafe Reason = "unsafe"
	// ReasonConflict: the loop ran out of rounds and the fix overlaps or
	// touches another fix that takes precedence (rules.Apply's order).
	ReasonConflict Reason = "conflict"
	// ReasonNotConverged: the loop ran out of rounds while fixes kept
	// producing new fixable findings; this fix could still be applied.
	ReasonNotConverged Reason = "not-converged"
	// ReasonNoOp: the fix's edits would not change the text (a check bug).
	ReasonNoOp Reason = "no-op"
)

// Record is one fix the loop applied or left.
type Record struct {
	Rule        string       `json:"rule"`
	Message     string       `json:"message"`
	Description string       `json:"description"`
	Unsafe      bool         `json:"unsafe,omitempty"`
	Round       int          `json:"round"`
	Edits       []rules.Edit `json:"edits"`
	// Reason is set for a skipped fix.
	Reason Reason `json:"reason,omitempty"`
}

// Result is the outcome of Run for one text.
type Result struct {
	Path string
	// Original is the text as given; Fixed the text after the fixes, in
	// UTF-8 (a Windows-1252 Original is transcoded).
	Original, Fixed []byte
	// Encoding is the legacy encoding Original was read in, "" for UTF-8.
	Encoding string
	// Article is the parsed Fixed text and Findings its findings: what a
	// re-check reports after the fixes.
	Article  *article.Article
	Findings []rules.Finding
	// Edits turn Original into Fixed: sorted, disjoint, offsets into
	// Original. They are the composition of every applied fix.
	Edits []rules.Edit
	// Applied lists the fixes applied, round by round. The offsets of a
	// record's edits are into the text its round started from (round 1:
	// Original, or its UTF-8 transcoding, which a record of round 0 and
	// rule TranscodeRule made from Original when Encoding is set).
	Applied []Record
	// Skipped lists the fixable findings left in Fixed, with the reason
	// each fix was not applied. Their offsets are into Fixed, and Round is
	// the round that would have applied them.
	Skipped []Record
	// Rounds is the number of rounds that applied fixes.
	Rounds int
	// Converged is false when the bound stopped the loop while applicable
	// fixes remained.
	Converged bool
}

// Position maps an offset of Fixed to its line and column: in the file
// itself for a Markdown or HTML file, not in the text its reader derived.
func (r *Result) Position(off int) article.Position {
	if o := r.Article.Origin; o != nil {
		return o.Index().Position(off)
	}
	return r.Article.Position(off)
}

// Changed reports whether the fixes changed the text.
func (r *Result) Changed() bool { return string(r.Original) != string(r.Fixed) }

// Count returns how many skipped fixes have the reason.
func (r *Result) Count(reason Reason) int {
	n := 0
	for _, s := range r.Skipped {
		if s.Reason == reason {
			n++
		}
	}
	return n
}

// Run applies the fixes of e's findings to src until none applicable is
// left, or for at most opts.MaxRounds rounds. An error means src is not a
// text mtlint can check (binary, not UTF-8), an internal error of a check,
// or a fix that broke the text; no Result is returned then, so that
// nothing half-fixed is ever written.
func Run(e *rules.Engine, path string, src []byte, opts Options) (*Result, error) {
	max := opts.MaxRounds
	if max <= 0 {
		max = DefaultMaxRounds
	}
	text, enc, err := article.Decode(src)
	if err != nil {
		return nil, err
	}
	res := &Result{Path: path, Original: src, Encoding: enc}
	var origin []int32 // origin[i]: offset in src of text[i], or -1 when inserted
	if enc != "" {
		// A Windows-1252 file is fixed as its UTF-8 transcoding, and
		// written as UTF-8: the transcoding is the first fix applied.
		var edits []rules.Edit
		origin, edits = transcoding(src, text)
		name := "Windows-1252" // the one legacy encoding article.Decode reads
		res.Applied = append(res.Applied, Record{
			Rule: TranscodeRule, Message: "file is " + name + ", not UTF-8",
			Description: "transcode the file from " + name + " to UTF-8", Round: 0, Edits: edits,
		})
	}
	format := opts.Format
	if format == reader.Auto {
		format = reader.ForPath(path)
	}
	for round := 1; ; round++ {
		a, err := parse(format, path, text)
		if err != nil {
			if round == 1 {
				return nil, err
			}
			return nil, fmt.Errorf("internal error: the fixes of round %d made the text unreadable (%v)", round-1, err)
		}
		findings, err := e.Run(a)
		if err != nil {
			return nil, err
		}
		if opts.Filter != nil {
			findings = opts.Filter(a, findings)
		}
		findings = reader.MapFindings(a, nil, findings) // Markdown, HTML: edits of the file's bytes
		res.Article, res.Findings = a, findings

		var eligible []*rules.Fix
		var from []int // index into findings of each eligible fix
		var skipped []Record
		for i, f := range findings {
			if f.Fix == nil || len(f.Fix.Edits) == 0 {
				continue
			}
			switch {
			case noOp(text, f.Fix):
				skipped = append(skipped, record(f, round, ReasonNoOp))
			case f.Fix.Unsafe && !opts.Unsafe:
				skipped = append(skipped, record(f, round, ReasonUnsafe))
			default:
				eligible = append(eligible, f.Fix)
				from = append(from, i)
			}
		}
		if len(eligible) == 0 || round > max {
			res.Converged = len(eligible) == 0
			if len(eligible) > 0 {
				_, taken := rules.Apply(text, eligible)
				ok := map[int]bool{}
				for _, k := range taken {
					ok[k] = true
				}
				for k, i := range from {
					reason := ReasonConflict
					if ok[k] {
						reason = ReasonNotConverged
					}
					skipped = append(skipped, record(findings[i], round, reason))
				}
			}
			sort.SliceStable(skipped, func(i, j int) bool {
				return firstOffset(skipped[i]) < firstOffset(skipped[j])
			})
			res.Skipped = skipped
			break
		}

		out, taken := rules.Apply(text, eligible)
		if len(taken) == 0 {
			// rules.Apply always takes the first valid fix; none taken
			// means every edit was out of range, which the engine rules
			// out. Stop rather than loop.
			return nil, fmt.Errorf("internal error: no fix of round %d could be applied", round)
		}
		var roundEdits []rules.Edit
		for _, k := range taken {
			f := findings[from[k]]
			res.Applied = append(res.Applied, record(f, round, ""))
			roundEdits = append(roundEdits, f.Fix.Edits...)
		}
		sort.SliceStable(roundEdits, func(i, j int) bool { return roundEdits[i].Offset < roundEdits[j].Offset })
		if !utf8.Valid(out) {
			return nil, fmt.Errorf("internal error: the fixes of round %d made invalid UTF-8", round)
		}
		if origin == nil {
			origin = make([]int32, len(src))
			for i := range origin {
				origin[i] = int32(i)
			}
		}
		origin = remap(origin, roundEdits)
		text = out
		res.Rounds = round
	}
	res.Fixed = text
	if res.Rounds > 0 || enc != "" {
		res.Edits = netEdits(src, text, origin)
	}
	return res, nil
}

// parse reads the UTF-8 text of a round: plain text as it is, Markdown and
// HTML through their readers.
func parse(format reader.Format, path string, text []byte) (*article.Article, error) {
	if format == reader.Markdown || format == reader.HTML {
		return reader.Read(format, path, text)
	}
	return article.Parse(path, text)
}

// TranscodeRule is the rule recorded for the transcoding of a file that
// was not UTF-8: the check that reports such a file.
const TranscodeRule = "encoding/not-utf8"

// transcoding returns, for the UTF-8 transcoding text of src, the origin
// of each byte of text (its offset in src when it is an ASCII byte kept as
// it was, -1 for the bytes of a transcoded character) and the edits that
// turn src into text, one per byte outside ASCII.
func transcoding(src, text []byte) ([]int32, []rules.Edit) {
	origin := make([]int32, 0, len(text))
	var edits []rules.Edit
	j := 0
	for i, c := range src {
		if c < utf8.RuneSelf {
			origin = append(origin, int32(i))
			j++
			continue
		}
		_, n := utf8.DecodeRune(text[j:])
		edits = append(edits, rules.Edit{Offset: i, EndOffset: i + 1, Text: string(text[j : j+n])})
		for range n {
			origin = append(origin, -1)
		}
		j += n
	}
	return origin, edits
}

func record(f rules.Finding, round int, reason Reason) Record {
	return Record{
		Rule: f.Rule, Message: f.Message, Description: f.Fix.Description, Unsafe: f.Fix.Unsafe,
		Round: round, Edits: append([]rules.Edit(nil), f.Fix.Edits...), Reason: reason,
	}
}

func firstOffset(r Record) int {
	if len(r.Edits) == 0 {
		return 0
	}
	return r.Edits[0].Offset
}

// noOp reports whether every edit of f replaces text with the same text.
func noOp(text []byte, f *rules.Fix) bool {
	for _, e := range f.Edits {
		if e.Offset < 0 || e.EndOffset > len(text) || e.Offset > e.EndOffset || string(text[e.Offset:e.EndOffset]) != e.Text {
			return false
		}
	}
	return true
}

// remap carries the origins of a text through sorted, disjoint edits:
// kept bytes keep their origin, inserted bytes get -1.
func remap(origin []int32, edits []rules.Edit) []int32 {
	out := make([]int32, 0, len(origin))
	prev := 0
	for _, e := range edits {
		out = append(out, origin[prev:e.Offset]...)
		for range len(e.Text) {
			out = append(out, -1)
		}
		prev = e.EndOffset
	}
	return append(out, origin[prev:]...)
}

// netEdits derives the edits that turn src into fixed from the origin of
// each byte of fixed: a run of inserted bytes, or a gap in the origins,
// is an edit. Adjacent changes merge into one edit.
func netEdits(src, fixed []byte, origin []int32) []rules.Edit {
	var edits []rules.Edit
	next := 0   // the next byte of src expected to be kept
	start := -1 // offset in fixed where a pending edit's text starts
	flush := func(end, upTo int) {
		// The pending edit replaces src[next:upTo) with fixed[start:end).
		if start >= 0 || upTo > next {
			s := end
			if start >= 0 {
				s = start
			}
			edits = append(edits, rules.Edit{Offset: next, EndOffset: upTo, Text: string(fixed[s:end])})
		}
		start = -1
	}
	for i, o := range origin {
		switch {
		case o < 0:
			if start < 0 {
				start = i
			}
		default:
			if int(o) != next || start >= 0 {
				flush(i, int(o))
			}
			next = int(o) + 1
		}
	}
	flush(len(fixed), len(src))
	return edits
}
