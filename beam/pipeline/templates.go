package pipeline

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/reader"
	"github.com/mtlint/mtlint/templates"
)

// The two passes of residue/template. What `mtlint check` does on one
// machine (lint.Linter.Templates) is done here with Beam's own parts:
//
//  1. keysFn: each readable article gives its group and the keys of its
//     candidate lines, encoded as bytes: lint.Linter.TemplateKeys, the
//     CLI's own reading (a Windows-1252 file transcoded, Markdown and HTML
//     through their reader, a front matter's site or section as the
//     group).
//  2. counterFn, a global combiner whose accumulator is a
//     templates.Counter: exact while the batch has few distinct lines, a
//     sketch of fixed size beyond. Counts are sums, so Beam may split and
//     merge the work as it likes.
//  3. When the counter is a sketch, pickFn reads it as a side input and
//     emits (key, 1) for each key the sketch picks out (and (group, 1)
//     for the groups that may hold one), which stats.SumPerKey counts
//     exactly. With an exact counter it emits nothing.
//  4. setFn makes the templates.Set, from the exact counter or from the
//     sums, and encodes it: the side input of the check.
//
// The set is the one the CLI makes from the same articles: a sketch never
// undercounts, so every line that recurs often enough is among the keys it
// picks out, and those are then counted exactly.

// templateSet returns a PCollection holding the encoded templates.Set of
// the articles (none when there is no article).
func templateSet(s beam.Scope, articles beam.PCollection, format reader.Format, sketchBytes, maxWords, minArticles int) beam.PCollection {
	keys := beam.ParDo(s, &keysFn{MaxWords: maxWords, Format: format}, articles)
	counter := beam.Combine(s, &counterFn{SketchBytes: sketchBytes}, keys)
	lines, groups := beam.ParDo2(s, &pickFn{MinArticles: minArticles}, keys, beam.SideInput{Input: counter})
	lineSums := stats.SumPerKey(s, lines)
	groupSums := stats.SumPerKey(s, groups)
	return beam.ParDo(s, &setFn{MaxWords: maxWords, MinArticles: minArticles}, counter,
		beam.SideInput{Input: lineSums}, beam.SideInput{Input: groupSums})
}

// keysFn encodes an article's group and keys: the group, then each key,
// 8 bytes each, little-endian. An article that could not be read, or that
// the check could not read (not text), has none: the first pass skips it,
// as the CLI's does.
type keysFn struct {
	MaxWords int
	Format   reader.Format // Options.Format
	linter   *lint.Linter
	keys     []templates.Key
}

func (f *keysFn) ProcessElement(a Article, emit func([]byte)) {
	if a.Err != "" {
		return
	}
	if f.linter == nil {
		f.linter = &lint.Linter{Format: f.Format}
	}
	g, keys, err := f.linter.TemplateKeys(f.keys[:0], a.input(), a.Text, templates.Params{MaxWords: f.MaxWords})
	f.keys = keys
	if err != nil {
		return
	}
	b := make([]byte, 0, 8*(1+len(f.keys)))
	b = binary.LittleEndian.AppendUint64(b, uint64(g))
	for _, k := range f.keys {
		b = binary.LittleEndian.AppendUint64(b, uint64(k))
	}
	emit(b)
}

// decodeKeys reads what keysFn wrote.
func decodeKeys(b []byte, keys []templates.Key) (templates.Group, []templates.Key, error) {
	if len(b) < 8 || len(b)%8 != 0 {
		return 0, keys, fmt.Errorf("templates: %d bytes are not a group and keys", len(b))
	}
	g := templates.Group(binary.LittleEndian.Uint64(b))
	for b = b[8:]; len(b) > 0; b = b[8:] {
		keys = append(keys, templates.Key(binary.LittleEndian.Uint64(b)))
	}
	return g, keys, nil
}

// counterFn counts the keys of all articles in a templates.Counter.
type counterFn struct {
	SketchBytes int
	keys        []templates.Key
}

func (f *counterFn) CreateAccumulator() *templates.Counter {
	return templates.NewCounter(f.SketchBytes)
}

func (f *counterFn) AddInput(c *templates.Counter, b []byte) (*templates.Counter, error) {
	g, keys, err := decodeKeys(b, f.keys[:0])
	if err != nil {
		return c, err
	}
	f.keys = keys
	c.Add(g, keys)
	return c, nil
}

func (f *counterFn) MergeAccumulators(a, b *templates.Counter) (*templates.Counter, error) {
	return a, a.Merge(b)
}

func (f *counterFn) ExtractOutput(c *templates.Counter) ([]byte, error) {
	return c.MarshalBinary()
}

// encodeCounter and decodeCounter are the accumulator's coder.
func encodeCounter(c *templates.Counter) ([]byte, error) { return c.MarshalBinary() }

func decodeCounter(b []byte) (*templates.Counter, error) {
	c := new(templates.Counter)
	return c, c.UnmarshalBinary(b)
}

// pickFn is the second pass over a sketched count: (key, 1) for each key
// of an article that the sketch says may recur in MinArticles articles,
// and (group, 1) for each article of a group that may be that large. Keys
// and groups travel as int64, their bits unchanged.
type pickFn struct {
	MinArticles int
	sketch      *templates.Sketch
	loaded      bool
	keys        []templates.Key
}

func (f *pickFn) ProcessElement(b []byte, counter func(*[]byte) bool, lines, groups func(int64, int64)) error {
	if !f.loaded {
		// One counter for the whole batch (a global window): decode it once.
		var enc []byte
		if counter(&enc) {
			c, err := decodeCounter(enc)
			if err != nil {
				return err
			}
			f.sketch = c.Sketch() // nil when the count is exact
		}
		f.loaded = true
	}
	if f.sketch == nil {
		return nil
	}
	g, keys, err := decodeKeys(b, f.keys[:0])
	if err != nil {
		return err
	}
	f.keys = keys
	if !f.sketch.PicksGroup(g, f.MinArticles) {
		return nil
	}
	groups(int64(g), 1)
	for _, k := range keys {
		if f.sketch.PicksKey(k, f.MinArticles) {
			lines(int64(k), 1)
		}
	}
	return nil
}

// setFn makes the template set: from the counter when it is exact, else
// from the second pass's sums.
type setFn struct {
	MaxWords, MinArticles int
}

// sketchedSets counts the template sets made from a sketch's second pass.
var sketchedSets = beam.NewCounter("mtlint", "template-sets-from-sketch")

func (f *setFn) ProcessElement(ctx context.Context, enc []byte, lineSums, groupSums func(*int64, *int64) bool, emit func([]byte)) error {
	c, err := decodeCounter(enc)
	if err != nil {
		return err
	}
	p := templates.Params{MaxWords: f.MaxWords}
	set := c.Set(p, f.MinArticles)
	if set == nil {
		lines, groups := map[templates.Key]uint32{}, map[templates.Group]uint32{}
		var k, n int64
		for lineSums(&k, &n) {
			lines[templates.Key(k)] = uint32(n)
		}
		for groupSums(&k, &n) {
			groups[templates.Group(k)] = uint32(n)
		}
		set = templates.NewSet(p, f.MinArticles, lines, groups)
		sketchedSets.Inc(ctx, 1)
	}
	b, err := set.MarshalBinary()
	if err != nil {
		return err
	}
	emit(b)
	return nil
}
