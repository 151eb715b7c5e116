package templates

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Sketch counts, for every key, the articles whose lines hold it, and for
// every group its articles, in a count-min sketch: a fixed table of
// counters, depth rows of width columns; a key adds one to one counter of
// each row, and its count is the least of its counters, never less than
// the true count and rarely more. Counters stop at 255: the sketch only
// has to tell the keys that may recur in a few articles (residue/template's
// min-articles) from those that cannot, and a byte a counter makes it four
// times wider, so more exact, than 32-bit counters in the same memory. Its
// memory is fixed when it is made.
//
// A Sketch is not safe for concurrent use. Counts are sums, so a Sketch
// filled in any order, or merged from sketches of any split of the batch,
// holds the same counts.
type Sketch struct {
	depth, width int // width is a power of two
	cells        []uint8
}

// DefaultSketchBytes is the memory of the sketch mtlint uses: 32 MiB.
const DefaultSketchBytes = 32 << 20

const sketchDepth = 4

// NewSketch returns an empty sketch of at most the given number of bytes
// (at least 1 KiB).
func NewSketch(bytes int) *Sketch {
	width := 1 << 8
	for width*2*sketchDepth <= bytes {
		width *= 2
	}
	return &Sketch{depth: sketchDepth, width: width, cells: make([]uint8, sketchDepth*width)}
}

// Bytes is the sketch's memory.
func (s *Sketch) Bytes() int { return len(s.cells) }

// index returns the counter of key k in row r.
func (s *Sketch) index(k Key, r int) int {
	h := mix(uint64(k) + uint64(r)*0x9e3779b97f4a7c15)
	return r*s.width + int(h&uint64(s.width-1))
}

// Add counts one article of group g whose candidate lines have the given
// keys (each once: Keys gives them so). It returns the largest count of
// those keys after the article: when no article brings any key to the
// threshold of a tally, the second pass can be skipped.
func (s *Sketch) Add(g Group, keys []Key) (most int) {
	s.add(g.key())
	for _, k := range keys {
		most = max(most, s.add(k))
	}
	return most
}

// add counts key k and returns its count.
func (s *Sketch) add(k Key) int {
	m := 255
	for r := range s.depth {
		c := &s.cells[s.index(k, r)]
		if *c < 255 {
			*c++
		}
		m = min(m, int(*c))
	}
	return m
}

// estimate returns the count of key k: at least its true count, or 255.
func (s *Sketch) estimate(k Key) int {
	m := 255
	for r := range s.depth {
		m = min(m, int(s.cells[s.index(k, r)]))
	}
	return m
}

// Merge adds the counts of o, a sketch of the same size, to s.
func (s *Sketch) Merge(o *Sketch) error {
	if o.depth != s.depth || o.width != s.width {
		return fmt.Errorf("templates: cannot merge a sketch of %dx%d into one of %dx%d", o.depth, o.width, s.depth, s.width)
	}
	for i, c := range o.cells {
		s.cells[i] = uint8(min(int(s.cells[i])+int(c), 255))
	}
	return nil
}

// Tally counts exactly, in a second pass over the batch, the keys that the
// sketch of the first pass says may recur in at least min articles, and the
// articles of the groups that may hold such keys. Its memory grows with the
// number of such keys: a site's template lines, and the few other lines
// the sketch cannot tell from them.
//
// A Tally is not safe for concurrent use; give each worker its own and
// merge them. Counts are sums, so any split of the batch gives the same
// tally.
type Tally struct {
	sketch *Sketch
	min    uint32
	lines  map[Key]uint32
	groups map[Group]uint32
}

// NewTally returns an empty tally of the keys of s that may recur in at
// least minArticles articles (from 2 to 255). The tally only reads the
// sketch, so tallies of one sketch may be filled at once by several
// goroutines.
func (s *Sketch) NewTally(minArticles int) *Tally {
	return &Tally{sketch: s, min: uint32(tallyMin(minArticles)), lines: map[Key]uint32{}, groups: map[Group]uint32{}}
}

