package checks

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/internal/corpus"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/rules"
)

// The fragment tests load lingua-go models for English and the languages
// of their fragments once per test process (lang shares detectors process
// wide); they take about a second on top of the other checks' tests.

var (
	untranslatedTrace   = flag.Bool("untranslated.trace", false, "print every span untranslated/fragment sends to lingua-go")
	untranslatedMeasure = flag.Bool("untranslated.measure", false, "measure model load time and peak memory on a text with fragments in five languages")
)

var traceOnce sync.Once

func traceUntranslated(t testing.TB) {
	traceOnce.Do(func() {
		if *untranslatedTrace {
			traceFragment = func(text string, set lang.Set, v lang.Verdict, evidence, target float32) {
				fmt.Printf("untranslated: %q set=%s evidence=%.2f target=%.2f -> %v\n", text, set, evidence, target, v)
			}
		}
	})
}

// cleanNamesProse is English news full of foreign names, titles and loan
// phrases: no fragment finding, and no language model loaded.
const cleanNamesProse = `MADRID (Reuters) - Real Madrid beat Barcelona 2-1 on Sunday to go top of La Liga, with Vinícius Júnior scoring twice at the Santiago Bernabéu.

Deutsche Bank said on Thursday it would cut 3,500 jobs. The bank's chief executive, Christian Sewing, told analysts that costs were "under control".

The Partido Popular, led by Alberto Núñez Feijóo, won the most seats but fell short of a majority in the Congreso de los Diputados.

Le Monde reported that President Emmanuel Macron would address the nation. A spokesperson for the Élysée Palace declined to comment.

Los Angeles police said the suspect, José García, 34, had been arrested in Santa Mónica.

The coup d'état in 1973 was a fait accompli within hours; the junta became the de facto government. Critics called the era a Sturm und Drang of modern politics.

The film, La dolce vita, was restored and shown at Venice alongside the novel Cien años de soledad and the series La casa de papel.

European Commission President Ursula von der Leyen met Brazil's finance minister, Ana Paula da Silva Moreira, in Brasília on Monday.

The Banco de España cut its forecast, while the Instituto Nacional de Estadística said prices rose 3.2% in May.

Bayern München and Paris Saint-Germain meet in the Champions League final in Munich on 31 May.

The café owner, a naïve protégé of the chef, served crème brûlée and a rosé at the soirée.

He was persona non grata in Moscow, and the decision was, per se, a non sequitur.

Angela Merkel's government, known for its Realpolitik, faced a Zeitgeist of Angst.

The slogan "Make America Great Again" appeared on hats sold outside the venue, alongside "Je suis Charlie" badges.

The Corriere della Sera and La Repubblica both led with the story; Il Fatto Quotidiano did not.

Many will die if the war goes on, and the man who sold the hat said so. The pro-democracy campaigners came via the ring road.

The dish, pan con tomate, is a staple in Catalonia, and the tapas bar also sells jamón ibérico.

She studied at the Universidade de São Paulo and the École Normale Supérieure; her brother joined Atlético de Madrid.

Dr Ana de la Fuente, a professor at the Universidad Complutense, called the plan "un desastre".

"It's a bit of a mess," he admitted, reading from notes. "But we'll get there."

The e-mail address, info@elpais.es, was listed on www.lamoncloa.gob.es until 1 June 2024.`

