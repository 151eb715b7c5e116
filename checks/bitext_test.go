package checks

import (
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/marks"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// A bitextCase is a source text and its translation, with the expected
// findings' ranges marked in the translation with ⟦ ⟧ (see checkCase).
// lang is the source's language; the translation is in English unless
// target says otherwise.
type bitextCase struct {
	name, lang, src, in string
	target              string
}

// runBitext runs one check over a translation with its source and returns
// the findings.
func runBitext(t testing.TB, id, srcLang, src, tgtLang, text string, params map[string]any) (*article.Article, *article.Article, []rules.Finding) {
	t.Helper()
	sa, err := article.Parse("source.txt", []byte(src))
	if err != nil {
		t.Fatalf("parse source: %v", err)
	}
	ta, err := article.Parse("test.txt", []byte(text))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	sl, ok := lang.Parse(srcLang)
	if !ok {
		t.Fatalf("unknown language %q", srcLang)
	}
	tl, ok := lang.Parse(tgtLang)
	if !ok {
		t.Fatalf("unknown language %q", tgtLang)
	}
	cfg := rules.Config{Disable: []string{"all"}, Enable: []string{id}}
	if params != nil {
		cfg.Params = map[string]map[string]any{id: params}
	}
	e, err := Registry().NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.RunBitext(ta, rules.NewBitext(sa, ta, sl, tl))
	if err != nil {
		t.Fatal(err)
	}
	return sa, ta, fs
}

func runBitextCases(t *testing.T, id string, params map[string]any, cases []bitextCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text, want := marks.Strip(t, tc.in)
			target := tc.target
			if target == "" {
				target = "en"
			}
			sa, a, got := runBitext(t, id, tc.lang, tc.src, target, text, params)
			var gotSpans []article.Span
			for _, f := range got {
				gotSpans = append(gotSpans, f.Span)
				if f.Source == nil {
					t.Errorf("%s finding without a source range: %s", f.Rule, f.Message)
				}
			}
			if !marks.Equal(gotSpans, want) {
				t.Errorf("findings differ\n text: %q\n got:  %s\n want: %s", text, marks.Describe(a, gotSpans), marks.Describe(a, want))
			}
			if t.Failed() || testing.Verbose() {
				for _, f := range got {
					src := ""
					if f.Source != nil {
						src = sa.String(*f.Source)
					}
					t.Logf("  %d-%d %s: %s [source %q]", f.Start, f.End, f.Severity, f.Message, src)
				}
			}
		})
	}
}

// TestBitextNeedsSource: without a source the bitext checks do not run,
// and with one the monolingual checks find what they found before.
func TestBitextNeedsSource(t *testing.T) {
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "The plan will cost 1.2 billion euros , the minister said.\n"
	a, _ := article.Parse("t.txt", []byte(text))
	mono, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range mono {
		if strings.HasPrefix(f.Rule, "bitext/") {
			t.Errorf("bitext finding without a source: %s", f.Message)
		}
	}
	sa, _ := article.Parse("s.txt", []byte("El plan costará 1.500 millones de euros, dijo el ministro.\n"))
	es, _ := lang.Parse("es")
	both, err := e.RunBitext(a, rules.NewBitext(sa, a, es, lang.English))
	if err != nil {
		t.Fatal(err)
	}
	var rest []rules.Finding
	bitext := 0
	for _, f := range both {
		if strings.HasPrefix(f.Rule, "bitext/") {
			bitext++
		} else {
			rest = append(rest, f)
		}
	}
	if bitext == 0 {
		t.Errorf("no bitext finding for the changed amount")
	}
	if len(rest) != len(mono) {
		t.Errorf("monolingual findings differ with a source: %d, without: %d", len(rest), len(mono))
	}
}