// tallyMin is the threshold of a tally for minArticles: from 2 to 255.
func tallyMin(minArticles int) int { return min(max(minArticles, 2), 255) }

// PicksGroup reports whether the second pass counts the articles of group
// g: whether the sketch says the group may have minArticles articles.
// PicksKey reports whether it counts key k: whether the key may recur in
// minArticles articles. They are what a Tally's Add decides, for a
// pipeline that does the second pass with its own per-key sums.
func (s *Sketch) PicksGroup(g Group, minArticles int) bool {
	return s.estimate(g.key()) >= tallyMin(minArticles)
}

// PicksKey: see PicksGroup.
func (s *Sketch) PicksKey(k Key, minArticles int) bool {
	return s.estimate(k) >= tallyMin(minArticles)
}

// Add counts one article of group g with the given keys.
func (t *Tally) Add(g Group, keys []Key) {
	if !t.sketch.PicksGroup(g, int(t.min)) {
		return // the group is too small to have a template
	}
	t.groups[g]++
	for _, k := range keys {
		if t.sketch.PicksKey(k, int(t.min)) {
			t.lines[k]++
		}
	}
}

// Merge adds the counts of o, a tally made from the same sketch, to t.
func (t *Tally) Merge(o *Tally) error {
	if o.sketch != t.sketch || o.min != t.min {
		return errors.New("templates: cannot merge tallies made from different sketches")
	}
	for k, n := range o.lines {
		t.lines[k] += n
	}
	for g, n := range o.groups {
		t.groups[g] += n
	}
	return nil
}

// Candidates returns the number of keys the tally counts: its memory.
func (t *Tally) Candidates() int { return len(t.lines) }

// Set returns the template lines found: the keys in at least the tally's
// minimum of articles, with their counts and those of their groups.
func (t *Tally) Set(p Params) *Set {
	s := &Set{params: p, min: int(t.min), lines: map[Key]uint32{}, groups: map[Group]uint32{}}
	for k, n := range t.lines {
		if n >= t.min {
			s.lines[k] = n
		}
	}
	for g, n := range t.groups {
		if n >= t.min {
			s.groups[g] = n
		}
	}
	return s
}

// Set is the template lines of a batch: for each key that recurs in at
// least Min articles of its group, the number of those articles, and the
// number of articles of each group. It is read-only and safe for
// concurrent use: a run hands it to every check (rules.Side).
type Set struct {
	params Params
	min    int
	lines  map[Key]uint32
	groups map[Group]uint32
}

// NewSet returns a set from counts kept elsewhere (a pipeline's own
// combiners): lines maps keys to articles, groups maps groups to
// articles; only keys in at least minArticles articles are kept.
func NewSet(p Params, minArticles int, lines map[Key]uint32, groups map[Group]uint32) *Set {
	t := &Tally{min: uint32(max(minArticles, 2)), lines: lines, groups: groups}
	return t.Set(p)
}

// Params returns the parameters the keys were made with.
func (s *Set) Params() Params { return s.params }

// Min returns the fewest articles a key of the set recurs in.
func (s *Set) Min() int { return s.min }

// Len returns the number of template lines.
func (s *Set) Len() int { return len(s.lines) }

// Count returns the number of articles of group g that hold key k (0 when
// fewer than Min do), and the number of articles of the group.
func (s *Set) Count(g Group, k Key) (articles, groupArticles int) {
	return int(s.lines[k]), int(s.groups[g])
}

// SideKey is the key of a run's Set in the values of rules.Side.
type SideKey struct{}

