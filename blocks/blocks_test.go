package blocks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
)

// A page case is an article written line by line with the role each line
// must get: "F|" furniture, "H|" headline, "S|" standfirst, "L|" lead,
// ".|" any other content; a line without a bar is blank.
type pageCase struct {
	name  string
	lines []string
	// known marks lines (0-based, counting every line) with evidence the
	// caller found.
	known map[int]Evidence
	hints map[int]*Hint
}

const lead = "L|The port of Valencia reopened on Monday after a nine-day strike by dockworkers, who accepted a new shift system after talks that lasted all night."
const prose = ".|The unions said the agreement, which covers some 4,500 workers, would be put to a vote of their members before the end of the month."
const prose2 = ".|Shipping lines had diverted dozens of vessels to other ports in the region, and exporters said the stoppage had cost them millions of euros."

var roleCodes = map[string]Role{"F": Furniture, "H": Headline, "S": Standfirst, "L": Lead, ".": Content}

func runPageCases(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var text strings.Builder
			want := map[int]Role{}
			for i, l := range tc.lines {
				code, body, ok := strings.Cut(l, "|")
				if ok {
					r, known := roleCodes[code]
					if !known {
						t.Fatalf("line %d: unknown role %q", i+1, code)
					}
					want[i] = r
					text.WriteString(body)
				}
				text.WriteByte('\n')
			}
			a, err := article.Parse("test.txt", []byte(text.String()))
			if err != nil {
				t.Fatal(err)
			}
			in := Input{Article: a}
			if tc.known != nil {
				in.Known = make([]Evidence, len(a.Lines))
				for li, ev := range tc.known {
					in.Known[li] = ev
				}
			}
			if tc.hints != nil {
				in.Hints = make([]*Hint, len(a.Lines))
				for li, h := range tc.hints {
					in.Hints[li] = h
				}
			}
			pg := Classify(in, DefaultParams)
			for li := range a.Lines {
				b := pg.Block(li)
				if b == nil {
					if _, ok := want[li]; ok {
						t.Errorf("line %d: no block", li+1)
					}
					continue
				}
				if w := want[li]; b.Role != w && !(w == Content && (b.Role == Lead || b.Role == Standfirst || b.Role == Headline)) {
					t.Errorf("line %d %q: role %s, want %s (%s)", li+1, a.Text(b.Text), roleName(b.Role), roleName(w), pg.Explain(pg.index(li)))
				}
			}
		})
	}
}

func roleName(r Role) string {
	return [...]string{"content", "headline", "standfirst", "lead", "furniture"}[r]
}

// index returns the block index of line li.
func (pg *Page) index(li int) int {
	for i := range pg.Blocks {
		if pg.Blocks[i].Line == li {
			return i
		}
	}
	return -1
}