// The mixed-language paragraphs: English news with fragments left in the
// source language.
var fragmentCases = []checkCase{
	{name: "Spanish sentence", in: "Spain's government said on Tuesday that talks with the unions had stalled. ⟦El Gobierno no negociará con los sindicatos hasta que termine la huelga general.⟧ The strike, now in its third week, has closed ports across the country."},
	{name: "Spanish sentence with a comma", in: "Officials confirmed that the bridge would reopen in March. ⟦Según el ayuntamiento, las obras costaron 12 millones de euros.⟧"},
	{name: "French quotation", in: `The mayor of Paris told reporters: "⟦Nous ne céderons pas face à la violence⟧." Police arrested 14 people overnight.`},
	{name: "French clause in a quotation", in: `Residents said the mayor had promised them, in his words, "⟦une ville plus propre et plus sûre⟧", but nothing had changed.`},
	{name: "German sentence", in: "Chancellor Olaf Scholz promised swift action. ⟦Die Regierung hat am Montag ein neues Gesetz beschlossen, das die Mieten begrenzen soll.⟧ Critics said it came too late."},
	{name: "German fragment, three words", in: `Police said the man shouted "⟦wir werden gewinnen⟧" before his arrest.`},
	{name: "famous phrases are loan phrases", in: "Merkel's famous phrase, wir schaffen das, was repeated by protesters, as was Kennedy's ich bin ein Berliner."},
	{name: "Portuguese parenthesis", in: "In Lisbon, the opposition accused the minister of hiding the figures (⟦a reforma da previdência foi aprovada sem debate⟧) and demanded an inquiry."},
	{name: "Portuguese fragment, four words", in: `The ruling party called the result "⟦uma vitória da democracia⟧" and thanked voters.`},
	{name: "Italian sentence", in: "Italy's prime minister said the reform was ready. ⟦Il governo ha detto che la riforma è pronta per il voto in Parlamento.⟧"},
	{name: "Italian fragment, four words", in: "The coach admitted the team had played badly (⟦non abbiamo giocato bene⟧) and apologised to fans."},
	{name: "Spanish fragment without quotes", in: "Protesters shouted ⟦que se vayan todos⟧ as the motorcade passed."},
	{name: "Spanish fragment, four words", in: `The police chief said the suspects were "⟦muy peligrosos y armados⟧".`},
	{name: "Spanish link label", in: "The vote is expected on Friday.\n\n⟦LEER MÁS⟧:\n\nPrices rose again in May."},
	{name: "French link label with headline", in: "⟦LIRE AUSSI : La réforme des retraites adoptée⟧\n\nThe government won the vote by 12 seats."},
	{name: "Dutch fragment", in: `The statement ended with the words "⟦het is nog niet voorbij⟧".`},
	{name: "Polish quotation", in: `The newspaper's headline, "⟦Polska nie zgadza się na to⟧", summed up the mood in Warsaw.`},
	{name: "Turkish quotation", in: `Erdoğan told supporters that "⟦bu mücadele daha bitmedi⟧" before leaving the stage.`},
	{name: "Russian is the script check's", in: `The Kremlin spokesman said Moscow was "не заинтересована в эскалации" of the conflict.`},
	{name: "Chinese is the script check's", in: "Chinese state media said the talks were 非常成功 and would continue."},
	{name: "quoted title after a work noun", in: `The Netflix series "La casa de papel" and the novel "Cien años de soledad" topped the lists.`},
	{name: "sentence-case title after a name", in: "Fans of the show watched La casa de papel in record numbers."},
	{name: "title opening on a capital", in: "Her memoir Vivir para contarla y otros cuentos was a bestseller in Colombia."},
	{name: "song title", in: `The single "Tití me preguntó" and the album "Un verano sin ti" broke streaming records.`},
	{name: "lowercase particles in English names", in: "The rally in the Plaza de la Independencia was led by Carlos de la Torre and Marie de Villepin."},
	{name: "English with Romance loanwords", in: "The fiesta ended with a siesta, and the bravado of the aficionados at the rodeo was on display at the plaza."},
	{name: "two-word fragment is too short", in: `Dr Ana de la Fuente called the plan "un desastre".`},
	{name: "clean English with names and loan phrases", in: cleanNamesProse},
	{name: "Spanish title of office after a name", in: "The call with Marta Ibáñez, ⟦vicepresidenta de Colombia⟧, lasted an hour."},
	{name: "Portuguese title of office after a particle", in: "She said she had accepted the ⟦missão do governador⟧ to run the port authority."},
	{name: "Spanish title of office after an article", in: "Residents blamed ⟦el alcalde⟧ for the delays to the new bridge."},
	{name: "German label before a credit", in: "Police cordoned off the square.\n⟦Bild:⟧ Jens Wagner\n\nThe protest ended peacefully."},
	{name: "Spanish label before an agency", in: "The ship docked at dawn.\n\n⟦Fuente:⟧ EFE\n\nUnloading began at once."},
	{name: "a title of office alone", in: "The presidente of the football club resigned, and the club's ministro of fun was sacked."},
	{name: "titles of office in names", in: "The march went down Avenida Presidente Vargas to Plaza de Mayo and Rua Ministro Rocha Azevedo."},
	{name: "a press review line", in: "Bild: The tabloid says the chancellor has lost the trust of his own party.\nPhoto: Reuters"},
}