func TestBitextNumber(t *testing.T) {
	runBitextCases(t, "bitext/number", nil, []bitextCase{
		// Changed numbers.
		{name: "amount changed", lang: "es",
			src: "El Gobierno destinará 1.500 millones de euros a la reforma de los hospitales.",
			in:  "The government will allocate ⟦1.2 billion⟧ euros to the reform of hospitals."},
		{name: "count changed", lang: "fr",
			src: "Au moins 27 personnes ont été blessées lors de l'explosion, selon les pompiers.",
			in:  "At least ⟦72⟧ people were injured in the explosion, according to firefighters."},
		{name: "percentage changed", lang: "de",
			src: "Die Arbeitslosigkeit sank im März auf 5,4 Prozent.",
			in:  "Unemployment fell to ⟦4.5%⟧ in March."},
		{name: "date changed", lang: "es",
			src: "La votación se celebrará el 3 de mayo en el Congreso.",
			in:  "The vote will be held on ⟦March⟧ 3 in Congress."},
		{name: "number in words changed", lang: "ru",
			src: "В результате аварии пострадали 15 человек.",
			in:  "⟦Five⟧ people were injured in the accident."},
		{name: "Chinese amount changed", lang: "zh",
			src: "该项目总投资达3.5亿元。",
			in:  "The project has a total investment of ⟦35 million⟧ yuan."},
		// Numbers lost or made up.
		{name: "number missing", lang: "fr",
			src: "Le gouvernement a promis 12 000 nouveaux logements sociaux d'ici 2027.",
			in:  "⟦The government promised new social housing by 2027.⟧"},
		{name: "number added", lang: "es",
			src: "La empresa despedirá a parte de su plantilla el próximo año.",
			in:  "The company will lay off ⟦300⟧ of its staff next year."},
		// The same numbers, written the other language's way.
		{name: "billions and millions", lang: "es",
			src: "El déficit alcanzó los 1.500 millones de dólares, un 20 % más que en 2022.",
			in:  "The deficit reached $1.5 billion, 20% more than in 2022."},
		{name: "decimal comma", lang: "de",
			src: "Die Wirtschaft wuchs um 1,5 Prozent; 1.500 Firmen meldeten Insolvenz an.",
			in:  "The economy grew by 1.5 per cent; 1,500 companies filed for insolvency."},
		{name: "dates and times", lang: "de",
			src: "Das Treffen beginnt am 3. Mai um 15.30 Uhr im Rathaus.",
			in:  "The meeting begins on May 3 at 3.30pm at the town hall."},
		{name: "spaces in French numbers", lang: "fr",
			src: "La ville compte 2 300 000 habitants et 14,5 % de chômeurs.",
			in:  "The city has 2.3 million inhabitants and 14.5% unemployed."},
		{name: "Chinese ten thousands and percent", lang: "zh",
			src: "去年共有3.5万人参加，比前年增长百分之二十。",
			in:  "Last year 35,000 people took part, 20 percent more than the year before."},
		{name: "spelled-out and digits", lang: "es",
			src: "Tres ministros y 20 diputados votaron en contra.",
			in:  "Three ministers and twenty MPs voted against."},
		{name: "Russian thousands", lang: "ru",
			src: "На митинг пришли около 2 тыс. человек, сообщила полиция 5 марта.",
			in:  "About 2,000 people came to the rally, police said on March 5."},
		{name: "decades and centuries", lang: "es",
			src: "En los años 90, a finales del siglo XX, la ciudad tenía dos universidades.",
			in:  "In the 1990s, at the end of the 20th century, the city had two universities."},
		{name: "codes are not numbers", lang: "fr",
			src: "Les pays du G7 ont évoqué le COVID-19 et le vol MH17.",
			in:  "The G7 countries discussed COVID-19 and flight MH17."},
		{name: "number in the next sentence", lang: "es",
			src: "El alcalde lo anunció el lunes. La obra costará 40 millones y durará dos años.",
			in:  "The mayor announced it on Monday, saying the work will cost 40 million. It will last two years."},
		{name: "paraphrased small numbers are not reported", lang: "es",
			src: "Los dos países firmaron el acuerdo.",
			in:  "Both countries signed the agreement."},
	})
}

func TestBitextNumberChangedOnly(t *testing.T) {
	runBitextCases(t, "bitext/number", map[string]any{"changed-only": true}, []bitextCase{
		{name: "missing number not reported", lang: "fr",
			src: "Le gouvernement a promis 12 000 nouveaux logements sociaux d'ici 2027.",
			in:  "The government promised new social housing by 2027."},
		{name: "changed number reported", lang: "fr",
			src: "Le gouvernement a promis 12 000 nouveaux logements sociaux d'ici 2027.",
			in:  "The government promised ⟦21,000⟧ new social housing units by 2027."},
	})
}

