package templates

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Friday, 5 December 2025", "M, 0 M 0", true},
		{"  Monday,   3 MARCH 2024 ", "M, 0 M 0", true},
		{"© Harbour Daily 2021. All rights reserved.", "© harbour daily 0. all rights reserved.", true},
		{"Home | World | Business", "home | world | business", true},
		{"Published 10:45 GMT", "published 0:0 gmt", true},
		{"Édition du 12 août", "édition du 0 M", true},
		{"", "", false},
		{"   ", "", false},
		{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen", "", false},
	} {
		got, ok := Normalize(nil, []byte(tc.in), DefaultParams)
		if ok != tc.ok || ok && string(got) != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestKeys(t *testing.T) {
	g, h := GroupOf("site-a"), GroupOf("site-b")
	art := []byte("Harbour Daily\r\nFriday, 5 December 2025\n\nHarbour Daily\nThe port reopened after a long strike by the dockworkers of the city of Valencia, who had stopped work for nine days.\n")
	keys := Keys(nil, g, art, DefaultParams)
	if len(keys) != 2 {
		t.Fatalf("want 2 keys (the masthead once, the date line; the long line is no candidate), got %d", len(keys))
	}
	other := Keys(nil, g, []byte("Monday, 3 March 2024\nHARBOUR   DAILY\n"), DefaultParams)
	if len(other) != 2 || other[0] != keys[0] || other[1] != keys[1] {
		t.Errorf("the same lines, dated otherwise, give other keys: %v %v", keys, other)
	}
	if k := Keys(nil, h, art, DefaultParams); k[0] == keys[0] || k[1] == keys[1] {
		t.Errorf("a line of another group has the same key")
	}
	if again := Keys(nil, g, art, DefaultParams); fmt.Sprint(again) != fmt.Sprint(keys) {
		t.Errorf("Keys is not a function of its arguments")
	}
}

// batch writes articles for the test: sites whose articles share a header
// and a footer (with dates and years that vary), and bodies of their own.
func batch(r *rand.Rand, sites, perSite int) (names []string, arts [][]byte, template map[string]bool) {
	subjects := []string{"The port authority", "The regional government", "Union leaders", "The shipping lines",
		"Local residents", "The city council", "Exporters of citrus fruit", "The transport minister"}
	verbs := []string{"said", "warned", "confirmed", "denied", "announced", "insisted"}
	objects := []string{"the strike would end soon", "talks would resume next week", "the losses were growing",
		"the new shifts were fair", "ships were waiting offshore", "the deal covered all workers"}
	places := []string{"in Valencia", "in Bilbao", "at the docks", "in parliament", "on local radio", "in a statement"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	template = map[string]bool{}
	for s := range sites {
		site := fmt.Sprintf("The %s Courier", []string{"Harbour", "Valley", "Coast", "River"}[s%4])
		header := []string{site, "Home | World | Business | Sport | Culture"}
		footer := []string{"Share this article", "Subscribe to the morning briefing", "Most read"}
		for _, l := range append(header, footer...) {
			template[l] = true
		}
		for range perSite {
			var b strings.Builder
			for _, l := range header {
				b.WriteString(l + "\n")
			}
			fmt.Fprintf(&b, "%s, %d %s %d\n\n", days[r.IntN(7)], 1+r.IntN(28), months[r.IntN(6)], 2019+r.IntN(6))
			fmt.Fprintf(&b, "%s %s %s\n\n", subjects[r.IntN(8)], verbs[r.IntN(6)], objects[r.IntN(6)])
			for range 3 + r.IntN(3) {
				fmt.Fprintf(&b, "%s %s that %s %s, and %s %s that %s.\n\n", subjects[r.IntN(8)], verbs[r.IntN(6)],
					objects[r.IntN(6)], places[r.IntN(6)], strings.ToLower(subjects[r.IntN(8)]), verbs[r.IntN(6)], objects[r.IntN(6)])
			}
			for _, l := range footer {
				b.WriteString(l + "\n")
			}
			fmt.Fprintf(&b, "© %s %d\n", site, 2019+r.IntN(6))
			names = append(names, fmt.Sprintf("site%d", s))
			arts = append(arts, []byte(b.String()))
		}
		template["© "+site+" 2020"] = true
		template["Friday, 1 May 2020"] = true
	}
	return names, arts, template
}

// count runs both passes over the articles in the given order, split among
// the given number of workers, and returns the set.
func count(names []string, arts [][]byte, order []int, workers int) *Set {
	sketches := make([]*Sketch, workers)
	for w := range sketches {
		sketches[w] = NewSketch(1 << 20)
	}
	for n, i := range order {
		g := GroupOf(names[i])
		sketches[n%workers].Add(g, Keys(nil, g, arts[i], DefaultParams))
	}
	for _, s := range sketches[1:] {
		if err := sketches[0].Merge(s); err != nil {
			panic(err)
		}
	}
	tallies := make([]*Tally, workers)
	for w := range tallies {
		tallies[w] = sketches[0].NewTally(3)
	}
	for n, i := range order {
		g := GroupOf(names[i])
		tallies[n%workers].Add(g, Keys(nil, g, arts[i], DefaultParams))
	}
	for _, t := range tallies[1:] {
		if err := tallies[0].Merge(t); err != nil {
			panic(err)
		}
	}
	return tallies[0].Set(DefaultParams)
}

func TestCountFindsTheTemplate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	names, arts, template := batch(r, 3, 20)
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	set := count(names, arts, order, 1)
	for i, art := range arts {
		g := GroupOf(names[i])
		for _, line := range strings.Split(string(art), "\n") {
			k, norm, ok := LineKey(g, []byte(line), DefaultParams, nil)
			if !ok {
				continue
			}
			n, total := set.Count(g, k)
			isTemplate := false
			for tl := range template {
				if tn, _ := Normalize(nil, []byte(tl), DefaultParams); string(tn) == string(norm) {
					isTemplate = true
				}
			}
			if total != 20 {
				t.Fatalf("group %s counts %d articles, want 20", names[i], total)
			}
			if isTemplate && n != 20 {
				t.Errorf("template line %q counted in %d articles, want 20", line, n)
			}
			if !isTemplate && n >= 10 {
				t.Errorf("body line %q counted in %d articles", line, n)
			}
		}
	}
}

func TestCountDoesNotDependOnOrderOrSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	names, arts, _ := batch(r, 4, 15)
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	one := count(names, arts, order, 1)
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	three := count(names, arts, order, 3)
	if one.Len() == 0 || one.Len() != three.Len() {
		t.Fatalf("%d and %d template lines", one.Len(), three.Len())
	}
	for k, n := range one.lines {
		if three.lines[k] != n {
			t.Errorf("key %x: %d articles in one pass, %d in three shuffled ones", k, n, three.lines[k])
		}
	}
	for g, n := range one.groups {
		if three.groups[g] != n {
			t.Errorf("group %x: %d articles against %d", g, n, three.groups[g])
		}
	}
}

