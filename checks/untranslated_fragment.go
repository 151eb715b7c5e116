package checks

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

var untranslatedFragment = &rules.Check{
	ID: "untranslated/fragment",
	Doc: "A sentence, clause, quotation, parenthesis or link label (\"LEER MÁS:\") written in one of the " +
		"candidate source languages instead of the article's language. A cheap prefilter scores every word " +
		"against word lists of each language (function words, frequent words, letters and endings) and " +
		"keeps only runs of words, between the target's function words, that hold the function words of a " +
		"candidate; lingua-go (high-accuracy mode) then decides among the target and the two or three " +
		"candidates the filter points at. A finding needs lingua-go to be min-confidence sure that the span " +
		"is not in the target language (0.1 less per function word beyond two, never below 0.5) and names " +
		"the language and the confidences. Error when that reaches error-confidence on a span of six words " +
		"or more, else warning. Not reported: capitalised names (\"Real Madrid\", \"Partido Popular\", " +
		"\"Le Monde\", \"Los Angeles\") and the particles inside them (\"Banco de España\", \"von der " +
		"Leyen\"), titles after a capitalised word or after \"the film\", \"the novel\", \"the song\"..., and " +
		"loan phrases and famous quotations (\"de facto\", \"coup d'état\", \"fait accompli\", \"Sturm und " +
		"Drang\", \"Je suis Charlie\"); add your own with allow. Limits: only candidates with word lists (es, " +
		"fr, de, it, pt, nl, pl, tr; ru and uk for a Russian or Ukrainian target) written in the target's " +
		"script are looked for — text in another script is untranslated/script's — and only targets with word " +
		"lists (en and those) get findings. Fragments shorter than min-words, or without function words or " +
		"telltale letters (\"a luta continua\", German noun phrases), go unnoticed: in tests, about 85 of 100 " +
		"fragments of 3–6 words are found. Terms too short for that are looked up in lists (data, for the " +
		"candidate languages): a title of office with a word of its language beside it (\"vicepresidenta de " +
		"Colombia\", \"missão do governador\", \"el alcalde\") and a label that opens a line before a short " +
		"credit (\"Bild: Karin Vollmer\", \"Fuente: EFE\"). A quoted headline or slogan followed by its " +
		"translation in brackets is a quotation, reported as info. The first foreign fragment in a process loads lingua-go's models " +
		"for the languages concerned: about 0.1–0.3 s and 20–40 MB per language; clean text loads none.",
	Bad:      "The minister was clear. El Gobierno no negociará con los sindicatos hasta que termine la huelga.",
	Good:     "The minister was clear. The government will not negotiate with the unions until the strike ends.",
	Severity: rules.Warning,
	Params: []rules.Param{
		{Name: "lang", Kind: rules.String, Default: "en", Doc: "the article's language (ISO 639-1 code)"},
		{Name: "source-langs", Kind: rules.Strings, Default: defaultSourceLangs, Doc: "candidate source languages (ISO 639-1 codes); naming the real one makes the check faster and sharper"},
		{Name: "allow", Kind: rules.Strings, Default: []string{}, Doc: "phrases never to report, matched case-insensitively on whole words (besides the built-in loan phrases)"},
		{Name: "min-confidence", Kind: rules.Float, Default: 0.7, Doc: "how sure lingua-go must be that a span is not in the article's language (1 minus its confidence for that language, 0–1) for a finding"},
		{Name: "error-confidence", Kind: rules.Float, Default: 0.99, Doc: "the same measure from which a span of six words or more is an error rather than a warning (above 1: never)"},
		{Name: "min-words", Kind: rules.Int, Default: 3, Doc: "fewest words a fragment needs (a link label such as \"LEER MÁS:\" needs two)"},
		{Name: "extra-titles", Kind: rules.Strings, Default: []string{}, Doc: "more titles of office to recognise beside a word of their language, as \"CODES TITLE = ENGLISH\" (\"es alcaldesa = mayor\"; the codes and the English may be left out)"},
		{Name: "extra-labels", Kind: rules.Strings, Default: []string{}, Doc: "more labels to recognise at the start of a line before a credit, as \"CODES LABEL = ENGLISH\" (\"nl foto = photo\"; the codes and the English may be left out)"},
	},
	Run: runFragment,
}