func TestUntranslatedFragment(t *testing.T) {
	traceUntranslated(t)
	runCases(t, "untranslated/fragment", fragmentCases)
}

// TestUntranslatedQuotedTranslation: a quoted foreign headline followed by
// its translation in brackets is a quotation, reported as info at most.
func TestUntranslatedQuotedTranslation(t *testing.T) {
	for _, text := range []string{
		`Le Monde ran the headline "Nous sommes tous Américains" (We are all Americans) on its front page.`,
		"The banner read “Ni un paso atrás” (Not one step back), and the crowd cheered.",
	} {
		_, fs := runCheck(t, "untranslated/fragment", text, nil)
		for _, f := range fs {
			if f.Severity > rules.Info {
				t.Errorf("%q: %s finding %q: %s", text, f.Severity, text[f.Start:f.End], f.Message)
			}
		}
	}
	// Without the translation it is a warning.
	text := `Le Monde ran the headline "Nous sommes tous Américains" on its front page.`
	_, fs := runCheck(t, "untranslated/fragment", text, nil)
	if len(fs) != 1 || fs[0].Severity != rules.Warning {
		t.Errorf("%q: want one warning, got %v", text, fs)
	}
}

// shortFragments are 2–6-word phrases of the kind that survive machine
// translation in quotes and chants.
var shortFragments = map[string][]string{
	"es": {"no hay marcha atrás", "vamos a ganar esta batalla", "la culpa es del gobierno", "esto no se va a quedar así",
		"ni un paso atrás", "todos somos iguales ante la ley", "con el agua al cuello", "hasta la victoria siempre",
		"no tenemos miedo", "es una vergüenza"},
	"fr": {"nous sommes tous concernés", "c'est la fin d'une époque", "il n'y a pas de plan B", "on ne lâche rien",
		"la France est de retour", "pas question de reculer", "je ne regrette rien", "ce n'est pas fini",
		"tout le monde est fatigué", "une décision très difficile"},
	"de": {"das ist nicht akzeptabel", "wir werden nicht aufgeben", "es gibt keine Alternative", "die Lage ist ernst",
		"nie wieder Krieg", "wir haben keine Angst", "das Boot ist voll", "es war ein schwarzer Tag",
		"die Regierung muss handeln", "die Würde des Menschen ist unantastbar"},
	"it": {"non ci arrenderemo mai", "è una vergogna nazionale", "la situazione è molto grave", "siamo tutti sulla stessa barca",
		"non è finita qui", "abbiamo fatto il possibile", "il popolo ha deciso", "basta con le bugie",
		"questa è la nostra casa", "ce la faremo"},
	"pt": {"não vamos desistir", "o povo não aguenta mais", "é uma vergonha nacional", "a luta continua",
		"ninguém está acima da lei", "o Brasil voltou", "isso não vai ficar assim", "estamos todos juntos",
		"fora do governo já", "não há outra saída"},
}