func TestMergeRefusesOtherShapes(t *testing.T) {
	if err := NewSketch(1 << 16).Merge(NewSketch(1 << 20)); err == nil {
		t.Error("sketches of two sizes merged")
	}
	a, b := NewSketch(1<<16), NewSketch(1<<16)
	if err := a.NewTally(3).Merge(b.NewTally(3)); err == nil {
		t.Error("tallies of two sketches merged")
	}
}

func TestSketchIsBounded(t *testing.T) {
	s := NewSketch(32 << 20)
	if s.Bytes() > 32<<20 || s.Bytes() <= 16<<20 {
		t.Errorf("a 32 MiB sketch takes %d bytes", s.Bytes())
	}
	g := GroupOf("x")
	for i := range 100000 {
		s.Add(g, []Key{Key(mix(uint64(i)))})
	}
	if s.Bytes() > 32<<20 {
		t.Errorf("the sketch grew to %d bytes", s.Bytes())
	}
}

func TestNewSet(t *testing.T) {
	g := GroupOf("site")
	k, _, _ := LineKey(g, []byte("Most read"), DefaultParams, nil)
	set := NewSet(DefaultParams, 3, map[Key]uint32{k: 7, k + 1: 2}, map[Group]uint32{g: 9})
	if n, total := set.Count(g, k); n != 7 || total != 9 || set.Len() != 1 || set.Min() != 3 {
		t.Errorf("Count = %d of %d, %d lines, min %d", n, total, set.Len(), set.Min())
	}
}