// A French article about a flood and its English translation, paragraph
// by paragraph, for the omission and addition tests.
var floodFR = []string{
	"Inondations dans le Gard : 300 personnes évacuées",
	"Les pluies torrentielles qui se sont abattues dimanche sur le Gard ont contraint les autorités à évacuer quelque 300 habitants. Le préfet, Jérôme Bonnet, a déclenché le plan Orsec dans la matinée. Selon Météo-France, il est tombé jusqu'à 250 millimètres d'eau en douze heures à Alès.",
	"Une centaine de pompiers ont été mobilisés. « La situation reste très tendue sur les bords du Gardon », a déclaré le commandant Pierre Lassalle lors d'un point presse.",
	"Les écoles de 24 communes resteront fermées lundi. La SNCF a interrompu la circulation des trains entre Nîmes et Alès jusqu'à nouvel ordre.",
	"Le ministre de l'Intérieur doit se rendre sur place mardi.",
}

var floodEN = []string{
	"Floods in the Gard: 300 people evacuated",
	"Torrential rain that fell on the Gard on Sunday forced the authorities to evacuate some 300 residents. The prefect, Jérôme Bonnet, triggered the Orsec emergency plan in the morning. According to Météo-France, up to 250 millimetres of rain fell in twelve hours in Alès.",
	"About a hundred firefighters were deployed. \"The situation remains very tense along the banks of the Gardon,\" commander Pierre Lassalle told a press briefing.",
	"Schools in 24 municipalities will remain closed on Monday. SNCF has suspended trains between Nîmes and Alès until further notice.",
	"The interior minister is due to visit the area on Tuesday.",
}

func joinParas(ps ...string) string { return strings.Join(ps, "\n\n") + "\n" }

func TestBitextOmission(t *testing.T) {
	src := joinParas(floodFR...)
	p1 := strings.SplitAfter(floodEN[1], ". ")
	runBitextCases(t, "bitext/omission", nil, []bitextCase{
		{name: "clean translation", lang: "fr", src: src, in: joinParas(floodEN...)},
		{name: "sentence dropped", lang: "fr", src: src,
			in: joinParas(floodEN[0], p1[0]+strings.TrimSpace(p1[1])+"⟦⟧", floodEN[2], floodEN[3], floodEN[4])},
		{name: "paragraph dropped", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], floodEN[2]+"⟦⟧", floodEN[4])},
		{name: "orphaned paragraph and a residue line", lang: "fr", src: src,
			in: joinParas(floodEN[0], "Torrential", strings.TrimPrefix(floodEN[1], "Torrential "), "Advertisement", floodEN[2], floodEN[3], floodEN[4])},
		{name: "last paragraph dropped", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], floodEN[2], floodEN[3]+"⟦⟧")},
		{name: "two sentences translated as one", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], floodEN[2], "Schools in 24 municipalities will remain closed on Monday, and SNCF has suspended trains between Nîmes and Alès until further notice.", floodEN[4])},
		{name: "not this article's source", lang: "fr", src: src,
			in: "⟦⟧The central bank kept its key rate unchanged on Thursday.\n\nEconomists had expected the decision after inflation slowed for a third month.\n\nThe bank will publish new forecasts in March, its governor said.\n\nMarkets barely moved.\n"},
	})
}

func TestBitextAddition(t *testing.T) {
	src := joinParas(floodFR...)
	runBitextCases(t, "bitext/addition", nil, []bitextCase{
		{name: "clean translation", lang: "fr", src: src, in: joinParas(floodEN...)},
		{name: "injected related link", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], "⟦Read also: Storm Ciarán left 1.2 million homes without power in Brittany and Normandy in 2023⟧", floodEN[2], floodEN[3], floodEN[4])},
		{name: "sentence made up", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], floodEN[2], floodEN[3]+" ⟦In 2002, the same river flooded 299 towns across the south of France and claimed 23 lives, according to official records.⟧", floodEN[4])},
		{name: "orphaned paragraph is not an addition", lang: "fr", src: src,
			in: joinParas(floodEN[0], "Torrential", strings.TrimPrefix(floodEN[1], "Torrential "), floodEN[2], floodEN[3], floodEN[4])},
		{name: "paragraph made up", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], floodEN[2], "⟦Residents of low-lying neighbourhoods were told to move their cars to higher ground and to keep their phones charged. Volunteers opened two shelters in gymnasiums on the edge of the town.⟧", floodEN[3], floodEN[4])},
		{name: "short unsourced line is left to the residue checks", lang: "fr", src: src,
			in: joinParas(floodEN[0], "By our correspondent", floodEN[1], floodEN[2], floodEN[3], floodEN[4])},
		{name: "short residue line the residue checks flag", lang: "fr", src: src,
			in: joinParas(floodEN[0], floodEN[1], "⟦Share this article⟧", floodEN[2], floodEN[3], floodEN[4])},
	})
}

