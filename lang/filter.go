package lang

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists under data/ were written for mtlint. Each file holds one
// language: a header (name, script, letters: the letters it uses besides
// a–z, or all its letters for a non-Latin script) and sections of
// space-separated entries: [words] function words and very frequent
// words, [common] other frequent words, [loans] accented loanwords,
// [elisions] elided prefixes ("l'"), [suffixes] and [prefixes] spellings
// typical of the language. loans.txt lists phrases borrowed into English.
//
//go:embed data/*.txt
var dataFS embed.FS

type entry struct {
	words  Set // function words
	common Set // function words, frequent words and loanwords
	loans  Set // loanwords: no letter evidence
}

type profile struct {
	lang     Lang
	script   string
	letters  map[rune]bool
	suffixes []affix
	prefixes []affix
}

// affix is a typical ending or beginning; it counts in words of at least
// minRunes letters.
type affix struct {
	s        string
	minRunes int
}

var (
	loadOnce    sync.Once
	dict        map[string]entry // while loading; then words
	words       wordTable
	elisions    map[string]Set
	profiles    [64]*profile
	letterLangs map[rune]Set // lowercase letter → languages whose alphabet has it beyond a–z
	profiled    Set
	loanPhrases []string
)

func loadData() {
	loadOnce.Do(func() {
		dict = map[string]entry{}
		elisions = map[string]Set{}
		letterLangs = map[rune]Set{}
		files, err := dataFS.ReadDir("data")
		if err != nil {
			panic(err)
		}
		for _, f := range files {
			name := f.Name()
			b, err := dataFS.ReadFile("data/" + name)
			if err != nil {
				panic(err)
			}
			code := strings.TrimSuffix(name, ".txt")
			if code == "loans" {
				for _, line := range strings.Split(string(b), "\n") {
					line = strings.TrimSpace(line)
					if line != "" && !strings.HasPrefix(line, "#") {
						loanPhrases = append(loanPhrases, line)
					}
				}
				continue
			}
			l, ok := Parse(code)
			if !ok {
				panic("lang: data file for unknown language " + name)
			}
			if err := parseProfile(l, string(b)); err != nil {
				panic(fmt.Sprintf("lang: data/%s: %v", name, err))
			}
		}
		words = newWordTable(dict)
	})
}

func parseProfile(l Lang, text string) error {
	p := &profile{lang: l, letters: map[rune]bool{}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			continue
		case section == "":
			key, val, ok := strings.Cut(line, ":")
			if !ok {
				return fmt.Errorf("bad header line %q", line)
			}
			val = strings.TrimSpace(val)
			switch key {
			case "name":
			case "script":
				p.script = val
			case "letters":
				for _, r := range val {
					if !unicode.IsSpace(r) {
						r = unicode.ToLower(r)
						p.letters[r] = true
						letterLangs[r] = letterLangs[r].With(l)
					}
				}
			default:
				return fmt.Errorf("unknown header %q", key)
			}
			continue
		}
		for _, w := range strings.Fields(line) {
			w = normalize(w)
			e := dict[w]
			switch section {
			case "words":
				e.words = e.words.With(l)
				e.common = e.common.With(l)
			case "common":
				e.common = e.common.With(l)
			case "loans":
				e.common = e.common.With(l)
				e.loans = e.loans.With(l)
			case "elisions":
				elisions[w] = elisions[w].With(l)
				continue
			case "suffixes":
				p.suffixes = append(p.suffixes, affix{w, utf8.RuneCountInString(w) + 3})
				continue
			case "prefixes":
				p.prefixes = append(p.prefixes, affix{w, 4})
				continue
			default:
				return fmt.Errorf("unknown section [%s]", section)
			}
			dict[w] = e
		}
	}
	if p.script == "" {
		return fmt.Errorf("no script")
	}
	profiles[l] = p
	profiled = profiled.With(l)
	return nil
}