// BenchmarkFirstPass measures both passes over synthetic articles of 40
// sites, in memory: the time per article and the memory of the counts.
func BenchmarkFirstPass(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	names, arts, _ := batch(r, 40, 250)
	var bytes int64
	for _, a := range arts {
		bytes += int64(len(a))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for range b.N {
		order := make([]int, len(arts))
		for i := range order {
			order[i] = i
		}
		count(names, arts, order, 1)
	}
}

// counterSet counts the articles with Counters split among workers, then a
// second pass when the counters turned into a sketch.
func counterSet(names []string, arts [][]byte, order []int, workers, bytes int) (*Set, bool) {
	cs := make([]*Counter, workers)
	for w := range cs {
		cs[w] = NewCounter(bytes)
	}
	for n, i := range order {
		g := GroupOf(names[i])
		cs[n%workers].Add(g, Keys(nil, g, arts[i], DefaultParams))
	}
	for _, c := range cs[1:] {
		if err := cs[0].Merge(c); err != nil {
			panic(err)
		}
	}
	if set := cs[0].Set(DefaultParams, 3); set != nil {
		return set, true
	}
	tally := cs[0].Sketch().NewTally(3)
	for _, i := range order {
		g := GroupOf(names[i])
		tally.Add(g, Keys(nil, g, arts[i], DefaultParams))
	}
	return tally.Set(DefaultParams), false
}

func TestCounterExactOrSketched(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	names, arts, _ := batch(r, 3, 30)
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	want := count(names, arts, order, 1)
	// A counter big enough stays exact; a small one turns into a sketch
	// whatever the split; all give the same set.
	for _, tc := range []struct {
		bytes, workers int
		exact          bool
	}{{1 << 20, 1, true}, {1 << 20, 4, true}, {1 << 10, 1, false}, {1 << 10, 3, false}} {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		got, exact := counterSet(names, arts, order, tc.workers, tc.bytes)
		if exact != tc.exact {
			t.Errorf("%d bytes, %d workers: exact %v, want %v", tc.bytes, tc.workers, exact, tc.exact)
		}
		if got.Len() != want.Len() {
			t.Errorf("%d bytes, %d workers: %d template lines, want %d", tc.bytes, tc.workers, got.Len(), want.Len())
		}
		for k, n := range want.lines {
			if got.lines[k] != n {
				t.Errorf("%d bytes, %d workers: key %x in %d articles, want %d", tc.bytes, tc.workers, k, got.lines[k], n)
			}
		}
		for g, n := range want.groups {
			if got.groups[g] != n {
				t.Errorf("group %x: %d articles, want %d", g, got.groups[g], n)
			}
		}
	}
	if err := NewCounter(1 << 10).Merge(NewCounter(1 << 20)); err == nil {
		t.Error("counters of two sizes merged")
	}
}

func TestCounterEncoding(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	names, arts, _ := batch(r, 2, 10)
	for _, bytes := range []int{1 << 20, 1 << 10} { // exact, and turned into a sketch
		c := NewCounter(bytes)
		for i, a := range arts {
			g := GroupOf(names[i])
			c.Add(g, Keys(nil, g, a, DefaultParams))
		}
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var d Counter
		if err := d.UnmarshalBinary(b); err != nil {
			t.Fatalf("%d bytes: %v", bytes, err)
		}
		if d.Exact() != c.Exact() {
			t.Fatalf("%d bytes: exact %v, decoded %v", bytes, c.Exact(), d.Exact())
		}
		// The decoded counter merges and counts like the original.
		again, _ := d.MarshalBinary()
		if c.Exact() {
			if len(again) != len(b) || fmt.Sprint(c.exact) != fmt.Sprint(d.exact) || fmt.Sprint(c.groups) != fmt.Sprint(d.groups) {
				t.Errorf("exact counts differ after a round trip")
			}
		} else if string(again) != string(b) {
			t.Errorf("a sketch differs after a round trip")
		}
		if err := d.Merge(c); err != nil {
			t.Error(err)
		}
	}
	for _, b := range [][]byte{nil, {1}, {0x80}, {16, 16, 1, 4, 8, 1, 2}} {
		var d Counter
		if err := d.UnmarshalBinary(b); err == nil {
			t.Errorf("%v decodes", b)
		}
	}
}

// TestSecondPassBySums does the second pass as a pipeline does it: per-key
// sums of the keys the sketch picks (PicksGroup, PicksKey), made into a
// set with NewSet. It must give the set a Tally gives, byte for byte.
func TestSecondPassBySums(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	names, arts, template := batch(r, 4, 12)
	c := NewCounter(1 << 10) // small: it turns into a sketch
	keys := make([][]Key, len(arts))
	groups := make([]Group, len(arts))
	for i, a := range arts {
		groups[i] = GroupOf(names[i])
		keys[i] = Keys(nil, groups[i], a, DefaultParams)
		c.Add(groups[i], keys[i])
	}
	if c.Exact() {
		t.Fatal("the counter did not turn into a sketch: the test tests nothing")
	}
	sk := c.Sketch()
	tally := sk.NewTally(3)
	lines, gs := map[Key]uint32{}, map[Group]uint32{}
	for i := range arts {
		tally.Add(groups[i], keys[i])
		if !sk.PicksGroup(groups[i], 3) {
			continue
		}
		gs[groups[i]]++
		for _, k := range keys[i] {
			if sk.PicksKey(k, 3) {
				lines[k]++
			}
		}
	}
	want, _ := tally.Set(DefaultParams).MarshalBinary()
	got, _ := NewSet(DefaultParams, 3, lines, gs).MarshalBinary()
	if string(got) != string(want) {
		t.Errorf("the sums give another set than the tally")
	}
	if n := NewSet(DefaultParams, 3, lines, gs).Len(); n < len(template) {
		t.Errorf("%d template lines found, want at least the %d planted", n, len(template))
	}
}

func TestSetEncoding(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	names, arts, _ := batch(r, 3, 9)
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	set := count(names, arts, order, 1)
	if set.Len() == 0 {
		t.Fatal("no template lines: the test tests nothing")
	}
	b, err := set.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var d Set
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if d.Len() != set.Len() || d.Min() != set.Min() || d.Params() != set.Params() {
		t.Errorf("decoded: %d lines, min %d, %+v; want %d, %d, %+v", d.Len(), d.Min(), d.Params(), set.Len(), set.Min(), set.Params())
	}
	for i, a := range arts {
		g := GroupOf(names[i])
		for _, k := range Keys(nil, g, a, DefaultParams) {
			n1, t1 := set.Count(g, k)
			n2, t2 := d.Count(g, k)
			if n1 != n2 || t1 != t2 {
				t.Fatalf("key %x of %s: %d of %d, decoded %d of %d", k, names[i], n1, t1, n2, t2)
			}
		}
	}
	if again, _ := d.MarshalBinary(); string(again) != string(b) {
		t.Error("a set differs after a round trip")
	}
	for _, bad := range [][]byte{nil, {16}, {16, 3, 1}, b[:len(b)-1], append(append([]byte{}, b...), 0)} {
		var e Set
		if err := e.UnmarshalBinary(bad); err == nil {
			t.Errorf("%d bytes decode", len(bad))
		}
	}
}