// TestUntranslatedFragmentRecall puts each short fragment in an English
// sentence, once quoted and once bare, and requires that at least 75% are
// found, each over the fragment. It logs the misses.
func TestUntranslatedFragmentRecall(t *testing.T) {
	traceUntranslated(t)
	templates := []string{`Protesters outside the ministry chanted "%s" for several hours.`,
		"The minister told reporters %s before leaving the building."}
	found, total := 0, 0
	for _, code := range []string{"es", "fr", "de", "it", "pt"} {
		for _, frag := range shortFragments[code] {
			for _, tmpl := range templates {
				text := fmt.Sprintf(tmpl, frag)
				total++
				_, fs := runCheck(t, "untranslated/fragment", text, nil)
				if len(fs) == 0 {
					t.Logf("missed %s: %s", code, text)
					continue
				}
				// Quoted, the finding is the fragment; bare, it may leave out a
				// word at the edge it cannot tell from English ("fora").
				fragStart := strings.Index(tmpl, "%s")
				fragEnd := fragStart + len(frag)
				got := text[fs[0].Start:fs[0].End]
				exact := got == frag
				inside := fs[0].Start >= fragStart && fs[0].End <= fragEnd && 2*len(got) >= len(frag)
				if len(fs) != 1 || !exact && (strings.Contains(tmpl, `"`) || !inside) {
					t.Errorf("%q: reported %q (%d findings), want the fragment", text, got, len(fs))
					continue
				}
				want, _ := lang.Parse(code)
				if !strings.HasPrefix(fs[0].Message, "looks "+want.Name()) {
					t.Errorf("%q: %s", frag, fs[0].Message)
				}
				found++
			}
		}
	}
	t.Logf("found %d of %d short fragments", found, total)
	if found*4 < total*3 {
		t.Errorf("found %d of %d short fragments, want at least 75%%", found, total)
	}
}

func TestUntranslatedFragmentParams(t *testing.T) {
	traceUntranslated(t)
	const mixed = "The minister was clear. El Gobierno no negociará con los sindicatos hasta que termine la huelga general."
	runCasesWith(t, "untranslated/fragment", map[string]any{"source-langs": []string{"de", "fr"}}, []checkCase{
		{name: "Spanish is not a candidate", in: mixed},
		{name: "German is", in: `The banner read "⟦Wir sind das Volk⟧" in red letters.`},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"allow": []string{"Wir sind das Volk", "que se vayan todos"}}, []checkCase{
		{name: "allowed slogan", in: "The banner read Wir sind das Volk in red letters."},
		{name: "allowed chant", in: "Protesters shouted Que se vayan todos as the motorcade passed."},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"min-words": 5}, []checkCase{
		{name: "four words are too few", in: `The police chief said the suspects were "muy peligrosos y armados".`},
		{name: "a sentence is not", in: "The minister was clear. ⟦El Gobierno no negociará con los sindicatos hasta que termine la huelga general.⟧"},
	})
	const titled = "The budget, said Elena Prats, tesorera del ayuntamiento, will be balanced.\n\nIlustración: Pau Roig\n"
	runCasesWith(t, "untranslated/fragment", nil, []checkCase{
		{name: "title and label not in the built-in lists", in: titled},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"extra-titles": []string{"es tesorera = treasurer"}, "extra-labels": []string{"Ilustración"}}, []checkCase{
		{name: "title and label the user added", in: "The budget, said Elena Prats, ⟦tesorera del ayuntamiento⟧, will be balanced.\n\n⟦Ilustración:⟧ Pau Roig\n"},
		{name: "built-in titles still count", in: "The budget, said Elena Prats, ⟦vicepresidenta de Colombia⟧, will be balanced.\n"},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"lang": "xx"}, []checkCase{
		{name: "unknown target language", in: mixed},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"lang": "es", "source-langs": []string{"en", "fr"}}, []checkCase{
		{name: "English in Spanish", in: "El Gobierno no negociará con los sindicatos. ⟦The government will not negotiate with the unions until the strike is over.⟧"},
		{name: "clean Spanish", in: "El Gobierno no negociará con los sindicatos hasta que termine la huelga general, según fuentes del Ministerio de Trabajo."},
	})
	runCasesWith(t, "untranslated/fragment", map[string]any{"lang": "ru", "source-langs": []string{"uk"}}, []checkCase{
		{name: "Ukrainian in Russian", in: "Президент заявил, что переговоры продолжатся в Москве. ⟦Ми не здамося і будемо боротися до кінця.⟧"},
		{name: "clean Russian", in: "Президент заявил, что переговоры продолжатся в Москве на следующей неделе, сообщает агентство."},
	})
}