func normalize(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// Profiled returns the languages that have word lists: only they can be
// the target or a candidate of a Filter.
func Profiled() Set {
	loadData()
	return profiled
}

// LoanPhrases returns the built-in phrases borrowed into English ("de
// facto", "coup d'état") that the untranslated checks never report.
func LoanPhrases() []string {
	loadData()
	return loanPhrases
}

// Filter scores words for a target language against a set of candidate
// source languages. It is read-only and safe for concurrent use.
type Filter struct {
	Target Lang
	// Cands are the candidates that have word lists and share the target's
	// script; the target is never one.
	Cands  Set
	script string
	// foreign has bit h>>16 set for the hash h of every listed word that
	// foreignHash finds foreign: a first look that fits in the CPU's cache.
	foreign *[1 << 16 / 64]uint64
}

var filters sync.Map // [2]uint64 → *Filter

// NewFilter returns the (cached) filter for a target and candidates.
// Candidates without word lists, or written in another script than the
// target, are dropped; ok is false when the target has no word list.
func NewFilter(target Lang, cands Set) (f *Filter, ok bool) {
	loadData()
	if !profiled.Has(target) {
		return nil, false
	}
	key := [2]uint64{uint64(target), uint64(cands)}
	if v, ok := filters.Load(key); ok {
		return v.(*Filter), true
	}
	f = &Filter{Target: target, script: profiles[target].script, foreign: new([1 << 16 / 64]uint64)}
	for _, l := range cands.Langs() {
		if l != target && profiled.Has(l) && profiles[l].script == f.script {
			f.Cands = f.Cands.With(l)
		}
	}
	for _, h := range words.hashes {
		if h != 0 && f.foreignHash(h) {
			f.foreign[h>>22] |= 1 << (h >> 16 & 63)
		}
	}
	v, _ := filters.LoadOrStore(key, f)
	return v.(*Filter), true
}

// WordInfo is the evidence one word gives.
type WordInfo struct {
	// Target is the evidence for the target language: 1 for one of its
	// function words that no candidate shares, 0.5 for a frequent word or
	// a typical spelling, 0.25 for a word a candidate shares.
	Target float32
	// Strong marks a target function word no candidate shares.
	Strong bool
	// Func holds candidates for which the word is a function word (weight
	// 1), Shared those for which it is a function word that is also a
	// frequent target word (weight 0.25), Spelling those whose letters or
	// endings explain the word (weight 0.5).
	Func, Shared, Spelling Set
	// OtherScript marks a word with letters of a script the target is not
	// written in; it is no evidence either way.
	OtherScript bool
	// Unknown marks a word Quick could not place; Spell may.
	Unknown bool
	// TargetFunc marks a function word of the target, shared or not.
	TargetFunc bool
}

// Narrow re-weighs the target evidence of a word shared with candidates
// against only the active ones (say, those with function words in the
// sentence): "her" is Turkish too, but in a sentence with no Turkish it is
// an English function word like any other.
func (w *WordInfo) Narrow(active Set) {
	if w.Shared == 0 || w.Shared&active != 0 {
		return
	}
	if w.TargetFunc {
		w.Target, w.Strong = 1, true
	} else if w.Target == 0.25 {
		w.Target = 0.5
	}
}

// Weight returns the evidence the word gives for candidate l.
func (w *WordInfo) Weight(l Lang) float32 {
	var s float32
	switch {
	case w.Func.Has(l):
		s = 1
	case w.Shared.Has(l):
		s = 0.25
	}
	if w.Spelling.Has(l) {
		s += 0.5
	}
	return s
}

// Any is the set of candidates the word gives any evidence for.
func (w *WordInfo) Any() Set { return w.Func | w.Shared | w.Spelling }

// Lower appends the lowercase form of word to dst, with ’ as '. Words of
// ASCII letters take a fast path.
func Lower(dst, word []byte) []byte {
	for i, c := range word {
		if c >= utf8.RuneSelf {
			for _, r := range string(word[i:]) {
				if r == '’' {
					r = '\''
				}
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// Word returns the evidence of a word given in lowercase (see Lower):
// Quick, then Spell.
func (f *Filter) Word(lw []byte) WordInfo {
	var wi WordInfo
	f.Quick(lw, &wi)
	f.Spell(lw, &wi)
	return wi
}

// Quick sets *wi to the evidence of a word from the word lists and from
// the letters it uses; it marks Unknown the words whose spelling Spell may
// still place. It costs a hash look-up for a word of ASCII letters.
func (f *Filter) Quick(lw []byte, wi *WordInfo) {
	*wi = WordInfo{}
	e, found := words.get(lw)
	if !found {
		if i := apostrophe(lw); i > 0 {
			if s, ok := elisions[string(lw[:i+1])]; ok {
				e.words = s
				found = true
			} else if f.Target == English && string(lw[i:]) == "'s" {
				e, found = words.get(lw[:i])
				if !found {
					wi.Target = 0.5
					return
				}
			}
		}
	}
	t := f.Target
	if found {
		ambiguous := e.words&f.Cands != 0
		wi.TargetFunc = e.words.Has(t)
		switch {
		case e.words.Has(t) && !ambiguous:
			wi.Target, wi.Strong = 1, true
		case e.common.Has(t) && ambiguous:
			wi.Target = 0.25
		case e.common.Has(t):
			wi.Target = 0.5
		}
		if c := e.words & f.Cands; c != 0 {
			if e.common.Has(t) {
				wi.Shared = c
			} else {
				wi.Func = c
			}
		}
		if e.common.Has(t) {
			return // a target word, or a loanword at home in it
		}
	}
	ascii := true
	for _, c := range lw {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		// Letters the target does not use.
		tp := profiles[t]
		letters := f.Cands
		foreign := false
		for _, r := range string(lw) {
			if r < utf8.RuneSelf || tp.letters[r] || !unicode.IsLetter(r) {
				continue
			}
			if tp.script == "Latin" && !unicode.Is(unicode.Latin, r) || tp.script == "Cyrillic" && !unicode.Is(unicode.Cyrillic, r) {
				*wi = WordInfo{OtherScript: true}
				return
			}
			foreign = true
			letters &= letterLangs[r]
		}
		if foreign {
			wi.Spelling = letters
		}
		wi.Unknown = !found && !foreign
		return
	}
	wi.Unknown = !found
}

// MayBeForeign reports whether a word, as written, could be evidence for a
// candidate: a function word of one that is not a target word, or letters
// the target does not use. It is the cheap first pass over running text:
// for a word of ASCII letters one hash of its lowercase form and one probe,
// with no copy; a hash collision may answer true where Quick says no,
// never the reverse.
func (f *Filter) MayBeForeign(word []byte) bool {
	h := uint32(2166136261)
	for _, c := range word {
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf || c == '\'':
			var buf [64]byte
			var wi WordInfo
			f.Quick(Lower(buf[:0], word), &wi)
			return (wi.Func | wi.Spelling) != 0
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return f.foreignHash(h | 1)
}

// MayBeForeignHash is MayBeForeign for a word of ASCII letters, digits,
// hyphens, periods and commas only (the caller knows it from the word's
// shape; an apostrophe takes MayBeForeign's slow path), given the FNV-1a
// hash of its lowercase form (article.WordHash): no byte is read again.
func (f *Filter) MayBeForeignHash(h uint32) bool {
	h |= 1
	return f.foreign[h>>22]&(1<<(h>>16&63)) != 0 && f.foreignHash(h)
}

// foreignHash reports whether the word list holds a word with hash h (see
// fnv) that is a candidate's function word and no target word.
func (f *Filter) foreignHash(h uint32) bool {
	t := &words
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return false
		case h:
			e := &t.entries[t.index[i]]
			return e.words&f.Cands != 0 && !e.common.Has(f.Target)
		}
	}
}

// Spell adds the evidence of typical endings and beginnings ("-ción",
// "-ung"; "-ed", "th-" for English) to a word Quick marked Unknown.
func (f *Filter) Spell(lw []byte, wi *WordInfo) {
	if !wi.Unknown {
		return
	}
	wi.Unknown = false
	nrunes := utf8.RuneCount(lw)
	for c := f.Cands; c != 0; c &= c - 1 {
		l := Lang(trailingZeros(uint64(c)))
		if hasAffix(profiles[l], lw, nrunes) {
			wi.Spelling = wi.Spelling.With(l)
		}
	}
	if wi.Spelling == 0 && hasAffix(profiles[f.Target], lw, nrunes) {
		wi.Target = 0.5
	}
}

func hasAffix(p *profile, lw []byte, nrunes int) bool {
	for _, s := range p.suffixes {
		if nrunes >= s.minRunes && len(lw) > len(s.s) && string(lw[len(lw)-len(s.s):]) == s.s {
			return true
		}
	}
	for _, s := range p.prefixes {
		if nrunes >= s.minRunes && len(lw) > len(s.s) && string(lw[:len(s.s)]) == s.s {
			return true
		}
	}
	return false
}

// apostrophe returns the index of the first ' in lw, or -1.
func apostrophe(lw []byte) int {
	for i, c := range lw {
		if c == '\'' {
			return i
		}
	}
	return -1
}

func trailingZeros(x uint64) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// Scores accumulates evidence per language over a span.
type Scores struct {
	Target float32
	Strong int
	Lang   [64]float32
	Words  int // words that gave any evidence for a candidate
}

// Add adds one word's evidence.
func (s *Scores) Add(w *WordInfo) {
	s.Target += w.Target
	if w.Strong {
		s.Strong++
	}
	any := w.Any()
	if any != 0 {
		s.Words++
	}
	for c := any; c != 0; c &= c - 1 {
		l := Lang(trailingZeros(uint64(c)))
		s.Lang[l] += w.Weight(l)
	}
}

// Best returns the candidate with the most evidence and its score.
func (s *Scores) Best() (Lang, float32) {
	var best Lang
	var bs float32
	for i, v := range s.Lang {
		if v > bs {
			best, bs = Lang(i), v
		}
	}
	return best, bs
}

// Top returns up to n candidates whose evidence is at least min and at
// least half the best's, best first.
func (s *Scores) Top(n int, min float32) Set {
	_, bs := s.Best()
	var out Set
	taken := s.Lang
	for k := 0; k < n; k++ {
		var best Lang
		var v float32
		for i, x := range taken {
			if x > v {
				best, v = Lang(i), x
			}
		}
		if best == 0 || v < min || v < bs/2 {
			break
		}
		out = out.With(best)
		taken[best] = 0
	}
	return out
}

// wordTable is an open-addressing hash table of the word lists, laid out
// for the cache: a look-up hashes the word and probes a small array of
// 32-bit hashes (usually once) before comparing one key. It is about
// twice as fast as a Go map on the short words of running text.
type wordTable struct {
	mask    uint32
	hashes  []uint32 // 0: empty
	index   []uint16 // into keys and entries
	keys    []string
	entries []entry
}

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h | 1 // 0 marks an empty slot
}

func newWordTable(m map[string]entry) wordTable {
	n := 1
	for n < 2*len(m) {
		n <<= 1
	}
	if len(m) >= 1<<16 {
		panic("lang: word lists too large")
	}
	t := wordTable{mask: uint32(n - 1), hashes: make([]uint32, n), index: make([]uint16, n)}
	for k, e := range m {
		h := fnv([]byte(k))
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i] = h
		t.index[i] = uint16(len(t.keys))
		t.keys = append(t.keys, k)
		t.entries = append(t.entries, e)
	}
	return t
}

func (t *wordTable) get(w []byte) (entry, bool) {
	h := fnv(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return entry{}, false
		case h:
			if k := t.index[i]; t.keys[k] == string(w) {
				return t.entries[k], true
			}
		}
	}
}