func init() { register(untranslatedFragment) }

// traceFragment, when set (by tests, before any check runs), sees every
// span sent to lingua-go.
var traceFragment func(text string, set lang.Set, v lang.Verdict, evidence, target float32)

// Evidence a span needs, in the filter's units (a function word of the
// candidate is 1, a telltale letter or ending 0.5): fragments need two, a
// link label one and a half.
const (
	minEvidence      = 2
	minLabelEvidence = 1.5
	maxCandidates    = 3
	errorMinWords    = 6
	maxTitleWords    = 6
)

type fragConfig struct {
	target   lang.Lang
	filter   *lang.Filter
	allow    *phraseSet
	minConf  float64
	errConf  float64
	minWords int
}

// phraseSet is a set of phrases, each a sequence of lowercase words,
// indexed by its first word.
type phraseSet struct {
	byFirst map[string][][]string
}

var phraseSets sync.Map // joined allow list → *phraseSet

func allowPhrases(user []string) *phraseSet {
	key := strings.Join(user, "\x00")
	if v, ok := phraseSets.Load(key); ok {
		return v.(*phraseSet)
	}
	ps := &phraseSet{byFirst: map[string][][]string{}}
	for _, list := range [][]string{lang.LoanPhrases(), user} {
		for _, ph := range list {
			a, err := article.Parse("", []byte(ph))
			if err != nil || len(a.Words) == 0 {
				continue
			}
			var words []string
			for _, w := range a.Words {
				words = append(words, string(lang.Lower(nil, a.Text(w.Span))))
			}
			ps.byFirst[words[0]] = append(ps.byFirst[words[0]], words)
		}
	}
	v, _ := phraseSets.LoadOrStore(key, ps)
	return v.(*phraseSet)
}

// lastFilter caches the filter of the last (lang, source-langs) pair: an
// engine passes the same parameter values to every article.
var lastFilter atomic.Pointer[filterKey]

type filterKey struct {
	lang   string
	cands  []string
	filter *lang.Filter
	target lang.Lang
}

func fragmentFilter(code string, cands []string) (*lang.Filter, lang.Lang, bool) {
	if k := lastFilter.Load(); k != nil && k.lang == code && slices.Equal(k.cands, cands) {
		return k.filter, k.target, k.filter != nil
	}
	k := &filterKey{lang: code, cands: slices.Clone(cands)}
	if target, ok := lang.Parse(code); ok {
		set, _ := lang.ParseSet(cands)
		if f, ok := lang.NewFilter(target, set); ok && f.Cands != 0 {
			k.filter, k.target = f, target
		}
	}
	lastFilter.Store(k)
	return k.filter, k.target, k.filter != nil
}

func fragmentConfig(p *rules.Pass) (fragConfig, bool) {
	f, target, ok := fragmentFilter(p.Lang(), p.Strings("source-langs"))
	if !ok {
		return fragConfig{}, false
	}
	return fragConfig{
		target:   target,
		filter:   f,
		allow:    allowPhrases(p.Strings("allow")),
		minConf:  p.Float("min-confidence"),
		errConf:  p.Float("error-confidence"),
		minWords: max(p.Int("min-words"), 1),
	}, true
}

// nameParticles are neutral before a capitalised word ("de Gaulle", "Los
// Angeles", "von der Leyen"); sandwichParticles only between two
// ("Castilla y León", "Sturm und Drang").
var (
	nameParticles = article.WordSet(`de del della delle dei degli di da dal dalla do dos du des la le les el los las lo
		von van vom zu ten ter bin ibn al d' l' dell' san santa são st`)
	sandwichParticles = article.WordSet(`und y e et i der den das die dem of and och og en`)
)

