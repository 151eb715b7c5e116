// Package shapes generates texts of the shapes that expose superlinear work
// in a linter: many short paragraphs (a normal article), one long paragraph,
// one long line, a finding in every sentence of one line, and a long line
// without a single space. The sentences are built from word lists written
// for this project; the output is deterministic for a given size.
//
// Benchmarks and the linearity tests use it, and so does
// scripts/genshapes for whole-process timings.
package shapes

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// A Shape is how N sentences are laid out.
type Shape string

// The shapes.
const (
	// Article: a headline, then paragraphs of one to four sentences
	// separated by blank lines, one paragraph per line.
	Article Shape = "article"
	// Paragraph: one paragraph of N sentences, hard-wrapped at about 76
	// characters.
	Paragraph Shape = "paragraph"
	// Line: N sentences on one line.
	Line Shape = "line"
	// Findings: N sentences on one line, each with a defect most checks
	// agree on (a space before a comma, a missing space after a period, a
	// doubled word, a spaced number...).
	Findings Shape = "findings"
	// NoSpace: one line of N×500 bytes without any white space, as a
	// pasted token, a minified script or an encoded blob arrives.
	NoSpace Shape = "nospace"
	// Lines: one paragraph of N sentences, one per line, each starting in
	// lower case, as a paragraph whose lines lost their heads arrives.
	Lines Shape = "lines"
	// Sentences: N sentences, one per paragraph: the shape of the least
	// work per byte, against which the others are compared.
	Sentences Shape = "sentences"
)

// All lists the shapes in the order benchmarks report them (Sentences is
// the reference rate, not one of them).
var All = []Shape{Article, Paragraph, Line, Lines, Findings, NoSpace}

// NoSpaceBytes is the size of the NoSpace shape per unit of N.
const NoSpaceBytes = 500

var subjects = []string{
	"The committee", "The health minister", "Local officials", "The water company",
	"A spokeswoman for the council", "Farmers in the valley", "The new coalition",
	"Investigators", "The airline", "Several hospitals", "The teachers' union",
	"The mayor of the town", "Rescue teams", "The prosecutor", "The central bank",
	"Residents of the old quarter", "The football club", "Two opposition parties",
	"The museum", "Engineers at the plant",
}

var verbs = []string{
	"approved", "rejected", "delayed", "defended", "criticised", "announced",
	"reviewed", "welcomed", "questioned", "postponed", "published", "funded",
	"supported", "opposed", "completed", "cancelled",
}

var objects = []string{
	"the plan for a new bridge", "a report on air quality", "the budget for next year",
	"the proposal to close two schools", "a study of the river", "the contract with the builders",
	"the decision to raise fares", "a scheme to plant trees", "the closure of the night shelter",
	"an inquiry into the fire", "the sale of the stadium", "new rules on parking",
	"a pilot project for buses", "the merger of the two firms",
}

var tails = []string{
	"after a long debate", "despite strong protests", "without a vote", "in a brief statement",
	"for the second time", "at a meeting in the capital", "after months of talks",
	"with some reservations", "late in the evening", "before the summer holidays",
	"according to people familiar with the matter",
}

var asides = []string{
	"", "", "", "", "", " and said it would cost about 4.5 million euros",
	", which had been expected for weeks", " and promised a decision by March",
	", although critics say it is too little", " and called for calm",
}

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// Sentence returns a random English sentence. There are some 100 million
// of them, so that a text of 10⁵ sentences repeats few (a repeated
// sentence is a finding).
func Sentence(r *rand.Rand) string {
	when := fmt.Sprintf("on %d %s", 1+r.IntN(28), months[r.IntN(len(months))])
	if t := tails[r.IntN(len(tails))]; r.IntN(2) == 0 {
		when += " " + t
	}
	return fmt.Sprintf("%s %s %s %s%s.",
		subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))],
		objects[r.IntN(len(objects))], when, asides[r.IntN(len(asides))])
}

// defective are sentences with one defect each, every one a kind a check
// reports with a fix.
var defective = []string{
	"The council said , however, that the plan would go ahead.",
	"Talks resumed on Monday.The unions were not invited.",
	"The the new bridge will open in the spring.",
	"Some 12, 000 people signed the petition in a week.",
	"The firm lost 3.5 million. euros in the first quarter.",
	"She said the decision was \" final\" and would not change.",
	"The report was published on Thursday. . It ran to 90 pages.",
	"The mayor saidPresident Duval would visit the site.",
}

// Text returns N units of the shape: N sentences, or N×NoSpaceBytes bytes
// for NoSpace. The same shape and N always give the same text, and
// Sentences, Paragraph and Line of the same N the same sentences.
func Text(s Shape, n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 16)) // the same sentences in every shape but Article
	var b strings.Builder
	switch s {
	case Article:
		b.WriteString("Council approves plans after long debate\n\n")
		for i := 0; i < n; {
			k := min(1+r.IntN(4), n-i)
			for j := range k {
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(Sentence(r))
			}
			b.WriteString("\n\n")
			i += k
		}
	case Sentences:
		for range n {
			b.WriteString(Sentence(r))
			b.WriteString("\n\n")
		}
	case Paragraph:
		col := 0
		for i := range n {
			for k, w := range strings.Fields(Sentence(r)) {
				switch {
				case i == 0 && k == 0:
				case col+1+len(w) > 76:
					b.WriteByte('\n')
					col = 0
				default:
					b.WriteByte(' ')
					col++
				}
				b.WriteString(w)
				col += len(w)
			}
		}
		b.WriteByte('\n')
	case Line:
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(Sentence(r))
		}
		b.WriteByte('\n')
	case Lines:
		for range n {
			t := Sentence(r)
			b.WriteString(strings.ToLower(t[:1]))
			b.WriteString(t[1:])
			b.WriteByte('\n')
		}
	case Findings:
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(defective[i%len(defective)])
		}
		b.WriteByte('\n')
	case NoSpace:
		const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-_/=+%&"
		// Characters of two and three bytes, none of them a letter (which
		// would look like a foreign word and wake language detection).
		wide := []string{"€", "…", "·", "→", "°"}
		size := n * NoSpaceBytes
		b.Grow(size + 4)
		for b.Len() < size {
			if r.IntN(40) == 0 {
				b.WriteString(wide[r.IntN(len(wide))])
				continue
			}
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		b.WriteByte('\n')
	default:
		panic(fmt.Sprintf("shapes: unknown shape %q", s))
	}
	return []byte(b.String())
}

// Meter measures a benchmark per byte of its text: wall time, and CPU
// time (all threads, the collector's included), which a machine shared
// with other work disturbs less.
type Meter struct {
	cpu   time.Duration
	bytes int
}

// Start starts measuring a benchmark over a text of n bytes; call it just
// before the timed loop.
func Start(n int) *Meter { return &Meter{cpu: CPUTime(), bytes: n} }

// Bench is what Report needs of a *testing.B.
type Bench interface {
	Elapsed() time.Duration
	ReportMetric(n float64, unit string)
}

// Report adds "ns/byte" and, where CPU time can be read, "cpu-ns/byte"
// (each followed by suffix) to b's results, dividing the time since Start
// by units (the iterations, or the iterations times the passes over the
// text each made) and the bytes of the text. Call it just after the timed
// loop.
func (m *Meter) Report(b Bench, units int, suffix string) {
	per := float64(units) * float64(m.bytes)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/byte"+suffix)
	if cpu := CPUTime() - m.cpu; m.cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/byte"+suffix)
	}
}
