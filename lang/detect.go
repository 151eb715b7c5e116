package lang

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pemistahl/lingua-go"
)

// lingua-go keeps the models it loads in package-level maps, shared by all
// detectors and never freed, and loads a model lazily on first use with no
// lock: two goroutines that race on a cold detector load the same model
// twice. So every model load here happens under loadMu, one language at a
// time (which also keeps the peak memory near the settled size), and a
// detector is only used once all its languages are loaded.

var (
	loadMu    sync.Mutex
	loaded    Set                                 // languages whose models are in memory
	detectors = map[Set]lingua.LanguageDetector{} // by language set
	built     atomic.Int64
	loads     atomic.Int64 // language model loads
	loadTime  atomic.Int64 // nanoseconds spent loading models

	cacheMu  sync.Mutex
	verdicts = map[verdictKey]Verdict{}
)

// maxVerdicts bounds the verdict cache; it is emptied when full.
const maxVerdicts = 1 << 14

type verdictKey struct {
	set  Set
	text string
}

// Verdict is lingua-go's answer for a text: the confidence (0–1) of each
// language of the set, most likely first; they sum to 1, or are all 0
// when lingua-go cannot tell.
type Verdict []Guess

// Guess is one language's confidence.
type Guess struct {
	Lang       Lang
	Confidence float64
}

// Best is the most likely language (0 when lingua-go cannot tell).
func (v Verdict) Best() Guess {
	if len(v) == 0 || v[0].Confidence == 0 {
		return Guess{}
	}
	return v[0]
}

// Of returns the confidence of l.
func (v Verdict) Of(l Lang) float64 {
	for _, g := range v {
		if g.Lang == l {
			return g.Confidence
		}
	}
	return 0
}

// Loaded returns the languages whose models have been loaded in this
// process. It is empty until Detect is first called.
func Loaded() Set {
	loadMu.Lock()
	defer loadMu.Unlock()
	return loaded
}

// DetectorsBuilt is the number of distinct detectors built so far.
func DetectorsBuilt() int { return int(built.Load()) }

// ModelLoads is the number of times a language's models were loaded: at
// most once per language, so it equals Loaded().Len().
func ModelLoads() int { return int(loads.Load()) }

// LoadTime is the total time spent loading models so far.
func LoadTime() time.Duration { return time.Duration(loadTime.Load()) }

// detector returns the detector for a set of at least two languages,
// loading the models it needs first.
func detector(s Set) lingua.LanguageDetector {
	loadMu.Lock()
	defer loadMu.Unlock()
	if d, ok := detectors[s]; ok {
		return d
	}
	var langs []lingua.Language
	for _, l := range s.Langs() {
		ll := table[l].lingua
		langs = append(langs, ll)
		if !loaded.Has(l) {
			start := time.Now()
			// A one-language builder preloads exactly this language's models.
			lingua.NewLanguageDetectorBuilder().FromLanguages(ll, ll).WithPreloadedLanguageModels().Build()
			loaded = loaded.With(l)
			loads.Add(1)
			// Return the decompression garbage before the next load, so that
			// peak memory stays near the settled size.
			runtime.GC()
			loadTime.Add(int64(time.Since(start)))
		}
	}
	d := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).Build()
	detectors[s] = d
	built.Add(1)
	return d
}

// Detect asks lingua-go (high-accuracy mode) which language of the set s
// text is in. The set needs at least two languages. Models are loaded on
// first use and kept for the life of the process; answers are cached by
// set and text. Safe for concurrent use.
func Detect(text string, s Set) Verdict {
	if s.Len() < 2 {
		panic("lang.Detect: need at least two languages")
	}
	key := verdictKey{s, text}
	cacheMu.Lock()
	v, ok := verdicts[key]
	cacheMu.Unlock()
	if ok {
		return v
	}
	d := detector(s)
	cv := d.ComputeLanguageConfidenceValues(text)
	v = make(Verdict, 0, len(cv))
	for _, c := range cv {
		v = append(v, Guess{fromLingua(c.Language()), c.Value()})
	}
	cacheMu.Lock()
	if len(verdicts) >= maxVerdicts {
		clear(verdicts)
	}
	verdicts[key] = v
	cacheMu.Unlock()
	return v
}

func fromLingua(ll lingua.Language) Lang {
	for i := 1; i < len(table); i++ {
		if table[i].lingua == ll {
			return Lang(i)
		}
	}
	return 0
}