// workNouns introduce the title of a work, which may stay in its language.
var workNouns = article.WordSet(`film films movie movies novel novels book books series sitcom telenovela show song songs
	single album track play opera operas musical poem painting documentary programme program podcast anthem
	titled entitled aria`)

// fword is the prefilter's view of one word of a sentence.
type fword struct {
	article.Span
	info     lang.WordInfo
	lo, hi   int  // its lowercase form in fragScratch.buf
	boundary bool // a clause, quote or bracket boundary precedes the word
	capStart bool // the word may be capitalised for its position
	labelEnd bool // a colon follows the word
	caps     bool // all capitals, two letters or more
	name     bool // capitalised where a name would be
	neutral  bool // counts for nothing: names, particles, allowed phrases
}

// frun is a run of words with no target function word inside one clause.
type frun struct {
	first, last int  // word indexes in the sentence, inclusive
	full        bool // the run is a whole clause
	scores      lang.Scores
}

// fragScratch is the per-run working memory, reused across sentences.
type fragScratch struct {
	words []fword
	buf   []byte
	runs  []frun
	found []article.Span // the spans reported in this run
}

func (sc *fragScratch) lower(i int) []byte { return sc.buf[sc.words[i].lo:sc.words[i].hi] }

// fragPool recycles the working memory between articles (and goroutines).
var fragPool = sync.Pool{New: func() any { return &fragScratch{} }}

func runFragment(p *rules.Pass) {
	c, ok := fragmentConfig(p)
	if !ok {
		return
	}
	cfg := &c // on the stack: nothing keeps it
	a := p.Article
	sc := fragPool.Get().(*fragScratch)
	defer fragPool.Put(sc)
	sc.found = sc.found[:0]
	for si := range a.Sentences {
		s := a.Sentences[si]
		if s.EndWord-s.FirstWord < 2 {
			continue
		}
		// A "sentence" of more words than any real one (a line without
		// punctuation or spaces) is read fragWindow words at a time, so
		// that the working memory stays small.
		for w := s; w.FirstWord < s.EndWord; w.FirstWord = w.EndWord {
			w.EndWord = min(w.FirstWord+fragWindow, s.EndWord)
			if w.EndWord-w.FirstWord < 2 {
				continue
			}
			if w.FirstWord != s.FirstWord || w.EndWord != s.EndWord {
				w.Span = article.Span{Start: a.Words[w.FirstWord].Start, End: a.Words[w.EndWord-1].End}
			}
			if !sc.prepare(a, w, cfg) {
				continue
			}
			if sc.findRuns() {
				sc.report(p, a, w, cfg)
			}
		}
	}
	runTerms(p, a, cfg, sc.found)
}

// fragWindow is the most words of one sentence that fragment detection
// reads at once: far more than any sentence of news prose.
const fragWindow = 2000

// isBoundaryRune reports punctuation that separates clauses, quotations
// and brackets.
func isBoundaryRune(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»', '„', '‘', '’', '\'',
		'–', '—', '¿', '¡', '…', '/', '|', '•', '.', '!', '?', '‹', '›':
		return true
	}
	return false
}

// isCapStartRune reports punctuation after which a word may be capitalised.
func isCapStartRune(r rune) bool {
	switch r {
	case ':', '(', '[', '"', '“', '«', '„', '‘', '\'', '–', '—', '¿', '¡', '.', '!', '?', '‹':
		return true
	}
	return false
}

// lowerWord appends the lowercase form of w to dst (see lang.Lower) and
// reports whether its first letter is a capital and whether it is all
// capitals (two letters or more).
func lowerWord(dst, w []byte) (out []byte, upper, caps bool) {
	ascii := true
	for _, c := range w {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		letters, uppers := 0, 0
		for i, r := range string(w) {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					uppers++
					if i == 0 {
						upper = true
					}
				}
			}
		}
		return lang.Lower(dst, w), upper, letters >= 2 && uppers == letters
	}
	letters, uppers := 0, 0
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			uppers++
			letters++
			if i == 0 {
				upper = true
			}
			c += 'a' - 'A'
		} else if 'a' <= c && c <= 'z' {
			letters++
		}
		dst = append(dst, c)
	}
	return dst, upper, letters >= 2 && uppers == letters
}

