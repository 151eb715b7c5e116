// Command gencorpus writes a synthetic corpus of news-like articles for
// scale tests: N files of about 5 KB each, built from sentences written for
// this project, with a few machine-translation defects mixed in. The output
// is deterministic for a given seed.
//
//	go run ./scripts/gencorpus -n 20000 -out /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var subjects = []string{
	"The port authority", "The regional government", "Union leaders", "The central bank",
	"Transport minister Elena Ruiz", "Analysts at the chamber of commerce", "The energy regulator",
	"Local residents", "The opposition party", "Shipping companies", "The city council",
	"Dr. Amal Haddad, an economist at the university,", "Mr. Jorge Lledó", "The U.S. embassy",
}

var verbs = []string{
	"said on Thursday that", "warned that", "confirmed that", "argued that", "announced that",
	"told reporters that", "insisted that", "estimated that", "denied reports that",
}

var clauses = []string{
	"the talks would resume next week", "the losses already exceed 300 million euros",
	"about 1.5 billion dollars in goods were waiting at the docks", "the new shift system would start in January",
	"prices had risen by 3.2% since the spring", "the strike had cost the region 20,000 jobs",
	"the decision was taken at 10 a.m. on Friday", "the agreement covered some 4,500 workers",
	"the plan would be presented to parliament before the summer", "the measures were temporary",
	"exports to northern Europe had fallen sharply", "the figures would be published on the website",
}

var quotes = []string{
	`"We are not asking for more money, we are asking for rest days," said a spokeswoman.`,
	`"This is the most serious dispute in a decade," the mayor told local radio.`,
	`“Nobody wants a long conflict,” said the president of the chamber, “but we cannot accept this offer.”`,
}

var defects = []string{
	"The unions, however , insist that the dispute is not about wages.",
	"The stoppage entered its ninth day. . Talks are expected to resume.",
	"The blockade affects suppliers in northern Europe.The government has offered mediation.",
	"The losses reached 300 million. euros according to the chamber.",
	"Some 20, 000 workers joined the protest in the city centre.",
	"More information",
}

func sentence(r *rand.Rand) string {
	return fmt.Sprintf("%s %s %s.", subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))], clauses[r.IntN(len(clauses))])
}

func article(r *rand.Rand, size int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Dockworkers extend strike as talks stall (%d)\n\n", r.IntN(100000))
	for b.Len() < size {
		n := 2 + r.IntN(4)
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			switch x := r.IntN(40); {
			case x == 0:
				b.WriteString(defects[r.IntN(len(defects))])
			case x < 5:
				b.WriteString(quotes[r.IntN(len(quotes))])
			default:
				b.WriteString(sentence(r))
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// scraped wraps an article in the template of site k, as a scraper leaves
// it: a masthead, a menu and a date line above, a footer below; the date
// and the year vary from article to article.
func scraped(r *rand.Rand, k int, body string) string {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
	site := fmt.Sprintf("The Harbour Courier %d", k)
	// Lines of the article's own: a byline and a subheading with made-up
	// names, so that the batch has short lines that do not recur.
	name := func() string {
		b := []byte{byte('A' + r.IntN(26))}
		for range 5 + r.IntN(5) {
			b = append(b, byte('a'+r.IntN(26)))
		}
		return string(b)
	}
	return fmt.Sprintf("%s\nHome | World | Business | Sport | Culture\n%s, %d %s %d\n\nBy Ana %s\n\n"+
		"Talks at the %s quay\n\n%s"+
		"Share this article\nGet the morning briefing in your inbox\n© %s %d. All rights reserved.\n",
		site, days[r.IntN(7)], 1+r.IntN(28), months[r.IntN(12)], 2015+r.IntN(10), name(), name(), body, site, 2015+r.IntN(10))
}

func main() {
	n := flag.Int("n", 2000, "number of articles")
	size := flag.Int("size", 5000, "approximate size of an article in bytes")
	out := flag.String("out", "corpus", "output folder")
	seed := flag.Uint64("seed", 1, "random seed")
	sites := flag.Int("sites", 0, "when more than 0, spread the articles over this many sites, one folder each, "+
		"each article in its site's template (masthead, menu, date line, footer)")
	flag.Parse()
	r := rand.New(rand.NewPCG(*seed, 42))
	for i := range *n {
		dir := filepath.Join(*out, fmt.Sprintf("%03d", i/1000))
		text := article(r, *size)
		if *sites > 0 {
			dir = filepath.Join(*out, fmt.Sprintf("site-%03d", i%*sites))
			text = scraped(r, i%*sites, text)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		p := filepath.Join(dir, fmt.Sprintf("article-%06d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