func TestUntranslatedFragmentSeverityAndMessage(t *testing.T) {
	traceUntranslated(t)
	text := "The minister was clear. El Gobierno no negociará con los sindicatos hasta que termine la huelga general. " +
		`The police chief said the suspects were "muy peligrosos y armados".`
	_, fs := runCheck(t, "untranslated/fragment", text, nil)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2: %v", len(fs), fs)
	}
	if fs[0].Severity != rules.Error || fs[1].Severity != rules.Warning {
		t.Errorf("severities %v, %v; want error for the sentence, warning for the four words", fs[0].Severity, fs[1].Severity)
	}
	for _, f := range fs {
		if !strings.HasPrefix(f.Message, "looks Spanish (") || !strings.Contains(f.Message, "expected English (0.0") {
			t.Errorf("message %q", f.Message)
		}
	}
	if got := lang.Loaded(); !got.Has(lang.English) || !got.Has(lang.Spanish) {
		t.Errorf("loaded %s, want English and Spanish", got)
	}
	if lang.ModelLoads() != lang.Loaded().Len() {
		t.Errorf("%d model loads for %d languages", lang.ModelLoads(), lang.Loaded().Len())
	}
}

// TestUntranslatedConcurrent runs the fragment check from several
// goroutines at once: same findings everywhere, each language loaded once.
func TestUntranslatedConcurrent(t *testing.T) {
	traceUntranslated(t)
	text := "Italy's prime minister said the reform was ready. Il governo ha detto che la riforma è pronta per il voto in Parlamento. " +
		`Police said the man shouted "wir werden gewinnen" before his arrest.`
	a, err := article.Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Registry().NewEngine(rules.Config{Disable: []string{"all"}, Enable: []string{"untranslated/"}})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fs, err := e.Run(a)
			if err != nil {
				t.Error(err)
			}
			results[g] = len(fs)
		}()
	}
	wg.Wait()
	for g, n := range results {
		if n != 2 {
			t.Errorf("goroutine %d: %d findings, want 2", g, n)
		}
	}
	if lang.ModelLoads() != lang.Loaded().Len() {
		t.Errorf("%d model loads for %d languages: a model was loaded twice", lang.ModelLoads(), lang.Loaded().Len())
	}
}

// childEnv marks the test binary run as a child process by the tests that
// need a process in which no model has been loaded yet.
const childEnv = "MTLINT_UNTRANSLATED_CHILD"

func runChild(t *testing.T, test string, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^" + test + "$", "-test.v"}, args...)...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child %s: %v\n%s", test, err, out)
	}
	return string(out)
}

// TestUntranslatedCleanLoadsNoModel runs every check over clean English —
// the names above and, when present, the 896 bbc-dev articles — in a fresh
// process, and requires that no language model was loaded.
func TestUntranslatedCleanLoadsNoModel(t *testing.T) {
	if os.Getenv(childEnv) == "" {
		out := runChild(t, "TestUntranslatedCleanLoadsNoModel")
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "articles") {
				t.Log(strings.TrimSpace(l))
			}
		}
		return
	}
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]byte{"clean-names": []byte(cleanNamesProse), "clean-script": []byte(cleanScriptProse)}
	for _, p := range bbcPaths(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[p] = b
	}
	var findings int
	for name, src := range texts {
		a, err := article.Parse(name, src)
		if err != nil {
			continue
		}
		fs, _ := e.Run(a)
		for _, f := range fs {
			if strings.HasPrefix(f.Rule, "untranslated/") {
				findings++
				t.Errorf("%s: %s %q: %s", name, f.Rule, a.String(f.Span), f.Message)
			}
		}
	}
	t.Logf("%d articles: %d untranslated findings, models loaded for %q, %d detectors built", len(texts), findings, lang.Loaded().String(), lang.DetectorsBuilt())
	if lang.Loaded() != 0 || lang.DetectorsBuilt() != 0 {
		t.Errorf("clean English loaded models for %s", lang.Loaded())
	}
}