// prepare classifies the words of sentence s. It returns false, having
// done no more than a map look-up per word, when no word outside a name
// could be a candidate's: most sentences of a clean article.
func (sc *fragScratch) prepare(a *article.Article, s article.Sentence, cfg *fragConfig) bool {
	src := a.Src
	ws := a.Words[s.FirstWord:s.EndWord]
	// First pass: is there a word, not obviously a name, that a candidate
	// could claim? One hash look-up per word, no copying.
	gate := false
	shapes, hashes := a.Shapes[s.FirstWord:s.EndWord], a.Hashes[s.FirstWord:s.EndWord]
	for i := range ws {
		w := &ws[i]
		shape := shapes[i]
		if i > 0 && shape.Any(article.UpperFirst) && (w.End-w.Start == 1 || src[w.Start+1] < 'A' || src[w.Start+1] > 'Z') &&
			ws[i-1].End == w.Start-1 && src[w.Start-1] == ' ' {
			continue // capitalised after a space: a name
		}
		if shape.Any(article.NonASCII) || shape.Any(article.Joined) && bytes.IndexByte(src[w.Start:w.End], '\'') >= 0 {
			gate = cfg.filter.MayBeForeign(src[w.Start:w.End])
		} else {
			// ASCII letters and digits, hyphens, periods and commas: the
			// model's hash is the filter's.
			gate = cfg.filter.MayBeForeignHash(hashes[i])
		}
		if gate {
			break
		}
	}
	if !gate {
		return false
	}
	// Locals, not sc's fields, in the loop: no write barrier per word.
	words, buf := sc.words[:0], sc.buf[:0]
	gate = false
	for i, w := range ws {
		fw := fword{Span: w.Span, lo: len(buf)}
		var upper bool
		buf, upper, fw.caps = lowerWord(buf, src[w.Start:w.End])
		fw.hi = len(buf)
		if i == 0 {
			fw.boundary, fw.capStart = true, true
		} else if gap := src[ws[i-1].End:w.Start]; len(gap) != 1 || gap[0] != ' ' {
			for _, r := range string(gap) {
				if isBoundaryRune(r) {
					fw.boundary = true
				}
				if isCapStartRune(r) {
					fw.capStart = true
				}
			}
			if bytes.Contains(gap, []byte(" - ")) {
				fw.boundary, fw.capStart = true, true
			}
		}
		fw.name = upper && !fw.capStart
		cfg.filter.Quick(buf[fw.lo:fw.hi], &fw.info)
		if (!fw.name || fw.caps) && (fw.info.Func|fw.info.Spelling) != 0 {
			gate = true
		}
		words = append(words, fw)
	}
	sc.words, sc.buf = words, buf
	if !gate {
		return false
	}
	for i := range words {
		w := &words[i]
		if w.name && w.caps && (i > 0 && words[i-1].caps || i+1 < len(words) && words[i+1].caps) {
			w.name = false // a line in capitals: "LEER MÁS"
		}
		w.neutral = w.name
		next := s.End
		if i+1 < len(words) {
			next = words[i+1].Start
		}
		gap := bytes.TrimLeft(src[w.End:next], " ")
		w.labelEnd = len(gap) > 0 && gap[0] == ':'
		cfg.filter.Spell(sc.buf[w.lo:w.hi], &w.info)
	}
	// Particles before a name ("Castilla y León", "von der Leyen", "Los
	// Angeles") are part of it.
	for i := 1; i < len(words); i++ {
		if !words[i].name || words[i].boundary {
			continue
		}
		j := i
		for j > 0 && j > i-4 && (nameParticles[string(sc.lower(j-1))] || sandwichParticles[string(sc.lower(j-1))]) {
			j--
			if words[j].boundary {
				break
			}
		}
		if j == i {
			continue
		}
		if nameParticles[string(sc.lower(j))] || (j > 0 && words[j-1].name && !words[j].boundary) {
			for k := j; k < i; k++ {
				words[k].neutral = true
			}
		}
	}
	// Allowed phrases.
	for i := range words {
		for _, ph := range cfg.allow.byFirst[string(sc.lower(i))] {
			if i+len(ph) > len(words) {
				continue
			}
			match := true
			for k := 1; k < len(ph); k++ {
				if string(sc.lower(i+k)) != ph[k] {
					match = false
					break
				}
			}
			if match {
				for k := range ph {
					words[i+k].neutral = true
				}
			}
		}
	}
	// Target words shared with a candidate that has no function word in
	// the sentence count in full.
	var active lang.Set
	for i := range words {
		if !words[i].neutral {
			active |= words[i].info.Func
		}
	}
	for i := range words {
		words[i].info.Narrow(active)
	}
	return true
}

