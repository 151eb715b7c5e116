package lang

import (
	"strings"
	"sync"
	"testing"
	"unicode"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"en", English, true}, {"ES", Spanish, true}, {" German ", German, true}, {"pt", Portuguese, true},
		{"no", Lang(0), true}, {"xx", 0, false}, {"", 0, false},
	} {
		got, ok := Parse(c.in)
		if ok != c.ok || (c.want != 0 && got != c.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	s, bad := ParseSet([]string{"es,fr", "de", "klingon"})
	if s.String() != "es,fr,de" || len(bad) != 1 || bad[0] != "klingon" {
		t.Errorf("ParseSet = %s, %v", s, bad)
	}
	if English.Name() != "English" || !Russian.UsesScript("Cyrillic") || English.UsesScript("Cyrillic") {
		t.Error("names or scripts wrong")
	}
}

func TestData(t *testing.T) {
	p := Profiled()
	for _, l := range []Lang{English, Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Ukrainian} {
		if !p.Has(l) {
			t.Errorf("no word list for %s", l.Name())
		}
	}
	found := false
	for _, ph := range LoanPhrases() {
		found = found || ph == "de facto"
	}
	if !found {
		t.Error(`"de facto" is not a loan phrase`)
	}
}

func TestFilterWord(t *testing.T) {
	cands, _ := ParseSet([]string{"es", "fr", "de", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar", "zh", "ja", "ko"})
	f, ok := NewFilter(English, cands)
	if !ok {
		t.Fatal("no filter for English")
	}
	if f.Cands.Has(Russian) || f.Cands.Has(English) || !f.Cands.Has(Spanish) {
		t.Errorf("candidates %s: want the Latin-script ones with word lists, English excluded", f.Cands)
	}
	for _, c := range []struct {
		word   string
		target float32
		strong bool
		fn     string // candidates with a function word
		shared string
		spell  string // a candidate the spelling must point at, or "-" for none
		other  bool
	}{
		{word: "the", target: 1, strong: true, spell: "-"},
		{word: "said", target: 1, strong: true, spell: "-"},
		{word: "que", fn: "es,fr,pt", spell: "-"},
		{word: "más", fn: "es", spell: "es"},
		{word: "die", target: 0.25, shared: "de,nl", spell: "-"},
		{word: "in", target: 0.25, shared: "de,it,nl", spell: "-"},
		{word: "café", target: 0.5, spell: "-"},
		{word: "negociará", spell: "es"},
		{word: "regierung", spell: "de"},
		{word: "voted", target: 0.5, spell: "-"},
		{word: "minister's", target: 0.5, spell: "-"},
		{word: "l'union", fn: "fr,it", spell: "-"},
		{word: "москва", other: true, spell: "-"},
		{word: "madrid", spell: "-"},
	} {
		wi := f.Word(Lower(nil, []byte(c.word)))
		if wi.Target != c.target || wi.Strong != c.strong || wi.OtherScript != c.other {
			t.Errorf("%s: target %.2f strong %v other %v; want %.2f %v %v", c.word, wi.Target, wi.Strong, wi.OtherScript, c.target, c.strong, c.other)
		}
		if wi.Func.String() != c.fn || wi.Shared.String() != c.shared {
			t.Errorf("%s: func %s shared %s; want %s, %s", c.word, wi.Func, wi.Shared, c.fn, c.shared)
		}
		if c.spell == "-" && wi.Spelling != 0 {
			t.Errorf("%s: spelling %s, want none", c.word, wi.Spelling)
		} else if l, _ := Parse(c.spell); c.spell != "-" && !wi.Spelling.Has(l) {
			t.Errorf("%s: spelling %s, want %s", c.word, wi.Spelling, c.spell)
		}
	}
	if got := string(Lower(nil, []byte("L’ÉTAT"))); got != "l'état" {
		t.Errorf("Lower = %q", got)
	}
}

func TestScores(t *testing.T) {
	cands, _ := ParseSet([]string{"es", "pt", "fr"})
	f, _ := NewFilter(English, cands)
	var s Scores
	for _, w := range strings.Fields("nunca nos rendiremos") {
		wi := f.Word([]byte(w))
		s.Add(&wi)
	}
	best, score := s.Best()
	if score < 2 || (best != Spanish && best != Portuguese) {
		t.Errorf("best %s %.2f", best, score)
	}
	if top := s.Top(3, 1); !top.Has(Spanish) || !top.Has(Portuguese) {
		t.Errorf("top %s", top)
	}
}

// TestDetectConcurrent races goroutines on cold detectors with
// overlapping language sets: each language's models must load once.
func TestDetectConcurrent(t *testing.T) {
	sets := []Set{
		Set(0).With(English).With(Spanish),
		Set(0).With(English).With(Spanish).With(Portuguese),
		Set(0).With(Spanish).With(Portuguese),
		Set(0).With(English).With(Portuguese),
	}
	const text = "El Gobierno no negociará con los sindicatos hasta que termine la huelga general."
	var wg sync.WaitGroup
	verdicts := make([]Verdict, 16)
	for g := range verdicts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			verdicts[g] = Detect(text, sets[g%len(sets)])
		}()
	}
	wg.Wait()
	for g, v := range verdicts {
		want := Spanish
		if !sets[g%len(sets)].Has(Spanish) {
			want = Portuguese
		}
		if v.Best().Lang != want {
			t.Errorf("goroutine %d, set %s: %v", g, sets[g%len(sets)], v)
		}
	}
	if Loaded().String() != "en,es,pt" || ModelLoads() != 3 {
		t.Errorf("loaded %s in %d loads, want en,es,pt in 3", Loaded(), ModelLoads())
	}
	if DetectorsBuilt() != len(sets) {
		t.Errorf("%d detectors built, want %d", DetectorsBuilt(), len(sets))
	}
	if v := Detect(text, sets[0]); v.Of(Spanish) != verdicts[0].Of(Spanish) {
		t.Error("cached verdict differs")
	}
	t.Logf("models for %s loaded in %v", Loaded(), LoadTime())
}

func TestIdentify(t *testing.T) {
	cases := []struct{ want, text string }{
		{"es", "El Gobierno aprobó ayer un plan para renovar el puerto de la ciudad, que según la alcaldesa creará miles de empleos en los próximos años."},
		{"fr", "Le gouvernement a présenté mercredi un projet de loi sur les retraites, qui sera examiné par les députés dès le mois prochain."},
		{"de", "Die Bundesregierung hat am Mittwoch einen Gesetzentwurf vorgelegt, der die Mieten in den großen Städten begrenzen soll."},
		{"ru", "Правительство в среду представило законопроект о пенсиях, который депутаты рассмотрят уже в следующем месяце."},
		{"uk", "Уряд у середу представив законопроєкт про пенсії, який депутати розглянуть вже наступного місяця, і це дуже важливо для всіх."},
		{"zh", "政府周三提交了一项关于养老金的法案，议员们将在下个月审议该法案。"},
		{"ja", "政府は水曜日、年金に関する法案を提出し、議員たちは来月審議する予定です。"},
		{"en", "The government on Wednesday presented a pensions bill, which members of parliament will examine next month."},
		{"pt", "O governo apresentou na quarta-feira um projeto de lei sobre as pensões, que os deputados vão analisar no próximo mês."},
		{"it", "Il governo ha presentato mercoledì un disegno di legge sulle pensioni, che i deputati esamineranno il mese prossimo."},
		{"nl", "De regering heeft woensdag een wetsvoorstel over de pensioenen gepresenteerd, dat de Kamer volgende maand zal bespreken."},
		{"pl", "Rząd przedstawił w środę projekt ustawy o emeryturach, który posłowie rozpatrzą w przyszłym miesiącu."},
		{"es", "La OCDE prevé que la economía crezca un 2,1 % este año, según el informe que publicó el martes en París."},
	}
	before := ModelLoads()
	defer func() {
		// Letters and function words settle these: no model is loaded.
		if n := ModelLoads() - before; n > 0 {
			t.Errorf("identifying the test texts loaded %d language models", n)
		}
	}()
	for _, c := range cases {
		l, ok := Identify([]byte(c.text))
		if !ok || l.Code() != c.want {
			t.Errorf("Identify(%.30q…) = %v %v, want %s", c.text, l, ok, c.want)
		}
	}
	if l, ok := Identify([]byte("OK")); ok {
		t.Errorf("Identify of two letters = %v, want no answer", l)
	}
}

// TestToLower: the fast paths agree with unicode.ToLower on every rune of
// the planes the texts use.
func TestToLower(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("ToLower(%U) = %U, want %U", r, got, want)
		}
	}
}
