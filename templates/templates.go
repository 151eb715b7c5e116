// Package templates finds a site's template in a batch of articles: the
// short lines — masthead, menus, date lines, footer, promos — that recur in
// many articles of the same group (the articles of one folder, or the JSON
// Lines records with the same value of a field such as "site"). It is the
// batch side of residue/template.
//
// The work is split as a data-parallel pipeline (Apache Beam, or mtlint's
// own workers) needs it:
//
//  1. Keys is a pure function from one article and its group to the keys
//     of its candidate lines: lines of at most Params.MaxWords words,
//     normalised (case folded, white space collapsed, digits, month and
//     weekday names masked, so that "Friday, 5 December 2025" and "Monday,
//     3 March 2024" are one line), each counted once per article.
//  2. A Counter counts every key: exactly while the batch has few distinct
//     lines, in a Sketch (a count-min sketch of fixed size) beyond, so that
//     memory stays bounded whatever the number of articles. A sketched
//     count takes a second pass: a Tally counts exactly the keys the sketch
//     says may reach the threshold, and the articles of each group that may
//     hold them. Counters, sketches and tallies are mergeable (Add, Merge)
//     and their result does not depend on the order of the articles or on
//     how they were split, so any number of workers gives the same counts.
//     A Counter encodes itself (MarshalBinary) to travel between workers
//     as a combiner's accumulator; a pipeline may do the second pass with
//     its own per-key sums of the keys the sketch picks out, and make the
//     Set with NewSet.
//  3. The resulting Set is a value handed to the engine for a run (a side
//     input): residue/template looks its lines up in it. There is no
//     package-level state.
package templates

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/lang"
)

// Params say which lines are candidates.
type Params struct {
	// MaxWords is the most words of a candidate line.
	MaxWords int
}

// DefaultParams are residue/template's defaults.
var DefaultParams = Params{MaxWords: 16}

// maxLineBytes bounds a candidate line.
const maxLineBytes = 240

// Key identifies a normalised line within its group.
type Key uint64

// Group identifies a group.
type Group uint64

// GroupOf returns the group of a name (a folder, a site).
func GroupOf(name string) Group {
	return Group(hashString(offset64, name))
}

// groupKey is the key under which a sketch counts a group's articles.
func (g Group) key() Key { return Key(mix(uint64(g) ^ 0x5bd1e9955bd1e995)) }

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

// mix is a finaliser that spreads the bits of a hash (from MurmurHash3).
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// maskWords are masked like digits: months and weekdays, in the languages
// whose dates scraped pages show.
var maskWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(lang.Months + " " + lang.Weekdays) {
		m[w] = true
	}
	return m
}()

// Normalize appends to dst the normalised form of a line and reports
// whether the line is a candidate: not blank, at most p.MaxWords words and
// maxLineBytes bytes. Letters are folded to lower case, runs of white space
// become one space, each run of digits becomes "0", and month and weekday
// names become "M".
func Normalize(dst, line []byte, p Params) ([]byte, bool) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || len(line) > maxLineBytes {
		return dst, false
	}
	start := len(dst)
	words := 0
	space := false
	for i := 0; i < len(line); {
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(line[i:])
		}
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		switch {
		case '0' <= r && r <= '9':
			for i < len(line) && '0' <= line[i] && line[i] <= '9' {
				i++
			}
			dst = append(dst, '0')
			if words++; words > p.MaxWords {
				return dst[:start], false
			}
		case unicode.IsLetter(r):
			w := len(dst)
			for i < len(line) {
				r, m := utf8.DecodeRune(line[i:])
				if !unicode.IsLetter(r) {
					break
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
				i += m
			}
			if words++; words > p.MaxWords {
				return dst[:start], false
			}
			if maskWords[string(dst[w:])] {
				dst = append(dst[:w], 'M')
			}
		default:
			dst = append(dst, line[i:i+n]...)
			i += n
		}
	}
	return dst, true
}

// LineKey returns the key of a line of an article of group g, and whether
// the line is a candidate at all. buf is scratch space, returned for reuse.
func LineKey(g Group, line []byte, p Params, buf []byte) (Key, []byte, bool) {
	norm, ok := Normalize(buf[:0], line, p)
	if !ok {
		return 0, norm, false
	}
	h := uint64(g)
	for _, c := range norm {
		h = (h ^ uint64(c)) * prime64
	}
	return Key(mix(h)), norm, true
}

// Keys appends to dst the keys of the candidate lines of an article of
// group g, each line once, sorted. It is a pure function of its arguments.
func Keys(dst []Key, g Group, src []byte, p Params) []Key {
	start := len(dst)
	var buf []byte
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		var k Key
		var ok bool
		if k, buf, ok = LineKey(g, line, p, buf); ok {
			dst = append(dst, k)
		}
	}
	slices.Sort(dst[start:])
	return dst[:start+len(slices.Compact(dst[start:]))]
}