// Counter is the first pass's count: exact, in a map, while the batch has
// few distinct candidate lines (then there is no need of a second pass),
// and a Sketch of fixed size once it has more than the map would hold in
// the sketch's memory. It turns into a sketch when the number of distinct
// keys passes that limit, which depends only on the batch, not on the order
// of its articles; and the sketch it turns into holds the counts it would
// hold had it been a sketch from the start. So a Counter gives the same
// result for any split and order of the batch, like a Sketch.
//
// A Counter is not safe for concurrent use.
type Counter struct {
	exact       map[Key]uint32 // nil once a sketch
	groups      map[Group]uint32
	sketch      *Sketch
	sketchBytes int
	limit       int // distinct keys of the map before it turns into a sketch
}

// NewCounter returns an empty counter whose sketch, when it needs one,
// takes sketchBytes.
func NewCounter(sketchBytes int) *Counter {
	return &Counter{exact: map[Key]uint32{}, groups: map[Group]uint32{}, sketchBytes: sketchBytes,
		limit: max(sketchBytes/256, 16)}
}

// Add counts one article of group g whose candidate lines have the given
// keys (each once). It returns the largest count of those keys after the
// article.
func (c *Counter) Add(g Group, keys []Key) (most int) {
	if c.sketch != nil {
		return c.sketch.Add(g, keys)
	}
	c.groups[g]++
	for _, k := range keys {
		c.exact[k]++
		most = max(most, int(c.exact[k]))
	}
	if len(c.exact) > c.limit {
		c.toSketch()
	}
	return most
}

// toSketch moves the counts into a sketch.
func (c *Counter) toSketch() {
	s := NewSketch(c.sketchBytes)
	for g, n := range c.groups {
		s.addN(g.key(), n)
	}
	for k, n := range c.exact {
		s.addN(k, n)
	}
	c.sketch, c.exact, c.groups = s, nil, nil
}

// addN counts key k n times.
func (s *Sketch) addN(k Key, n uint32) {
	for r := range s.depth {
		c := &s.cells[s.index(k, r)]
		*c = uint8(min(uint32(*c)+n, 255))
	}
}

// Merge adds the counts of o, a counter with a sketch of the same size, to
// c.
func (c *Counter) Merge(o *Counter) error {
	if o.sketchBytes != c.sketchBytes {
		return errors.New("templates: cannot merge counters of two sizes")
	}
	switch {
	case c.sketch == nil && o.sketch == nil:
		for g, n := range o.groups {
			c.groups[g] += n
		}
		for k, n := range o.exact {
			c.exact[k] += n
		}
		if len(c.exact) > c.limit {
			c.toSketch()
		}
		return nil
	case c.sketch == nil:
		c.toSketch()
	}
	if o.sketch == nil {
		for g, n := range o.groups {
			c.sketch.addN(g.key(), n)
		}
		for k, n := range o.exact {
			c.sketch.addN(k, n)
		}
		return nil
	}
	return c.sketch.Merge(o.sketch)
}

// Exact reports whether the counter counted exactly: then Set gives the
// template lines at once, with no second pass.
func (c *Counter) Exact() bool { return c.sketch == nil }

// Sketch returns the counter's sketch, for the second pass (NewTally), or
// nil when it counted exactly.
func (c *Counter) Sketch() *Sketch { return c.sketch }

// Bytes estimates the counter's memory.
func (c *Counter) Bytes() int {
	if c.sketch != nil {
		return c.sketch.Bytes()
	}
	return 24 * (len(c.exact) + len(c.groups))
}

// Set returns the template lines of an exact counter: the keys in at least
// minArticles articles. It returns nil for a counter that turned into a
// sketch: those need a second pass (Sketch().NewTally).
func (c *Counter) Set(p Params, minArticles int) *Set {
	if c.sketch != nil {
		return nil
	}
	return NewSet(p, minArticles, c.exact, c.groups)
}