// bbcPaths lists the bbc-dev articles, or none when the corpus is absent.
func bbcPaths(t testing.TB) []string {
	dir, ok := corpus.Dir()
	if !ok {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "bbc-dev", "*", "*.txt"))
	sort.Strings(paths)
	return paths
}

// fiveLanguages is news with fragments in Spanish, French, German,
// Italian and Portuguese.
const fiveLanguages = `Europe's capitals reacted quickly to the vote. In Madrid, the government spokeswoman said: "El Gobierno no negociará con los sindicatos hasta que termine la huelga general." In Paris, the mayor told reporters: "Nous ne céderons pas face à la violence." Berlin was more cautious. Die Regierung hat am Montag ein neues Gesetz beschlossen, das die Mieten begrenzen soll.

Italy's prime minister said the reform was ready. Il governo ha detto che la riforma è pronta per il voto in Parlamento. In Lisbon, the opposition accused the minister of hiding the figures (a reforma da previdência foi aprovada sem debate) and demanded an inquiry.`

// TestUntranslatedFiveLanguagesCost measures, in a fresh process, what
// the first foreign fragments cost: model load time and peak memory. Run
// with -untranslated.measure.
func TestUntranslatedFiveLanguagesCost(t *testing.T) {
	if !*untranslatedMeasure && os.Getenv(childEnv) == "" {
		t.Skip("run with -untranslated.measure")
	}
	if os.Getenv(childEnv) == "" {
		out := runChild(t, "TestUntranslatedFiveLanguagesCost")
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "untranslated_test.go") {
				t.Log(strings.TrimSpace(l))
			}
		}
		return
	}
	a, err := article.Parse("five.txt", []byte(fiveLanguages))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("before: %s", memStatus())
	start := time.Now()
	fs, err := e.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	first := time.Since(start)
	start = time.Now()
	e.Run(a)
	second := time.Since(start)
	n := 0
	for _, f := range fs {
		if f.Rule == "untranslated/fragment" {
			n++
			t.Logf("%s %s %q: %s", f.Severity, f.Rule, a.String(f.Span), f.Message)
		}
	}
	t.Logf("%d fragments; first run %v (model loads %v for %s), second run %v; %s", n, first, lang.LoadTime(), lang.Loaded(), second, memStatus())
	if n != 5 {
		t.Errorf("%d fragments, want 5", n)
	}
}

// memStatus reads the resident and peak resident memory of the process.
func memStatus() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return fmt.Sprintf("heap %d MB", m.HeapAlloc>>20)
	}
	var parts []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS") || strings.HasPrefix(l, "VmHWM") {
			parts = append(parts, strings.Join(strings.Fields(l), " "))
		}
	}
	return strings.Join(parts, ", ")
}