func TestClassifyCleanArticles(t *testing.T) {
	runPageCases(t, []pageCase{
		{name: "headline and prose", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", prose2}},
		{name: "title-case headline of few words", lines: []string{
			"H|Dockworkers End Strike", "", lead, "", prose}},
		{name: "headline of interface words stays", lines: []string{
			"H|Facebook shares slide", "", lead, "", prose}},
		{name: "standfirst and byline", lines: []string{
			"H|Dockworkers end strike in Valencia",
			"S|Unions accept the new shift system after talks that lasted all night",
			"", ".|By Ana Ruiz, business reporter", "", lead, "", prose}},
		{name: "short headline above a date and a long standfirst", lines: []string{
			"H|Strike ends", "", "F|12 October 2023", "",
			"S|The unions accepted a new shift system after nine days and a night of talks at the ministry",
			"", lead, "", prose},
			known: map[int]Evidence{2: Timestamp}},
		{name: "a kicker with a masthead word", lines: []string{
			"H|Dockworkers end strike in Valencia", "", ".|Good news for dockers", "", ".|By Ana Ruiz", "", lead, "", prose},
			known: map[int]Evidence{2: Masthead}},
		{name: "a name above a short lead", lines: []string{
			"H|Ana Ruiz", "", "S|The port's president will retire in January, aides said.", "", lead, "", prose}},
		{name: "a headline that starts with a brand", lines: []string{
			"F|Skip to content", "", "H|eBay sells charity single", "", lead, "", prose}},
		{name: "subheadings and a quote line", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", ".|A vote this month", "", prose, "",
			`.|"Not a defeat"`, "", prose2}},
		{name: "dateline on its own line", lines: []string{
			"H|Dockworkers end strike in Valencia", "", ".|VALENCIA (Reuters) -", "", lead, "", prose}},
		{name: "list of winners after the prose", lines: []string{
			"H|Dockworkers' choir wins national prize", "", lead, "", prose, "",
			".|Best choir - Valencia Dockworkers", ".|Best soloist - Marta Pons", ".|Best newcomer - The Harbour Singers",
			".|Ana Ruiz (Valencia, Radio 3)", ".|Harbour Voices"}},
		{name: "results table in the middle and at the end", lines: []string{
			"H|Valencia win the dockers' cup", "", lead, "", ".|Results", ".|Valencia 3-1 Bilbao",
			".|Cadiz 0-0 Vigo", "", prose, "", ".|Saturday, 14 October", ".|Valencia v Cadiz (1500 BST)", ".|Bilbao v Vigo (1730 BST)"}},
		{name: "signed quote and bullet points", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", `.|"We have won the right to rest on Sundays."`,
			".|Marta Pons", "", ".|- Shifts of eight hours at most", ".|- Two rest days a week", ".|- A pay rise of 3% in January", "", prose}},
		{name: "transcript with speakers", lines: []string{
			"H|Dockworkers end strike in Valencia", "", ".|[Presenter]", lead, "", ".|[Marta Pons]", prose}},
		{name: "a lead broken by stray line breaks", lines: []string{
			"H|Unions reject pay offer", "", ".|The operators, however, said no to a higher offer.", "", ".|The", "",
			".|walkout of the two unions is a sign of the mood on the quays, where both sides meet again on Monday morning."}},
		{name: "a stray line break after the article", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", ".|The vote of the", "", ".|members is due on Friday"}},
		{name: "sports report with line-ups", lines: []string{
			"H|Valencia beat Bilbao to reach the final", "", lead, "", prose, "",
			".|Valencia: Ruiz, Pons, Garcia, Marti (Soler 75), Vidal, Roca, Ferrer, Mas, Puig, Serra, Vila.",
			".|Subs not used: Sala, Riera.", ".|Booked: Roca.", ".|Goals: Serra 23, Vila 55.", "",
			".|Bilbao: Etxeberria, Agirre, Urrutia, Zubizarreta, Arana, Olano, Goikoetxea, Ibarra, Lasa, Mendia, Otxoa.",
			".|Referee: Juan Mas (Valencia).", ".|Attendance: 41,500"}},
		{name: "quotes in the French style and code in prose", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", ".|« A good sign » and « a step » »",
			"", ".|The fault lay in one line of the port's software, if (ships == 0) return, which nobody had tested before the strike.",
			"", ".|Ships / trucks", "", prose}},
		{name: "no lead: short paragraphs only", lines: []string{
			".|Port strike ends", "", ".|Share prices rose.", "", ".|More news", "", ".|Ana Ruiz"}},
	})
}