// findRuns splits the sentence into runs of words between target function
// words, inside one clause, and reports whether any could be foreign.
func (sc *fragScratch) findRuns() bool {
	words := sc.words
	sc.runs = sc.runs[:0]
	open := -1
	suspect := false
	closeRun := func(last int, full bool) {
		if open < 0 {
			return
		}
		r := frun{first: open, last: last, full: full && words[open].boundary}
		for k := open; k <= last; k++ {
			if !words[k].neutral {
				r.scores.Add(&words[k].info)
			}
		}
		if isSuspect(&r.scores, minLabelEvidence) {
			suspect = true
		}
		sc.runs = append(sc.runs, r)
		open = -1
	}
	for i := range words {
		w := &words[i]
		if w.boundary {
			closeRun(i-1, true)
		}
		if (w.info.Strong && !w.neutral) || w.info.OtherScript {
			closeRun(i-1, false)
			continue
		}
		if open < 0 {
			open = i
		}
	}
	closeRun(len(words)-1, true)
	return suspect
}

// report groups suspect runs — one run, or consecutive whole clauses that
// lean foreign — and asks lingua-go about each group.
func (sc *fragScratch) report(p *rules.Pass, a *article.Article, s article.Sentence, cfg *fragConfig) {
	runs := sc.runs
	for i := 0; i < len(runs); i++ {
		r := &runs[i]
		if !isSuspect(&r.scores, minLabelEvidence) {
			continue
		}
		j := i
		total := r.scores
		if r.full {
			for j+1 < len(runs) && runs[j+1].full && runs[j+1].first == runs[j].last+1 && leansForeign(&runs[j+1].scores) {
				j++
				addScores(&total, &runs[j].scores)
			}
			for j > i && noEvidence(&runs[j].scores) {
				j--
			}
		}
		sc.reportGroup(p, a, s, runs[i:j+1], &total, cfg)
		i = j
	}
}

// needConfidence is the confidence lingua-go must give that a span is not
// in the target language: min-confidence for a span with the least
// evidence, 0.1 less for each further function word of the candidate,
// and never below 0.5. Short fragments are where lingua-go is least sure
// ("ce n'est pas fini": French 0.56) and where the function words say
// most.
func needConfidence(minConf float64, evidence float32) float64 {
	need := minConf - 0.1*max(float64(evidence-minEvidence), 0)
	return max(need, min(minConf, 0.5))
}

// evidence reports a word that is a function word of a candidate, or
// spelled like one, and not a frequent target word.
func evidence(w *fword) bool {
	return !w.neutral && (w.info.Func|w.info.Spelling) != 0
}

func isSuspect(sc *lang.Scores, min float32) bool {
	_, b := sc.Best()
	return b >= min && b > 2*sc.Target
}

// leansForeign reports a clause that may join a foreign group: more than
// twice as much evidence for a candidate as for the target, or none either
// way.
func leansForeign(sc *lang.Scores) bool {
	_, b := sc.Best()
	return b > 2*sc.Target || b == 0 && sc.Target == 0
}