// TestUntranslatedBBCCost measures the CPU time of the engine over bbc-dev
// (parsed once) on one locked OS thread, which a busy machine disturbs
// far less than wall-clock time: every check but the untranslated ones,
// all checks, and the untranslated ones alone. Run with
// -untranslated.measure; the bound is all ≤ 1.5 × others.
func TestUntranslatedBBCCost(t *testing.T) {
	if !*untranslatedMeasure {
		t.Skip("run with -untranslated.measure")
	}
	arts, size := bbcArticles(t)
	if len(arts) == 0 {
		t.Skip("skipping: bbc-dev is absent")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cost := func(cfg rules.Config) time.Duration {
		e, err := Registry().NewEngine(cfg)
		if err != nil {
			t.Fatal(err)
		}
		best := time.Duration(1 << 62)
		for range 5 {
			start := threadCPU()
			for _, a := range arts {
				e.Run(a)
			}
			best = min(best, threadCPU()-start)
		}
		return best
	}
	others := cost(rules.Config{Disable: []string{"untranslated/"}})
	all := cost(rules.Config{})
	untr := cost(rules.Config{Disable: []string{"all"}, Enable: []string{"untranslated/"}})
	mbps := func(d time.Duration) float64 { return float64(size) / d.Seconds() / 1e6 }
	t.Logf("%d articles, %.2f MB; CPU per pass (best of 5): others %v (%.1f MB/s), all %v (%.1f MB/s), untranslated alone %v (%.1f MB/s); all/others = %.2f",
		len(arts), float64(size)/1e6, others, mbps(others), all, mbps(all), untr, mbps(untr), float64(all)/float64(others))
	if lang.Loaded() != 0 {
		t.Errorf("bbc-dev loaded models for %s", lang.Loaded())
	}
}

func bbcArticles(t testing.TB) ([]*article.Article, int64) {
	var arts []*article.Article
	var size int64
	for _, p := range bbcPaths(t) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(p, src)
		if err != nil {
			continue
		}
		arts = append(arts, a)
		size += int64(len(src))
	}
	return arts, size
}

// BenchmarkUntranslatedBBC runs the engine over bbc-dev (parsed once)
// with every check but the untranslated ones, with all checks, and with
// the untranslated ones alone. The acceptance bound: "all" within 1.5×
// "others".
func BenchmarkUntranslatedBBC(b *testing.B) {
	arts, size := bbcArticles(b)
	if len(arts) == 0 {
		b.Skip("skipping: bbc-dev is absent")
	}
	for _, bc := range []struct {
		name string
		cfg  rules.Config
	}{
		{"others", rules.Config{Disable: []string{"untranslated/"}}},
		{"all", rules.Config{}},
		{"untranslated", rules.Config{Disable: []string{"all"}, Enable: []string{"untranslated/"}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e, err := Registry().NewEngine(bc.cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			for b.Loop() {
				for _, a := range arts {
					e.Run(a)
				}
			}
		})
	}
}

// TestUntranslatedExamples: each check flags its Bad example and not its
// Good one.
func TestUntranslatedExamples(t *testing.T) {
	for _, c := range []*rules.Check{untranslatedScript, untranslatedFragment} {
		if _, fs := runCheck(t, c.ID, c.Bad, nil); len(fs) != 1 {
			t.Errorf("%s: %d findings on its Bad example", c.ID, len(fs))
		}
		if _, fs := runCheck(t, c.ID, c.Good, nil); len(fs) != 0 {
			t.Errorf("%s: %d findings on its Good example", c.ID, len(fs))
		}
	}
}

// TestFragmentGateHash: the first look of untranslated/fragment takes the
// model's word hash for a word of ASCII letters, digits, hyphens, periods
// and commas; the filter must answer for it as for the word's bytes.
func TestFragmentGateHash(t *testing.T) {
	f, _, ok := fragmentFilter("en", defaultSourceLangs)
	if !ok {
		t.Fatal("no filter for English")
	}
	text := "Die Stadt und der Hafen: el puerto de la ciudad, le port et la ville. " +
		"The ex-president said 1.5 or 20,000 are mid-year figures, U.S. officials added; DES Moines, LOS Angeles."
	a, err := article.Parse("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	foreign := 0
	for i, w := range a.Words {
		b := a.Src[w.Start:w.End]
		if a.Shapes[i].Any(article.NonASCII) || strings.ContainsRune(string(b), '\'') {
			continue
		}
		want := f.MayBeForeign(b)
		if got := f.MayBeForeignHash(a.Hashes[i]); got != want {
			t.Errorf("%q: by its hash %v, by its bytes %v", b, got, want)
		}
		if want {
			foreign++
		}
	}
	if foreign < 5 {
		t.Errorf("only %d words may be foreign: the test reads no German, Spanish or French function word", foreign)
	}
}