// MarshalBinary encodes the counter, so that a pipeline can move it
// between workers (a Beam combiner's accumulator).
func (c *Counter) MarshalBinary() ([]byte, error) {
	b := binary.AppendUvarint(nil, uint64(c.sketchBytes))
	b = binary.AppendUvarint(b, uint64(c.limit))
	if c.sketch != nil {
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(c.sketch.depth))
		b = binary.AppendUvarint(b, uint64(c.sketch.width))
		return append(b, c.sketch.cells...), nil
	}
	b = append(b, 0)
	b = binary.AppendUvarint(b, uint64(len(c.groups)))
	for g, n := range c.groups {
		b = binary.LittleEndian.AppendUint64(b, uint64(g))
		b = binary.AppendUvarint(b, uint64(n))
	}
	b = binary.AppendUvarint(b, uint64(len(c.exact)))
	for k, n := range c.exact {
		b = binary.LittleEndian.AppendUint64(b, uint64(k))
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b, nil
}

// UnmarshalBinary decodes a counter that MarshalBinary encoded.
func (c *Counter) UnmarshalBinary(b []byte) error {
	bad := errors.New("templates: not an encoded counter")
	uv := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	if len(b) == 0 {
		return bad
	}
	*c = Counter{sketchBytes: int(uv()), limit: int(uv())}
	if len(b) == 0 {
		return bad
	}
	mode := b[0]
	b = b[1:]
	if mode == 1 {
		depth, width := int(uv()), int(uv())
		if depth != sketchDepth || width <= 0 || width&(width-1) != 0 || len(b) != depth*width {
			return bad
		}
		c.sketch = &Sketch{depth: depth, width: width, cells: append([]uint8(nil), b...)}
		return nil
	}
	c.groups, c.exact = map[Group]uint32{}, map[Key]uint32{}
	for range uv() {
		if len(b) < 8 {
			return bad
		}
		g := Group(binary.LittleEndian.Uint64(b))
		b = b[8:]
		c.groups[g] = uint32(uv())
	}
	for range uv() {
		if len(b) < 8 {
			return bad
		}
		k := Key(binary.LittleEndian.Uint64(b))
		b = b[8:]
		c.exact[k] = uint32(uv())
	}
	if len(b) != 0 {
		return bad
	}
	return nil
}

// MarshalBinary encodes the set, so that a pipeline can hand it to the
// workers that check the articles (a Beam side input). Keys and groups are
// written in order: equal sets encode to equal bytes.
func (s *Set) MarshalBinary() ([]byte, error) {
	b := binary.AppendUvarint(nil, uint64(s.params.MaxWords))
	b = binary.AppendUvarint(b, uint64(s.min))
	b = appendCounts(b, s.groups)
	return appendCounts(b, s.lines), nil
}

// appendCounts appends a map of counts, sorted by key.
func appendCounts[K ~uint64](b []byte, m map[K]uint32) []byte {
	b = binary.AppendUvarint(b, uint64(len(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		b = binary.LittleEndian.AppendUint64(b, uint64(k))
		b = binary.AppendUvarint(b, uint64(m[k]))
	}
	return b
}

// UnmarshalBinary decodes a set that MarshalBinary encoded.
func (s *Set) UnmarshalBinary(b []byte) error {
	bad := errors.New("templates: not an encoded set")
	d := decoder{b: b}
	*s = Set{params: Params{MaxWords: int(d.uvarint())}, min: int(d.uvarint())}
	s.groups = readCounts[Group](&d)
	s.lines = readCounts[Key](&d)
	if d.bad || len(d.b) != 0 {
		*s = Set{}
		return bad
	}
	return nil
}

// decoder reads what MarshalBinary wrote; bad records a short or malformed
// input.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func readCounts[K ~uint64](d *decoder) map[K]uint32 {
	n := d.uvarint()
	if n > uint64(len(d.b))/9 { // each entry takes at least 9 bytes
		d.bad = true
		return nil
	}
	m := make(map[K]uint32, n)
	for range n {
		if len(d.b) < 8 {
			d.bad = true
			return m
		}
		k := K(binary.LittleEndian.Uint64(d.b))
		d.b = d.b[8:]
		m[k] = uint32(d.uvarint())
	}
	return m
}