func noEvidence(sc *lang.Scores) bool {
	_, b := sc.Best()
	return b == 0 && sc.Target == 0
}

func addScores(dst, src *lang.Scores) {
	dst.Target += src.Target
	dst.Strong += src.Strong
	dst.Words += src.Words
	for i, v := range src.Lang {
		dst.Lang[i] += v
	}
}

func (sc *fragScratch) reportGroup(p *rules.Pass, a *article.Article, s article.Sentence, group []frun, total *lang.Scores, cfg *fragConfig) {
	words := sc.words
	best, score := total.Best()
	first, last := group[0].first, group[len(group)-1].last
	if len(group) == 1 && !group[0].full {
		// Part of a clause: start at the first word that is evidence, or at
		// the name just before it ("la France est de retour"), and end
		// before the target's words ("sí se puede as", not "ich bin ein"
		// but "ich bin ein Berliner").
		for first < last && !evidence(&words[first]) {
			first++
		}
		if first > group[0].first && words[first-1].info.Shared.Has(best) && !words[first-1].neutral {
			first-- // an ambiguous word that opens the fragment: "on ne lâche rien"
		}
		for first > group[0].first && words[first-1].neutral {
			first--
		}
		for last > first && words[last].info.Target > 0 && !evidence(&words[last]) && !words[last].name {
			last--
		}
		// Opening on a capitalised word after English ones: the title of a
		// work ("his novel Cien años de soledad"), not a fragment.
		if first > 0 && words[first].name && last-first+1 <= maxTitleWords {
			return
		}
	}
	// After "the film", "the novel", "the song": the title of a work.
	if first > 0 {
		for k := first - 1; k >= 0 && k >= first-2; k-- {
			if workNouns[string(sc.lower(k))] {
				return
			}
		}
	}
	n := last - first + 1
	allUpper := true
	for k := first; k <= last; k++ {
		allUpper = allUpper && words[k].caps
	}
	label := first == 0 && words[last].labelEnd && n <= 4 || allUpper
	switch {
	case label:
		if n < min(2, cfg.minWords) || score < minLabelEvidence {
			return
		}
	case n < cfg.minWords || score < minEvidence:
		return
	}
	span := article.Span{Start: words[first].Start, End: words[last].End}
	if first == 0 && last == len(words)-1 && a.Src[s.End-1] != ':' {
		span = s.Span // the whole sentence, with its punctuation
	}
	set := total.Top(maxCandidates, 1).With(cfg.target).With(best)
	text := a.String(span)
	v := lang.Detect(text, set)
	if traceFragment != nil {
		traceFragment(text, set, v, score, total.Target)
	}
	top := v.Best()
	foreign := 1 - v.Of(cfg.target)
	if top.Lang == 0 || top.Lang == cfg.target || !cfg.filter.Cands.Has(top.Lang) || foreign < needConfidence(cfg.minConf, score) {
		return
	}
	sev := rules.Warning
	if foreign >= cfg.errConf && n >= errorMinWords {
		sev = rules.Error
	}
	msg := fmt.Sprintf("looks %s (%.2f)", top.Lang.Name(), top.Confidence)
	if len(v) > 1 && v[1].Lang != cfg.target && v[1].Confidence >= 0.2 {
		msg += fmt.Sprintf(" or %s (%.2f)", v[1].Lang.Name(), v[1].Confidence)
	}
	msg += fmt.Sprintf(", expected %s (%.2f): left untranslated?", cfg.target.Name(), v.Of(cfg.target))
	if quotedWithTranslation(a.Src, span) {
		// A quoted headline or slogan given with its translation: a
		// quotation, not a slip of the translation.
		sev = rules.Info
		msg += " It is quoted, and translated in brackets after it."
	}
	p.ReportSeverity(sev, span, msg, nil)
	sc.found = append(sc.found, span)
}