// TestBitextAdditionResidue: the message says when a residue check
// reports the same text.
func TestBitextAdditionResidue(t *testing.T) {
	text := joinParas(floodEN[0], floodEN[1], "Share this article", floodEN[2], floodEN[3], floodEN[4])
	_, _, fs := runBitext(t, "bitext/addition", "fr", joinParas(floodFR...), "en", text, nil)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "residue/site-chrome agrees") {
		for _, f := range fs {
			t.Logf("%s", f.Message)
		}
		t.Fatalf("want one finding saying residue/site-chrome agrees, got %d", len(fs))
	}
}

func TestBitextUntranslated(t *testing.T) {
	runBitextCases(t, "bitext/untranslated", nil, []bitextCase{
		{name: "clause left in Spanish", lang: "es",
			src: "El Gobierno no negociará con los sindicatos hasta que termine la huelga.",
			in:  "The government ⟦no negociará con los sindicatos⟧ until the strike ends."},
		{name: "whole sentence left in French", lang: "fr",
			src: "Le maire a démissionné. Il restera en poste jusqu'à la fin du mois.",
			in:  "The mayor has resigned. ⟦Il restera en poste jusqu'à la fin du mois.⟧"},
		{name: "short sentence copied whole", lang: "es",
			src: "Gracias a todos.",
			in:  "⟦Gracias a todos.⟧"},
		{name: "German clause", lang: "de",
			src: "Die Regierung will die Steuern senken, aber nicht vor der Wahl im Herbst.",
			in:  "The government wants to cut taxes, ⟦aber nicht vor der Wahl⟧ in the autumn."},
		{name: "Russian left in Cyrillic is untranslated/script's", lang: "ru",
			src: "Министр заявил, что переговоры продолжатся в понедельник.",
			in:  "The minister said переговоры продолжатся в понедельник."},
		{name: "names and numbers are copied by design", lang: "es",
			src: "El Banco de España y el Partido Popular publicaron el informe el 3 de marzo de 2024.",
			in:  "The Banco de España and the Partido Popular published the report on 3 March 2024."},
		{name: "quoted title", lang: "es",
			src: "La canción «La vida es un carnaval» sonó en el estadio.",
			in:  "The song \"La vida es un carnaval\" played in the stadium."},
		{name: "clean translation", lang: "fr",
			src: "Le projet de loi sera examiné par le Sénat la semaine prochaine.",
			in:  "The bill will be examined by the Senate next week."},
	})
}

func TestBitextName(t *testing.T) {
	runBitextCases(t, "bitext/name", nil, []bitextCase{
		{name: "name misspelt", lang: "es",
			src: "La presidenta madrileña, Isabel Díaz Ayuso, criticó el plan.",
			in:  "The Madrid president, Isabel Díaz ⟦Ayusa⟧, criticised the plan."},
		{name: "URL changed", lang: "fr",
			src: "Les résultats sont publiés sur www.interieur.gouv.fr dès 20 heures.",
			in:  "The results are published on ⟦www.interieur.gouv.com⟧ from 8pm."},
		{name: "handle missing", lang: "es",
			src: "El club lo anunció en su cuenta @RealBetis esta mañana.",
			in:  "⟦The club announced it on its account this morning.⟧"},
		{name: "exonym kept in the source's spelling", lang: "es",
			src: "El presidente viajará a Londres el jueves.",
			in:  "The president will travel to ⟦Londres⟧ on Thursday."},
		// Silence: the same names, spelt the target's way.
		{name: "accents dropped", lang: "es",
			src: "El ministro, José Luis Escrivá, defendió la reforma.",
			in:  "The minister, Jose Luis Escriva, defended the reform."},
		{name: "transliteration and case endings", lang: "ru",
			src: "Встреча Путина и Зеленского в Стамбуле не состоялась.",
			in:  "The meeting between Putin and Zelensky in Istanbul did not take place."},
		{name: "exonyms", lang: "de",
			src: "Die Kanzlerin reiste von Moskau nach Peking.",
			in:  "The chancellor travelled from Moscow to Beijing."},
		{name: "translated institutions are not names", lang: "es",
			src: "El Gobierno y el Congreso de los Diputados aprobaron la ley.",
			in:  "The government and the Congress of Deputies passed the law."},
		{name: "an undecidable mismatch is silence", lang: "fr",
			src: "Le porte-parole, Olivier Véran, a répondu aux questions.",
			in:  "The spokesman answered questions."},
		{name: "German nouns are not names", lang: "de",
			src: "Die Regierung hat das Gesetz im Bundestag eingebracht.",
			in:  "The government introduced the law in the Bundestag."},
	})
}

