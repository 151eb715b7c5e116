package article

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mtlint/mtlint/internal/corpus"
)

// sentences parses src and returns the text of every sentence, failing the
// test when the model breaks one of its invariants.
func sentences(t testing.TB, src string) []string {
	t.Helper()
	a := mustParse(t, src)
	var out []string
	for _, s := range a.Sentences {
		out = append(out, a.String(s.Span))
	}
	return out
}

// words returns the text of every word of src.
func words(t testing.TB, src string) []string {
	t.Helper()
	a := mustParse(t, src)
	var out []string
	for _, w := range a.Words {
		out = append(out, a.String(w.Span))
	}
	return out
}

func mustParse(t testing.TB, src string) *Article {
	t.Helper()
	a, err := Parse("test.txt", []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	if err := checkInvariants(a); err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return a
}

// sentenceCases are news sentences with the expected segmentation. Each
// case is one paragraph unless it holds line breaks.
var sentenceCases = []struct {
	name string
	in   string
	want []string
}{
	// Plain ends.
	{"two sentences", "The talks ended. Both sides left.",
		[]string{"The talks ended.", "Both sides left."}},
	{"question and exclamation", "Will it last? Nobody knows! Markets fell.",
		[]string{"Will it last?", "Nobody knows!", "Markets fell."}},
	{"no final punctuation", "Markets fell on Monday",
		[]string{"Markets fell on Monday"}},
	{"double spaces", "Markets fell.  Shares slid.",
		[]string{"Markets fell.", "Shares slid."}},
	{"no-break space after period", "Markets fell.\u00a0Shares slid.",
		[]string{"Markets fell.", "Shares slid."}},

	// Dotted abbreviations.
	{"U.S. inside", "The U.S. team won gold in Athens.",
		[]string{"The U.S. team won gold in Athens."}},
	{"U.S. before a name", "He met U.S. President George Bush on Friday.",
		[]string{"He met U.S. President George Bush on Friday."}},
	{"U.S. Army", "Officers from the U.S. Army arrived.",
		[]string{"Officers from the U.S. Army arrived."}},
	{"U.S. at the end", "Exports rose to the U.S. The euro fell.",
		[]string{"Exports rose to the U.S.", "The euro fell."}},
	{"U.S. at the end, Shares", "Sales slowed in the U.S. Shares fell 3%.",
		[]string{"Sales slowed in the U.S.", "Shares fell 3%."}},
	{"U.K. at the end", "He moved to the U.K. He was 12.",
		[]string{"He moved to the U.K.", "He was 12."}},
	{"e.g.", "Small firms, e.g. Acme, complained.",
		[]string{"Small firms, e.g. Acme, complained."}},
	{"i.e. before capital", "The bank, i.e. The Federal Reserve, acted.",
		[]string{"The bank, i.e. The Federal Reserve, acted."}},
	{"Ph.D.", "She holds a Ph.D. from Harvard.",
		[]string{"She holds a Ph.D. from Harvard."}},

	// Titles.
	{"Mr.", "Mr. Smith said he would resign. Mrs. Jones agreed.",
		[]string{"Mr. Smith said he would resign.", "Mrs. Jones agreed."}},
	{"Gen.", "The troops were led by Gen. David Petraeus.",
		[]string{"The troops were led by Gen. David Petraeus."}},
	{"Sen.", "Sen. John McCain voted against it.",
		[]string{"Sen. John McCain voted against it."}},
	{"Dr. and Prof.", "Dr. Ana Ruiz and Prof. Li Wei wrote it.",
		[]string{"Dr. Ana Ruiz and Prof. Li Wei wrote it."}},
	{"title before a quoted nickname", "He served under Gen. \"Mad Dog\" Mattis.",
		[]string{"He served under Gen. \"Mad Dog\" Mattis."}},
	{"Lt-Gen.", "Lt-Gen. Sir Mike Jackson spoke.",
		[]string{"Lt-Gen. Sir Mike Jackson spoke."}},
	{"St. Petersburg", "He flew to St. Petersburg on Tuesday.",
		[]string{"He flew to St. Petersburg on Tuesday."}},
	{"St. at the end", "The shop is on Main St. The owner is 80.",
		[]string{"The shop is on Main St.", "The owner is 80."}},
	{"Jr.", "Martin Luther King Jr. said it first.",
		[]string{"Martin Luther King Jr. said it first."}},
	{"Jr. at the end", "The speech was by Martin Luther King Jr. It is famous.",
		[]string{"The speech was by Martin Luther King Jr.", "It is famous."}},
	{"Inc. inside", "Shares in Acme Inc. Europe rose.",
		[]string{"Shares in Acme Inc. Europe rose."}},
	{"Inc. at the end", "He joined Acme Inc. The firm makes rockets.",
		[]string{"He joined Acme Inc.", "The firm makes rockets."}},
	{"Co. at the end", "It was sold to Ford Motor Co. Analysts were surprised.",
		[]string{"It was sold to Ford Motor Co.", "Analysts were surprised."}},
	{"etc. at the end", "They sell rice, beans, etc. Prices rose.",
		[]string{"They sell rice, beans, etc.", "Prices rose."}},
	{"vs.", "It was Arsenal vs. Chelsea on Sunday.",
		[]string{"It was Arsenal vs. Chelsea on Sunday."}},

	// Initials.
	{"George W. Bush", "President George W. Bush spoke.",
		[]string{"President George W. Bush spoke."}},
	{"J. R. R. Tolkien", "The book is by J. R. R. Tolkien.",
		[]string{"The book is by J. R. R. Tolkien."}},
	{"J.R.R. Tolkien", "The book is by J.R.R. Tolkien.",
		[]string{"The book is by J.R.R. Tolkien."}},
	{"initial before A", "The poem is by J. A. Smith.",
		[]string{"The poem is by J. A. Smith."}},
	{"Franklin D. Roosevelt", "Franklin D. Roosevelt won in 1932.",
		[]string{"Franklin D. Roosevelt won in 1932."}},

	// Numbers.
	{"decimal", "Growth was 1.5% in May. It slowed.",
		[]string{"Growth was 1.5% in May.", "It slowed."}},
	{"number at the end", "The death toll rose to 12. Rescue teams are still searching.",
		[]string{"The death toll rose to 12.", "Rescue teams are still searching."}},
	{"year at the end", "He joined the firm in 2010. He left in 2014.",
		[]string{"He joined the firm in 2010.", "He left in 2014."}},
	{"decimal at the end", "Inflation was 2.5. The bank held rates.",
		[]string{"Inflation was 2.5.", "The bank held rates."}},
	{"amount at the end", "Profits were $1.4bn. Sales grew.",
		[]string{"Profits were $1.4bn.", "Sales grew."}},
	{"number at the end then number", "Prices rose 5%. 20 people were hurt.",
		[]string{"Prices rose 5%.", "20 people were hurt."}},
	{"thousands", "About 20,000 people marched.",
		[]string{"About 20,000 people marched."}},
	{"time 3.30pm", "The meeting starts at 3.30pm. It ends at 5pm.",
		[]string{"The meeting starts at 3.30pm.", "It ends at 5pm."}},
	{"10 a.m. on Friday", "The vote is at 10 a.m. on Friday.",
		[]string{"The vote is at 10 a.m. on Friday."}},
	{"10 a.m. The", "Polls opened at 10 a.m. The queues were long.",
		[]string{"Polls opened at 10 a.m.", "The queues were long."}},
	{"p.m. before a weekday", "It starts at 7 p.m. Friday and runs late.",
		[]string{"It starts at 7 p.m. Friday and runs late."}},
	{"No. 10", "He went to No. 10 Downing Street.",
		[]string{"He went to No. 10 Downing Street."}},
	{"No. at the end", "She said No. The deal collapsed.",
		[]string{"She said No.", "The deal collapsed."}},
	{"Jan. 5", "It opened on Jan. 5 with a concert.",
		[]string{"It opened on Jan. 5 with a concert."}},
	{"Sept. 11", "The attacks of Sept. 11 changed everything.",
		[]string{"The attacks of Sept. 11 changed everything."}},
	{"Jan. at the end", "The plant closes in Jan. The staff will move.",
		[]string{"The plant closes in Jan.", "The staff will move."}},
	{"numbered point", "1. The first point is cost.",
		[]string{"1. The first point is cost."}},
	{"Elizabeth II.", "The ship was named by Elizabeth II. It sailed in 1969.",
		[]string{"The ship was named by Elizabeth II.", "It sailed in 1969."}},

	// Domains, e-mail addresses, URLs.
	{"domain", "It was reported by elpais.com on Friday.",
		[]string{"It was reported by elpais.com on Friday."}},
	{"domain bbc.co.uk", "Read more at bbc.co.uk every day.",
		[]string{"Read more at bbc.co.uk every day."}},
	{"domain at the end", "Read more at bbc.co.uk. Readers can comment.",
		[]string{"Read more at bbc.co.uk.", "Readers can comment."}},
	{"e-mail", "Write to news@bbc.co.uk with your views.",
		[]string{"Write to news@bbc.co.uk with your views."}},
	{"e-mail at the end", "Write to news@bbc.co.uk. Readers reply daily.",
		[]string{"Write to news@bbc.co.uk.", "Readers reply daily."}},
	{"URL", "See https://www.example.org/news/2021.05.31/story.html for details.",
		[]string{"See https://www.example.org/news/2021.05.31/story.html for details."}},
	{"URL at the end", "See https://www.example.org/a.html. Comments are closed.",
		[]string{"See https://www.example.org/a.html.", "Comments are closed."}},

	// Ellipses.
	{"three dots then capital", "He paused... Then he left.",
		[]string{"He paused...", "Then he left."}},
	{"three dots then lowercase", "He paused... and then he left.",
		[]string{"He paused... and then he left."}},
	{"ellipsis then capital", "He paused… Then he left.",
		[]string{"He paused…", "Then he left."}},
	{"ellipsis then lowercase", "He paused… and left.",
		[]string{"He paused… and left."}},
	{"ellipsis inside a title", "She quit Island Chefs... Cook Or Go Home after two episodes.",
		[]string{"She quit Island Chefs... Cook Or Go Home after two episodes."}},
	{"ellipsis marking a cut", "“Arrivals to places such as… Sri Lanka also rose,” he said.",
		[]string{"“Arrivals to places such as… Sri Lanka also rose,” he said."}},
	{"ellipsis before a quote", "He paused... “We go,” he said.",
		[]string{"He paused...", "“We go,” he said."}},
	{"four dots", "It ended there.... The rest is history.",
		[]string{"It ended there....", "The rest is history."}},
	{"ellipsis in quote", "“We were friends…” Now they are not.",
		[]string{"“We were friends…”", "Now they are not."}},
	{"leading ellipsis", "…and so it ended. Nobody won.",
		[]string{"…and so it ended.", "Nobody won."}},

	// Quotes and brackets.
	{"straight quote ends", "\"We will win,\" he said. \"Nobody doubts it.\" The crowd cheered.",
		[]string{"\"We will win,\" he said.", "\"Nobody doubts it.\"", "The crowd cheered."}},
	{"he said.\" The", "\"It is over,\" he said.\" The crowd left.",
		[]string{"\"It is over,\" he said.\"", "The crowd left."}},
	{"curly quote ends", "“We were friends.” Now they are rivals.",
		[]string{"“We were friends.”", "Now they are rivals."}},
	{"question in quote then lowercase", "“Why?” he asked.",
		[]string{"“Why?” he asked."}},
	{"exclamation in quote then lowercase", "“Stop!” shouted the officer.",
		[]string{"“Stop!” shouted the officer."}},
	{"question in quote then capital", "“Why?” Nobody answered.",
		[]string{"“Why?”", "Nobody answered."}},
	{"period then opening quote", "He was clear. “We stay,” he said.",
		[]string{"He was clear.", "“We stay,” he said."}},
	{"period then guillemet", "Il a parlé. «Nous restons», a-t-il dit.",
		[]string{"Il a parlé.", "«Nous restons», a-t-il dit."}},
	{"single quotes", "'It is done.' The minister left.",
		[]string{"'It is done.'", "The minister left."}},
	{"parenthesis inside", "The firm (founded in 1990) grew. It now has 5,000 staff.",
		[]string{"The firm (founded in 1990) grew.", "It now has 5,000 staff."}},
	{"whole sentence in brackets", "Sales fell. (The figures are provisional.) Shares rose.",
		[]string{"Sales fell.", "(The figures are provisional.)", "Shares rose."}},
	{"period after bracket", "Sales fell (see below). Shares rose.",
		[]string{"Sales fell (see below).", "Shares rose."}},
	{"abbreviation in brackets", "The bank (Barclays Plc.) said so.",
		[]string{"The bank (Barclays Plc.) said so."}},

	// Broken machine translation and scraping.
	{"doubled period", "The union wants a shorter week. . This Monday, the dockers walked out.",
		[]string{"The union wants a shorter week. .", "This Monday, the dockers walked out."}},
	{"stray period before lowercase", "A harvest of 4.2 million. tonnes was recorded.",
		[]string{"A harvest of 4.2 million. tonnes was recorded."}},
	{"missing space", "It closed the harbour.Crews even left their ships.",
		[]string{"It closed the harbour.Crews even left their ships."}},
	{"non-Latin scripts", "Мэр открыл новый мост. Горожане были рады.",
		[]string{"Мэр открыл новый мост.", "Горожане были рады."}},
	{"Chinese", "市长参观了港口。工人们欢迎他。",
		[]string{"市长参观了港口。", "工人们欢迎他。"}},
	{"Arabic question", "هل سيستمر؟ لا أحد يعرف.",
		[]string{"هل سيستمر؟", "لا أحد يعرف."}},

	// Lines inside a paragraph.
	{"hard wrap lowercase", "The minister said the plan\nwould go ahead in May.",
		[]string{"The minister said the plan\nwould go ahead in May."}},
	{"hard wrap after comma", "The minister met Okafor,\nLindqvist and others.",
		[]string{"The minister met Okafor,\nLindqvist and others."}},
	{"hard wrap, sentence ends at line end", "The minister spoke.\nThe crowd left.",
		[]string{"The minister spoke.", "The crowd left."}},
	{"hard wrap after title", "The talks were led by Gen.\nDavid Petraeus.",
		[]string{"The talks were led by Gen.\nDavid Petraeus."}},
	{"hard wrap after U.S.", "Grain shipped to the U.S.\nThe euro fell.",
		[]string{"Grain shipped to the U.S.", "The euro fell."}},
	{"lowercase after period at line end", "A harvest of 4.2 million.\ntonnes was recorded.",
		[]string{"A harvest of 4.2 million.\ntonnes was recorded."}},
	{"headline and byline", "Dockers reject the port's final offer\nBy Helen Marsh",
		[]string{"Dockers reject the port's final offer", "By Helen Marsh"}},
	{"bullet list", "The plan:\n• cut taxes\n• raise spending\n- build homes",
		[]string{"The plan:", "• cut taxes", "• raise spending", "- build homes"}},
	{"CRLF wrap", "The minister spoke.\r\nThe crowd\r\nleft.",
		[]string{"The minister spoke.", "The crowd\r\nleft."}},
	{"indented lines", "  The minister spoke.\n\tThe crowd left.  ",
		[]string{"The minister spoke.", "The crowd left."}},
	{"abbreviation at paragraph end", "Shares in Acme Inc.",
		[]string{"Shares in Acme Inc."}},
	{"Mr. at paragraph end", "It was signed by Mr.",
		[]string{"It was signed by Mr."}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(t, tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parse(%q) sentences:\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestParagraphSentences checks that sentences never cross paragraphs and
// that a paragraph's sentences are where its indexes say.
func TestParagraphSentences(t *testing.T) {
	src := "Dockers seek support\n\nThe talks ended. Both sides left\n\nThe\n\nmood\n\nat the gates is tense. He said so.\n"
	a := mustParse(t, src)
	var got [][]string
	for i := range a.Paragraphs {
		var ss []string
		for _, s := range a.ParagraphSentences(i) {
			ss = append(ss, a.String(s.Span))
		}
		got = append(got, ss)
	}
	want := [][]string{
		{"Dockers seek support"},
		{"The talks ended.", "Both sides left"},
		{"The"},
		{"mood"},
		{"at the gates is tense.", "He said so."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph sentences:\n got  %q\n want %q", got, want)
	}
}

var wordCases = []struct {
	name string
	in   string
	want []string
}{
	{"contraction", "They don't know.", []string{"They", "don't", "know"}},
	{"curly contraction", "They don’t know.", []string{"They", "don’t", "know"}},
	{"possessive", "Okafor's support", []string{"Okafor's", "support"}},
	{"trailing apostrophe", "Wales’ farm subsidies", []string{"Wales", "farm", "subsidies"}},
	{"trailing straight apostrophe", "Wales' farms", []string{"Wales", "farms"}},
	{"decade", "the 1990's boom", []string{"the", "1990's", "boom"}},
	{"quoted word", "the 'reset' policy", []string{"the", "reset", "policy"}},
	{"hyphen", "the ex-president", []string{"the", "ex-president"}},
	{"hyphen with digits", "the COVID-19 crisis", []string{"the", "COVID-19", "crisis"}},
	{"dash", "cost - and more", []string{"cost", "and", "more"}},
	{"double hyphen", "cost--and more", []string{"cost", "and", "more"}},
	{"hyphen at the end", "pre- and post-war", []string{"pre", "and", "post-war"}},
	{"thousands", "20,000 people", []string{"20,000", "people"}},
	{"decimal", "1.5 billion", []string{"1.5", "billion"}},
	{"comma after number", "in 2010, he", []string{"in", "2010", "he"}},
	{"number at sentence end", "rose to 12.", []string{"rose", "to", "12"}},
	{"dotted abbreviation", "the U.S. team", []string{"the", "U", "S", "team"}},
	{"time", "at 3.30pm", []string{"at", "3.30pm"}},
	{"units", "5km and 10 kg and $5bn and 20%", []string{"5km", "and", "10", "kg", "and", "5bn", "and", "20"}},
	{"domain", "elpais.com", []string{"elpais", "com"}},
	{"e-mail", "news@bbc.co.uk", []string{"news", "bbc", "co", "uk"}},
	{"Cyrillic", "Александра Петрова", []string{"Александра", "Петрова"}},
	{"Greek", "Η Αθήνα", []string{"Η", "Αθήνα"}},
	{"accents", "Señor Müller café", []string{"Señor", "Müller", "café"}},
	{"combining accent", "cafe\u0301 noir", []string{"cafe\u0301", "noir"}},
	{"Devanagari", "नमस्ते दुनिया", []string{"नमस्ते", "दुनिया"}},
	{"Chinese", "市长参观了港口。", []string{"市长参观了港口"}},
	{"Arabic", "لا أحد يعرف", []string{"لا", "أحد", "يعرف"}},
	{"hashtag and handle", "#news @bbc", []string{"news", "bbc"}},
	{"quotes and brackets", "“Yes” (no)", []string{"Yes", "no"}},
}

func TestWords(t *testing.T) {
	for _, tc := range wordCases {
		t.Run(tc.name, func(t *testing.T) {
			got := words(t, tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parse(%q) words:\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSentenceWords checks that words go to the sentence that holds them.
func TestSentenceWords(t *testing.T) {
	a := mustParse(t, "Mr. Smith left. “Why?” he asked.\nNobody knew.")
	var got [][]string
	for i := range a.Sentences {
		var ws []string
		for _, w := range a.SentenceWords(i) {
			if w.Sentence != i {
				t.Errorf("word %q: Sentence = %d, want %d", a.String(w.Span), w.Sentence, i)
			}
			ws = append(ws, a.String(w.Span))
		}
		got = append(got, ws)
	}
	want := [][]string{{"Mr", "Smith", "left"}, {"Why", "he", "asked"}, {"Nobody", "knew"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentence words:\n got  %q\n want %q", got, want)
	}
}

// invariantInputs are texts of every shape the model must handle.
var invariantInputs = []string{
	"",
	"\n",
	"\n\n\n",
	" \t \n \u00a0\n",
	"\ufeff",
	"\ufeffThe talks ended.",
	"\ufeff\ufeffThe talks ended.",
	"a",
	".",
	"...",
	"…",
	". . .",
	"“”",
	"\"\"",
	"()",
	"-",
	"A.B.C.D.E.F.G.",
	"Mr. Mr. Mr.",
	"e.g. i.e. etc. U.S. a.m. p.m.",
	"The talks ended.\r\nBoth sides left.\r\n\r\nA new paragraph.\r\n",
	"Lone\rcarriage\rreturns.\r",
	"No final newline",
	"Tabs\tinside\tthe text.\n\tIndented.\n",
	"  \n  Indented paragraph with spaces after.   \n   \n",
	"Word\u200bjoined\u200b by zero-width spaces.",
	"\u2028Line separator\u2029paragraph separator.",
	"Trailing spaces.   \nNext line.   ",
	"?!?! ... ?? !!",
	"“Why?” he asked. “Because.” She left…\n\n(Bracketed.) [Also.] {Too.}",
	"市长参观了港口。工人们欢迎他！真的吗？",
	"cafe\u0301. Ｔｈｅ ｆｕｌｌｗｉｄｔｈ text．",
	"\u0301\u0301 combining marks first.",
	"1. 2. 3. 4.",
	"U.S.\nThe\nU.S.\nthe",
	"end.\u00a0Start.",
	"end.\u3000Start.",
}

func TestInvariants(t *testing.T) {
	var inputs []string
	inputs = append(inputs, invariantInputs...)
	for _, tc := range sentenceCases {
		inputs = append(inputs, tc.in, tc.in+"\n\n"+tc.in, "  "+strings.ReplaceAll(tc.in, " ", "\n")+"\r\n")
	}
	for _, tc := range wordCases {
		inputs = append(inputs, tc.in)
	}
	inputs = append(inputs, newsArticle(2000))
	for _, in := range inputs {
		a, err := Parse("x", []byte(in))
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		if err := checkInvariants(a); err != nil {
			t.Errorf("Parse(%q): %v", in, err)
		}
	}
}

// checkInvariants verifies the structural promises of the model.
func checkInvariants(a *Article) error {
	src := a.Src
	onBoundary := func(off int) bool {
		return off == len(src) || off < len(src) && utf8.RuneStart(src[off])
	}
	validSpan := func(what string, s Span) error {
		if s.Start < a.BodyStart || s.Start > s.End || s.End > len(src) {
			return fmt.Errorf("%s %v out of range [%d, %d]", what, s, a.BodyStart, len(src))
		}
		if !onBoundary(s.Start) || !onBoundary(s.End) {
			return fmt.Errorf("%s %v not on UTF-8 boundaries", what, s)
		}
		return nil
	}
	trimmed := func(s Span) bool {
		if s.Len() == 0 {
			return false
		}
		r, _ := utf8.DecodeRune(src[s.Start:s.End])
		q, _ := utf8.DecodeLastRune(src[s.Start:s.End])
		return !IsSpace(r) && !IsSpace(q)
	}

	// Lines tile the body.
	if len(a.Lines) == 0 {
		return fmt.Errorf("no lines")
	}
	at := a.BodyStart
	for i, l := range a.Lines {
		if err := validSpan(fmt.Sprintf("line %d", i), l.Span); err != nil {
			return err
		}
		if l.Start != at || l.End != l.Break.Start || l.Break.End < l.Break.Start {
			return fmt.Errorf("line %d %+v does not follow offset %d", i, l, at)
		}
		if bytesContain(src[l.Start:l.End], '\n') {
			return fmt.Errorf("line %d holds a newline", i)
		}
		if b := string(src[l.Break.Start:l.Break.End]); b != "\n" && b != "\r\n" && !(b == "" && i == len(a.Lines)-1) {
			return fmt.Errorf("line %d break %q", i, b)
		}
		if l.Text.Start < l.Start || l.Text.End > l.End || l.Text.Start > l.Text.End {
			return fmt.Errorf("line %d text %v outside %v", i, l.Text, l.Span)
		}
		if l.Text.Len() > 0 && !trimmed(l.Text) {
			return fmt.Errorf("line %d text %v not trimmed", i, l.Text)
		}
		at = l.Break.End
	}
	if at != len(src) {
		return fmt.Errorf("lines end at %d, not %d", at, len(src))
	}

	// Paragraphs: sorted runs of non-blank lines, separated by blank ones.
	prevEndLine := 0
	nextSentence := 0
	for i, p := range a.Paragraphs {
		if err := validSpan(fmt.Sprintf("paragraph %d", i), p.Span); err != nil {
			return err
		}
		if !trimmed(p.Span) {
			return fmt.Errorf("paragraph %d %v empty or not trimmed", i, p.Span)
		}
		if p.FirstLine < prevEndLine || p.FirstLine >= p.EndLine || p.EndLine > len(a.Lines) {
			return fmt.Errorf("paragraph %d lines [%d, %d) out of order", i, p.FirstLine, p.EndLine)
		}
		for li := prevEndLine; li < p.FirstLine; li++ {
			if !a.Lines[li].Blank() {
				return fmt.Errorf("line %d is outside every paragraph but not blank", li)
			}
		}
		if i > 0 && p.FirstLine == prevEndLine {
			return fmt.Errorf("paragraphs %d and %d are not separated by a blank line", i-1, i)
		}
		for li := p.FirstLine; li < p.EndLine; li++ {
			if a.Lines[li].Blank() {
				return fmt.Errorf("paragraph %d holds blank line %d", i, li)
			}
		}
		if p.Start != a.Lines[p.FirstLine].Text.Start || p.End != a.Lines[p.EndLine-1].Text.End {
			return fmt.Errorf("paragraph %d span %v does not match its lines", i, p.Span)
		}
		if p.FirstSentence != nextSentence || p.EndSentence <= p.FirstSentence {
			return fmt.Errorf("paragraph %d sentences [%d, %d), want to start at %d and be non-empty", i, p.FirstSentence, p.EndSentence, nextSentence)
		}
		nextSentence = p.EndSentence
		prevEndLine = p.EndLine
	}
	for li := prevEndLine; li < len(a.Lines); li++ {
		if !a.Lines[li].Blank() {
			return fmt.Errorf("line %d is outside every paragraph but not blank", li)
		}
	}
	if nextSentence != len(a.Sentences) {
		return fmt.Errorf("paragraphs cover %d of %d sentences", nextSentence, len(a.Sentences))
	}

	// Sentences: inside their paragraph, sorted, non-overlapping, trimmed;
	// together they hold every non-space character of the paragraph.
	nextWord := 0
	for i, s := range a.Sentences {
		if err := validSpan(fmt.Sprintf("sentence %d", i), s.Span); err != nil {
			return err
		}
		if s.Para < 0 || s.Para >= len(a.Paragraphs) {
			return fmt.Errorf("sentence %d in paragraph %d", i, s.Para)
		}
		p := a.Paragraphs[s.Para]
		if i < p.FirstSentence || i >= p.EndSentence {
			return fmt.Errorf("sentence %d not in its paragraph's range [%d, %d)", i, p.FirstSentence, p.EndSentence)
		}
		if s.Start < p.Start || s.End > p.End {
			return fmt.Errorf("sentence %d %v outside paragraph %v", i, s.Span, p.Span)
		}
		if !trimmed(s.Span) {
			return fmt.Errorf("sentence %d %v %q empty or not trimmed", i, s.Span, a.String(s.Span))
		}
		gapStart := p.Start
		if i > p.FirstSentence {
			prev := a.Sentences[i-1]
			if prev.End > s.Start {
				return fmt.Errorf("sentences %d %v and %d %v overlap or are out of order", i-1, prev.Span, i, s.Span)
			}
			gapStart = prev.End
		}
		if i == p.FirstSentence && s.Start != p.Start {
			return fmt.Errorf("paragraph %d starts at %d but its first sentence at %d", s.Para, p.Start, s.Start)
		}
		if i == p.EndSentence-1 && s.End != p.End {
			return fmt.Errorf("paragraph %d ends at %d but its last sentence at %d", s.Para, p.End, s.End)
		}
		if !allSpace(src[gapStart:s.Start]) {
			return fmt.Errorf("text %q between sentences belongs to none", src[gapStart:s.Start])
		}
		if s.FirstWord != nextWord || s.EndWord < s.FirstWord || s.EndWord > len(a.Words) {
			return fmt.Errorf("sentence %d words [%d, %d), want to start at %d", i, s.FirstWord, s.EndWord, nextWord)
		}
		nextWord = s.EndWord
	}
	if nextWord != len(a.Words) {
		return fmt.Errorf("sentences cover %d of %d words", nextWord, len(a.Words))
	}

	// Words: inside their sentence, sorted, made of word characters at
	// both ends, with no word character just outside them.
	for i, w := range a.Words {
		if err := validSpan(fmt.Sprintf("word %d", i), w.Span); err != nil {
			return err
		}
		if w.Sentence < 0 || w.Sentence >= len(a.Sentences) {
			return fmt.Errorf("word %d in sentence %d", i, w.Sentence)
		}
		s := a.Sentences[w.Sentence]
		if i < s.FirstWord || i >= s.EndWord {
			return fmt.Errorf("word %d not in its sentence's range [%d, %d)", i, s.FirstWord, s.EndWord)
		}
		if w.Start < s.Start || w.End > s.End {
			return fmt.Errorf("word %d %v outside sentence %v", i, w.Span, s.Span)
		}
		if i > 0 && a.Words[i-1].End >= w.Start {
			return fmt.Errorf("words %d and %d touch or overlap", i-1, i)
		}
		if w.Len() == 0 {
			return fmt.Errorf("word %d is empty", i)
		}
		r, _ := utf8.DecodeRune(src[w.Start:w.End])
		q, _ := utf8.DecodeLastRune(src[w.Start:w.End])
		if !IsWordRune(r) || !IsWordRune(q) {
			return fmt.Errorf("word %d %q does not start and end with word characters", i, a.String(w.Span))
		}
		if w.End < len(src) {
			if r, _ := utf8.DecodeRune(src[w.End:]); IsWordRune(r) {
				return fmt.Errorf("word %d %q stops before a word character", i, a.String(w.Span))
			}
		}
	}
	// Every word character of a sentence is in a word.
	wi := 0
	for _, s := range a.Sentences {
		for off := s.Start; off < s.End; {
			r, n := utf8.DecodeRune(src[off:s.End])
			for wi < len(a.Words) && a.Words[wi].End <= off {
				wi++
			}
			if IsWordRune(r) && (wi == len(a.Words) || !a.Words[wi].Contains(off)) {
				return fmt.Errorf("word character %q at %d is in no word", r, off)
			}
			off += n
		}
	}

	// Marks: every character of the body but ASCII letters, digits, spaces
	// and line feeds, in order.
	var marks []int
	for off := a.BodyStart; off < len(src); {
		r, n := utf8.DecodeRune(src[off:])
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == ' ' || r == '\n') {
			marks = append(marks, off)
		}
		off += n
	}
	if !slices.Equal(marks, a.Marks) {
		return fmt.Errorf("marks %v, want %v", a.Marks, marks)
	}
	// Shapes: one per word, from its characters.
	if len(a.Shapes) != len(a.Words) || len(a.Hashes) != len(a.Words) {
		return fmt.Errorf("%d shapes and %d hashes for %d words", len(a.Shapes), len(a.Hashes), len(a.Words))
	}
	for i, w := range a.Words {
		var want WordShape
		for k, c := range src[w.Start:w.End] {
			switch {
			case c >= utf8.RuneSelf:
				want |= NonASCII
				if r, _ := utf8.DecodeRune(src[w.Start+k:]); utf8.RuneStart(c) && !IsWordRune(r) {
					want |= Joined // "’", "‐"
				}
			case 'a' <= c && c <= 'z':
				want |= Lower
			case 'A' <= c && c <= 'Z' && k == 0:
				want |= UpperFirst
			case 'A' <= c && c <= 'Z':
				want |= UpperInner
			case '0' <= c && c <= '9':
				want |= Digit
			default:
				want |= Joined
			}
		}
		if h := WordHash(src[w.Start:w.End]); a.Hashes[i] != h {
			return fmt.Errorf("word %d %q has hash %x, want %x", i, a.String(w.Span), a.Hashes[i], h)
		}
		if a.Shapes[i] != want {
			return fmt.Errorf("word %d %q has shape %b, want %b", i, a.String(w.Span), a.Shapes[i], want)
		}
	}
	return nil
}

func bytesContain(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

func allSpace(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !IsSpace(r) {
			return false
		}
		b = b[n:]
	}
	return true
}

// newsArticle writes a news-like article of about n bytes from sentences
// written for the tests, with the constructions the segmenter must know.
func newsArticle(n int) string {
	paras := []string{
		"Ferry operator seeks state support after a storm closes the northern route",
		"By Maria Lopez in Bergen",
		"Battered by three winter storms, the island's only ferry operator, Nordlys Line, asked the regional government on Friday for emergency aid. Its chief executive spoke to ministers for more than four hours, the company said.",
		"The U.S. and the E.U. have offered technical help to the port. \"We will not stand by,\" Sen. Robert Menendez said at 10 a.m. on Thursday. The repairs cover 20,000 tonnes of breakwater rock, worth about $1.5bn (£1.1bn) in all.",
		"Mr. Halvorsen, who has run the line since the strike of Aug. 9, proposed a loan of 300 million crowns. In 2020 traffic shrank by 0.9%. Growth of 2.5% is forecast for next year, according to the I.M.F.",
		"“It is a symbolic gesture,” said Dr. Anna Petrova, an analyst at the Nordic Transport Institute. “Why now?” she asked. “Because there is nobody else…” Her colleague, J. R. Smith, agreed.",
		"The captain, Erik Sandvik, 46, was praised after the crossing from Tromsø to Harstad was diverted at 12.47pm local time. Passengers wrote to news@example.org and posted at example.com/thanks. The company has not replied.",
		"Opposition leader Ingrid Solberg, who represents the outer islands, said the ministry must act. (She grew up on the route before it was privatised.) Her adviser, Lars Moe, called for talks at No. 10 Harbour Street.",
		"Shares in Nordlys, the ferry operator, are not traded. Its ships may no longer sail after dark. The ban starts on Jan. 5 and applies to all crossings:\n• to Harstad\n• to Narvik\n• to Bodø",
		"Л. Петрова сказала: «Это символический жест». 市长参观了港口。",
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

var segmentDump = flag.String("segment.dump", "", "print the sentences of the named files (shared corpus paths, comma-separated, 'sample' for the seed and every 30th BBC article, or 'all'), one per line")

// TestDumpSentences prints sentences for eyeballing the segmenter on real
// text. It reads the shared corpus in place and does nothing unless
// -segment.dump is given.
func TestDumpSentences(t *testing.T) {
	if *segmentDump == "" {
		t.Skip("use -segment.dump=sample (or a list of files) to print sentences")
	}
	var files []string
	switch *segmentDump {
	case "sample":
		files = sampleFiles(t, 30)
	case "all":
		files = sampleFiles(t, 1)
	default:
		files = strings.Split(*segmentDump, ",")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(f, src)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s\n", f)
		for _, s := range a.Sentences {
			fmt.Printf("%d\t%s\n", s.Para, strings.ReplaceAll(a.String(s.Span), "\n", "⏎"))
		}
	}
}

// sampleFiles is the seed and every step-th BBC article.
func sampleFiles(t testing.TB, step int) []string {
	seed := corpus.Path(t, "seed", corpus.SeedName)
	files := []string{seed}
	_, all := corpus.BBC(t)
	for i := 0; i < len(all); i += step {
		files = append(files, all[i])
	}
	return files
}

// BenchmarkShapes parses awkward text shapes at two sizes. Parse is
// linear when the MB/s of a shape is about the same at 20 KB and 400 KB;
// quadratic work shows as a twentyfold drop. (A benchmark, not a test: a
// test does not time things.)
func BenchmarkShapes(b *testing.B) {
	shapes := []struct{ name, unit string }{
		{"news", newsArticle(4000)},
		{"periods", "a. "},
		{"dotted", "a."},
		{"initials", "J. "},
		{"openers", "("},
		{"opener-after-end", "x. ("},
		{"terminals", "?"},
		{"ellipses", "... "},
		{"closers", "x.\")"},
		{"words", "ab-cd'ef,12.34 "},
		{"no-spaces", "abc"},
		{"lines", "a,\n"},
		{"abbrev-lines", "Gen.\n"},
		{"blank-lines", "a\n\n"},
		{"multibyte", "Петрова… “Да”. "},
	}
	for _, sh := range shapes {
		for _, n := range []int{20_000, 400_000} {
			src := []byte(strings.Repeat(sh.unit, n/len(sh.unit)+1))
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, n/1000), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					if _, err := Parse("x", src); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkParse parses a news article of about 9 KB written for the
// tests. Besides time, it reports allocations per megabyte of input.
func BenchmarkParse(b *testing.B) {
	src := []byte(newsArticle(8000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.txt", src); err != nil {
			b.Fatal(err)
		}
	}
	allocs := testing.AllocsPerRun(10, func() { Parse("bench.txt", src) })
	b.ReportMetric(allocs*(1<<20)/float64(len(src)), "allocs/MB")
}

// BenchmarkParseBBC parses every article of the shared BBC corpus (read in
// place; skipped when absent).
func BenchmarkParseBBC(b *testing.B) {
	_, files := corpus.BBC(b)
	var srcs [][]byte
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			if _, err := Parse("bbc.txt", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}