func TestClassifyFurniture(t *testing.T) {
	runPageCases(t, []pageCase{
		{name: "masthead, menu and date above the headline", lines: []string{
			"F|Skip to content", "F|Harbour Daily", "F|  • Politics", "F|  • Business", "F|  • Culture", "F|  • Sport",
			"F|Friday, 13 October 2023", "", "H|Dockworkers end strike in Valencia", "", lead, "", prose},
			known: map[int]Evidence{6: Timestamp}},
		{name: "widgets between the headline and the lead", lines: []string{
			"H|Dockworkers end strike in Valencia", "", "F|2023.10.13. PM 12:42", "F|Text size", "F|Print Share Email",
			"F|■ Reporter: Ana Ruiz", "F|* This text was translated automatically and may differ from the original broadcast, please check it.",
			"", lead, "", prose},
			known: map[int]Evidence{2: Timestamp}},
		{name: "byline block with a reading time", lines: []string{
			"H|Dockworkers end strike in Valencia", "S|Unions accept the new shift system after talks that lasted all night",
			"", "F|Ana Ruiz Pons", "F|3 min read", "", lead, "", prose}},
		{name: "address block above the headline", lines: []string{
			"F|Postal Address", "", "F|12 Harbour Road", "F|Valencia, VA 46001", "", "H|Dockworkers end strike in Valencia", "", lead, "", prose}},
		{name: "footer after the article", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", "F|Source link", "", "F|Related Posts", "",
			"F|Back to top", "F|en_GBEnglish"}},
		{name: "comment form after the article", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", "F|Leave a Comment", "F|Name", "F|Email", "F|Website"}},
		{name: "label and a disclaimer after a web address", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", "F|Original: www.harbour-news.example.com/strike/123",
			"F|Statement: This article represents only the views of its author."}},
		{name: "untranslated footer labels", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", "F|LE NOTIZIE", "F|Lascia la tua opinione", "F|Scrivi a noi"}},
		{name: "hashtags, breadcrumb and separators", lines: []string{
			"F|Home » World » Europe", "", "H|Dockworkers end strike in Valencia", "", "F|Valencia • EFE", "", lead, "",
			"F|#Valencia #strike #port", "", prose}},
		{name: "fused breadcrumb", lines: []string{
			"F|HomeEuropeDockworkers end strike...", "", "H|Dockworkers end strike in Valencia", "", lead, "", prose}},
		{name: "breadcrumb ending in the headline", lines: []string{
			"F|Home Europe Dockworkers end strike in Valencia", "", "H|Dockworkers end strike in Valencia", "", lead, "", prose}},
		{name: "script code in the middle", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", "F|slots.push({", "F|code: 'port_news_1',", "F|sizes: [[300, 250]]",
			"F|});", "", prose}},
		{name: "byline with a date and a site", lines: []string{
			"H|Dockworkers end strike in Valencia", "", "F|by Editor of harbour-news.example.com October 13, 2023", "", lead, "", prose}},
		{name: "a share bar and a short line between furniture", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", "F|Share", "F|Tweet", "F|Opinion", "F|Newsletter",
			"F|Subscribe", "", prose2}},
		{name: "one interface word in the middle is a subheading", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", prose, "", ".|Shares", "", prose2}},
	})
}

func TestClassifyKnownAndHints(t *testing.T) {
	runPageCases(t, []pageCase{
		{name: "known evidence is furniture wherever it stands", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", "F|Most read", "", prose},
			known: map[int]Evidence{4: Related}},
		{name: "a navigation element", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", "F|Ports and shipping", "", prose},
			hints: map[int]*Hint{4: {Element: "nav", LinkDensity: -1}}},
		{name: "a line that is mostly link text", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", "F|Ports and shipping", "", prose},
			hints: map[int]*Hint{4: {LinkDensity: 0.9}}},
		{name: "class words", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", "F|Send this to a friend", "", prose},
			hints: map[int]*Hint{4: {LinkDensity: -1, ClassWords: []string{"social", "share"}}}},
		{name: "a paragraph element is no evidence", lines: []string{
			"H|Dockworkers end strike in Valencia", "", lead, "", ".|Ports and shipping", "", prose},
			hints: map[int]*Hint{4: {Element: "p", LinkDensity: 0.1}}},
	})
}

func TestFigcaptionHintIsCredit(t *testing.T) {
	a, err := article.Parse("t", []byte("Dockworkers at the gate on Wednesday\n"))
	if err != nil {
		t.Fatal(err)
	}
	pg := Classify(Input{Article: a, Hints: []*Hint{{Element: "figcaption", LinkDensity: -1}}}, DefaultParams)
	if b := pg.Block(0); b.Role != Furniture || b.Why&Credit == 0 {
		t.Errorf("a figcaption line: role %s, evidence %b", roleName(b.Role), b.Why)
	}
}

func TestExplain(t *testing.T) {
	text := "Skip to content\nHarbour Daily\n  • Politics\n  • Business\n  • Culture\n\nDockworkers end strike in Valencia\n\n" +
		lead[2:] + "\n\n" + prose[2:] + "\n\nSource link\n\n#port #strike\n"
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	pg := Classify(Input{Article: a}, DefaultParams)
	want := map[int]string{
		0:  "a short line of words of a site's interface (skip, content), one of a run of 5 such lines above the headline",
		2:  "a menu item (one of three or more bulleted one- to three-word lines), one of a run of 5 such lines above the headline",
		12: "a short line of words of a site's interface (source, link), after the end of the article",
		14: "a line of hashtags",
	}
	for li, w := range want {
		if got := pg.Explain(pg.index(li)); got != w {
			t.Errorf("line %d: %q\n want %q", li+1, got, w)
		}
	}
	if got := pg.Explain(pg.index(6)); got != "" {
		t.Errorf("the headline is explained as furniture: %q", got)
	}
}