func TestBitextQuotes(t *testing.T) {
	runBitextCases(t, "bitext/quotes", nil, []bitextCase{
		{name: "closing quote lost", lang: "es",
			src: "«No vamos a ceder», dijo la ministra. El sindicato respondió con una huelga.",
			in:  "⟦\"⟧We will not give in, the minister said. The union responded with a strike."},
		{name: "bracket left open", lang: "fr",
			src: "La réforme (adoptée en mars) entre en vigueur lundi.",
			in:  "The reform ⟦(⟧adopted in March comes into force on Monday."},
		{name: "quotation marks lost", lang: "de",
			src: "Der Minister nannte den Plan „unverantwortlich“ und verließ den Saal.",
			in:  "⟦The minister called the plan irresponsible and left the room.⟧"},
		{name: "other quote styles", lang: "de",
			src: "„Wir sind bereit“, sagte sie. Die Gespräche (in Genf) beginnen morgen.",
			in:  "\"We are ready,\" she said. The talks (in Geneva) begin tomorrow."},
		{name: "quotation over several sentences", lang: "fr",
			src: "« Nous avons tout essayé. Rien n'a marché. » Le maire est las.",
			in:  "\"We tried everything. Nothing worked.\" The mayor is weary."},
		{name: "sentence break moved", lang: "es",
			src: "«Es un error», afirmó. «Lo pagaremos caro».",
			in:  "\"It is a mistake,\" he said, \"and we will pay dearly for it.\""},
		{name: "Chinese quotes", lang: "zh",
			src: "他说：“我们会继续努力。”",
			in:  "He said: \"We will keep trying.\""},
		{name: "German quotes: the opening mark never closed, not the nested pair", lang: "es", target: "de",
			src: "«Vamos a ir», dijo, «mañana», y el ministro se fue a casa.",
			in:  "⟦„⟧Wir gehen, sagte er, „morgen“, und der Minister ging nach Hause."},
	})
}

// exampleSource pairs a bitext check's example with the check's Source
// (nil for the other checks).
func exampleSource(t testing.TB, c *rules.Check, a *article.Article) *rules.Bitext {
	if !c.Bitext {
		return nil
	}
	sa, err := article.Parse("source", []byte(c.Source))
	if err != nil {
		t.Fatal(err)
	}
	l, ok := lang.Parse(c.SourceLang)
	if !ok || c.Source == "" {
		t.Fatalf("%s: a bitext check needs a Source example and its SourceLang", c.ID)
	}
	return rules.NewBitext(sa, a, l, lang.English)
}

func TestBitextQuotedNames(t *testing.T) {
	runBitextCases(t, "bitext/quotes", nil, []bitextCase{
		{name: "quoted team name", lang: "ru",
			src: "«Спартак» обыграл «Динамо» со счётом 2:0.",
			in:  "Spartak beat Dynamo 2-0."},
		{name: "quoted storm name", lang: "zh",
			src: "台风“海葵”登陆广东。",
			in:  "Typhoon Haikui made landfall in Guangdong."},
		{name: "quoted newspaper", lang: "es",
			src: "Lo publicó el diario «El País» el lunes.",
			in:  "The newspaper El País published it on Monday."},
	})
}

func TestBitextNameTransliterated(t *testing.T) {
	runBitextCases(t, "bitext/name", nil, []bitextCase{
		{name: "city transliterated, not translated", lang: "ru",
			src: "Переговоры пройдут в Москве в понедельник.",
			in:  "The talks will take place in ⟦Moskva⟧ on Monday."},
		{name: "bare domain changed", lang: "ru",
			src: "Расписание опубликовано на сайте mosmetro.ru.",
			in:  "The timetable is published on the website ⟦mosmetro.com⟧."},
	})
}
