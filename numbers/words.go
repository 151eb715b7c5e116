package numbers

import (
	"strings"

	"github.com/mtlint/mtlint/lang"
)

// The words that write numbers, per language: spelled-out numbers and
// ordinals, multipliers ("millones", "Mrd", "млрд"), percent words and the
// names of the months. They were written for mtlint; they cover the
// languages news is most often translated from and into, and a language
// without a table is read for its digits only.

// wordKind is what a number word is.
type wordKind uint8

const (
	wNumber     wordKind = iota + 1 // a spelled-out number ("three", "veinte")
	wOrdinal                        // an ordinal ("third", "tercero")
	wMultiplier                     // a multiplier after a number ("million", "Mrd")
	wPercent                        // a percent word ("Prozent"); "per cent" is two words
	wMonth                          // a month name
	wArticle                        // "a", "un", "eine": one, before a multiplier only
	wPerCent1                       // the first word of a two-word percent ("per", "por", "pour"); the second is in perCent2
	wTens                           // a spelled tens number that takes a unit after a hyphen ("twenty-five")
	wDecade                         // a decade ("nineties")
)

type wordInfo struct {
	kind  wordKind
	value float64
}

// table is the word table of one language, keyed by the lowercase word.
type table map[string]wordInfo

// hashed is a table keyed by the hash of the lowercase word (see
// lang.WordKey), which the scanner computes while it reads the word, so that
// a word costs one integer look-up: open addressing, at most a quarter
// full, so that a word not in it (most words) meets an empty slot at
// once.
type hashed struct {
	keys []uint64 // 0 for an empty slot
	vals []wordInfo
}

func (t table) hashed() *hashed {
	n := 16
	for n < 4*len(t) {
		n *= 2
	}
	h := &hashed{keys: make([]uint64, n), vals: make([]wordInfo, n)}
	for w, wi := range t {
		k := max(lang.WordKey([]byte(w)), 1)
		i := h.slot(k)
		h.keys[i], h.vals[i] = k, wi
	}
	return h
}

// slot returns the slot of key k, or the empty slot where it would go.
func (h *hashed) slot(k uint64) int {
	mask := len(h.keys) - 1
	i := int(k>>32) & mask
	for h.keys[i] != 0 && h.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// has reports a word in the table, by its hash.
func (h *hashed) has(k uint64) bool {
	return h != nil && h.keys[h.slot(max(k, 1))] != 0
}

// get looks up a word by its hash.
func (h *hashed) get(k uint64) (wordInfo, bool) {
	if h == nil {
		return wordInfo{}, false
	}
	i := h.slot(max(k, 1))
	if h.keys[i] == 0 {
		return wordInfo{}, false
	}
	return h.vals[i], true
}

// seq enters space-separated words with consecutive values from first.
func (t table) seq(kind wordKind, first float64, words string) {
	for i, w := range strings.Fields(words) {
		for _, v := range strings.Split(w, "/") { // variants of one value
			t[v] = wordInfo{kind, first + float64(i)}
		}
	}
}

func (t table) set(kind wordKind, value float64, words string) {
	for _, w := range strings.Fields(words) {
		t[w] = wordInfo{kind, value}
	}
}

func (t table) tens(words string) {
	for i, w := range strings.Fields(words) {
		for _, v := range strings.Split(w, "/") {
			t[v] = wordInfo{wTens, float64(20 + 10*i)}
		}
	}
}

// tables holds the word table of each language, built at init, and
// hashes the same keyed by lang.WordKey.
var (
	tables = map[lang.Lang]table{}
	hashes = map[lang.Lang]*hashed{}
)

func lookupLang(code string) lang.Lang {
	l, ok := lang.Parse(code)
	if !ok {
		panic("numbers: unknown language " + code)
	}
	return l
}

func init() {
	en := table{}
	en.seq(wNumber, 0, "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	en.tens("twenty thirty forty fifty sixty seventy eighty ninety")
	en.set(wNumber, 100, "hundred")
	en.set(wNumber, 12, "dozen")
	en.set(wNumber, 0.5, "half")
	en.seq(wOrdinal, 1, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth")
	en.set(wMultiplier, 1e3, "thousand thousands k")
	en.set(wMultiplier, 1e6, "million millions mn m mln")
	en.set(wMultiplier, 1e9, "billion billions bn b")
	en.set(wMultiplier, 1e12, "trillion trillions tn")
	en.set(wPercent, 0, "percent pc")
	en.set(wPerCent1, 0, "per")
	en.seq(wMonth, 1, "january/jan february/feb march/mar april/apr may june/jun july/jul august/aug september/sep/sept october/oct november/nov december/dec")
	en.set(wArticle, 1, "a an")
	en.set(wNumber, 2, "twice double")
	en.set(wNumber, 3, "thrice triple treble")
	en.seq(wDecade, 20, "twenties")
	en.set(wDecade, 30, "thirties")
	en.set(wDecade, 40, "forties")
	en.set(wDecade, 50, "fifties")
	en.set(wDecade, 60, "sixties")
	en.set(wDecade, 70, "seventies")
	en.set(wDecade, 80, "eighties")
	en.set(wDecade, 90, "nineties")
	tables[lang.English] = en

	es := table{}
	es.seq(wNumber, 0, "cero uno/un/una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno/veintiún/veintiuna veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve")
	es.set(wNumber, 30, "treinta")
	es.set(wNumber, 40, "cuarenta")
	es.set(wNumber, 50, "cincuenta")
	es.set(wNumber, 60, "sesenta")
	es.set(wNumber, 70, "setenta")
	es.set(wNumber, 80, "ochenta")
	es.set(wNumber, 90, "noventa")
	es.set(wNumber, 100, "cien ciento")
	es.set(wNumber, 12, "docena")
	es.set(wNumber, 0.5, "mitad medio media")
	es.seq(wOrdinal, 1, "primero/primera/primer segundo/segunda tercero/tercera/tercer cuarto/cuarta quinto/quinta sexto/sexta séptimo/séptima octavo/octava noveno/novena décimo/décima")
	es.set(wMultiplier, 1e3, "mil miles")
	es.set(wMultiplier, 1e6, "millón millones mln")
	es.set(wMultiplier, 1e9, "millardo millardos")
	es.set(wMultiplier, 1e12, "billón billones")
	es.set(wPerCent1, 0, "por")
	es.seq(wMonth, 1, "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre")
	es.set(wArticle, 1, "un una")
	es.set(wNumber, 2, "doble")
	es.set(wNumber, 3, "triple")
	tables[lookupLang("es")] = es

	fr := table{}
	fr.seq(wNumber, 0, "zéro un/une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
	fr.tens("vingt trente quarante cinquante soixante")
	fr.set(wNumber, 100, "cent")
	fr.set(wNumber, 12, "douzaine")
	fr.set(wNumber, 0.5, "moitié demi demie")
	fr.seq(wOrdinal, 1, "premier/première/1er/1re deuxième/second/seconde troisième quatrième cinquième sixième septième huitième neuvième dixième")
	fr.set(wMultiplier, 1e3, "mille milliers")
	fr.set(wMultiplier, 1e6, "million millions")
	fr.set(wMultiplier, 1e9, "milliard milliards md mds mrd")
	fr.set(wMultiplier, 1e12, "billion billions")
	fr.set(wPerCent1, 0, "pour")
	fr.seq(wMonth, 1, "janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
	fr.set(wArticle, 1, "un une")
	fr.set(wNumber, 2, "double")
	fr.set(wNumber, 3, "triple")
	tables[lang.French] = fr

	de := table{}
	de.seq(wNumber, 0, "null eins/ein/eine/einen/einem/einer zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig")
	de.set(wNumber, 30, "dreißig")
	de.set(wNumber, 40, "vierzig")
	de.set(wNumber, 50, "fünfzig")
	de.set(wNumber, 60, "sechzig")
	de.set(wNumber, 70, "siebzig")
	de.set(wNumber, 80, "achtzig")
	de.set(wNumber, 90, "neunzig")
	de.set(wNumber, 100, "hundert")
	de.set(wNumber, 12, "dutzend")
	de.set(wNumber, 0.5, "hälfte halb halbe")
	de.seq(wOrdinal, 1, "erste/ersten/erster/erstes/erstem zweite/zweiten/zweiter/zweites dritte/dritten/dritter/drittes vierte/vierten fünfte/fünften sechste/sechsten siebte/siebten achte/achten neunte/neunten zehnte/zehnten")
	de.set(wMultiplier, 1e3, "tausend")
	de.set(wMultiplier, 1e6, "million millionen mio")
	de.set(wMultiplier, 1e9, "milliarde milliarden mrd")
	de.set(wMultiplier, 1e12, "billion billionen")
	de.set(wPercent, 0, "prozent")
	de.seq(wMonth, 1, "januar/jänner/jan februar/feb märz april/apr mai juni/jun juli/jul august/aug september/sep/sept oktober/okt november/nov dezember/dez")
	de.set(wArticle, 1, "eine einer einen")
	de.set(wNumber, 2, "doppelt doppelte doppelten")
	tables[lang.German] = de

	it := table{}
	it.seq(wNumber, 0, "zero uno/un/una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti")
	it.set(wNumber, 30, "trenta")
	it.set(wNumber, 40, "quaranta")
	it.set(wNumber, 50, "cinquanta")
	it.set(wNumber, 100, "cento")
	it.set(wNumber, 12, "dozzina")
	it.set(wNumber, 0.5, "metà mezzo mezza")
	it.seq(wOrdinal, 1, "primo/prima secondo/seconda terzo/terza quarto/quarta quinto/quinta")
	it.set(wMultiplier, 1e3, "mila mille")
	it.set(wMultiplier, 1e6, "milione milioni mln")
	it.set(wMultiplier, 1e9, "miliardo miliardi mld")
	it.set(wPerCent1, 0, "per")
	it.seq(wMonth, 1, "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre")
	it.set(wArticle, 1, "un una")
	tables[lang.Italian] = it

	pt := table{}
	pt.seq(wNumber, 0, "zero um/uma dois/duas três quatro cinco seis sete oito nove dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete dezoito dezenove/dezanove vinte")
	pt.set(wNumber, 30, "trinta")
	pt.set(wNumber, 40, "quarenta")
	pt.set(wNumber, 50, "cinquenta")
	pt.set(wNumber, 100, "cem cento")
	pt.set(wNumber, 12, "dúzia")
	pt.set(wNumber, 0.5, "metade meio meia")
	pt.seq(wOrdinal, 1, "primeiro/primeira segundo/segunda terceiro/terceira quarto/quarta quinto/quinta")
	pt.set(wMultiplier, 1e3, "mil")
	pt.set(wMultiplier, 1e6, "milhão milhões")
	pt.set(wMultiplier, 1e9, "bilhão bilhões")
	pt.set(wPerCent1, 0, "por")
	pt.seq(wMonth, 1, "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")
	pt.set(wArticle, 1, "um uma")
	tables[lang.Portuguese] = pt

	ru := table{}
	ru.seq(wNumber, 0, "ноль/нуль один/одна/одно/одного/одной/одному/одним два/две/двух/двум/двумя три/трех/трёх/трем/трём/тремя четыре/четырех/четырёх/четырем/четырём пять/пяти/пятью шесть/шести семь/семи восемь/восьми девять/девяти десять/десяти одиннадцать/одиннадцати двенадцать/двенадцати тринадцать/тринадцати четырнадцать/четырнадцати пятнадцать/пятнадцати шестнадцать/шестнадцати семнадцать/семнадцати восемнадцать/восемнадцати девятнадцать/девятнадцати двадцать/двадцати")
	ru.set(wNumber, 30, "тридцать тридцати")
	ru.set(wNumber, 40, "сорок сорока")
	ru.set(wNumber, 50, "пятьдесят пятидесяти")
	ru.set(wNumber, 100, "сто ста")
	ru.set(wNumber, 12, "дюжина")
	ru.set(wNumber, 0.5, "половина половину половины полтора")
	ru.seq(wOrdinal, 1, "первый/первая/первое/первого/первой/первые/первых второй/вторая/второе/второго/вторые третий/третья/третье/третьего/третьей четвертый/четвёртый/четвертая/четвёртая пятый/пятая/пятого")
	ru.set(wMultiplier, 1e3, "тысяча тысячи тысяч тысячу тыс")
	ru.set(wMultiplier, 1e6, "миллион миллиона миллионов млн")
	ru.set(wMultiplier, 1e9, "миллиард миллиарда миллиардов млрд")
	ru.set(wMultiplier, 1e12, "триллион триллиона триллионов трлн")
	ru.set(wPercent, 0, "процент процента процентов процентах проц")
	ru.set(wNumber, 2, "вдвое дважды")
	ru.set(wNumber, 3, "втрое трижды")
	ru.seq(wMonth, 1, "январь/января/январе февраль/февраля/феврале март/марта/марте апрель/апреля/апреле май/мая/мае июнь/июня/июне июль/июля/июле август/августа/августе сентябрь/сентября/сентябре октябрь/октября/октябре ноябрь/ноября/ноябре декабрь/декабря/декабре")
	tables[lang.Russian] = ru

	uk := table{}
	uk.seq(wNumber, 0, "нуль один/одна/одне/одного/одній два/дві/двох три/трьох чотири/чотирьох п'ять/п’ять/п'яти/п’яти шість/шести сім/семи вісім/восьми дев'ять/дев’ять/дев'яти/дев’яти десять/десяти")
	uk.set(wMultiplier, 1e3, "тисяча тисячі тисяч тис")
	uk.set(wMultiplier, 1e6, "мільйон мільйона мільйонів млн")
	uk.set(wMultiplier, 1e9, "мільярд мільярда мільярдів млрд")
	uk.set(wPercent, 0, "відсоток відсотка відсотків")
	uk.seq(wMonth, 1, "січень/січня/січні лютий/лютого/лютому березень/березня/березні квітень/квітня/квітні травень/травня/травні червень/червня/червні липень/липня/липні серпень/серпня/серпні вересень/вересня/вересні жовтень/жовтня/жовтні листопад/листопада/листопаді грудень/грудня/грудні")
	tables[lang.Ukrainian] = uk

	nl := table{}
	nl.seq(wNumber, 0, "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf")
	nl.set(wMultiplier, 1e3, "duizend")
	nl.set(wMultiplier, 1e6, "miljoen")
	nl.set(wMultiplier, 1e9, "miljard")
	nl.set(wPercent, 0, "procent")
	nl.seq(wMonth, 1, "januari februari maart april mei juni juli augustus september oktober november december")
	tables[lang.Dutch] = nl

	pl := table{}
	pl.seq(wNumber, 0, "zero jeden/jedna/jedno dwa/dwie/dwóch trzy/trzech cztery/czterech pięć/pięciu sześć/sześciu siedem/siedmiu osiem/ośmiu dziewięć/dziewięciu dziesięć/dziesięciu")
	pl.set(wMultiplier, 1e3, "tysiąc tysiące tysięcy tys")
	pl.set(wMultiplier, 1e6, "milion miliony milionów mln")
	pl.set(wMultiplier, 1e9, "miliard miliardy miliardów mld")
	pl.set(wPercent, 0, "procent procenty procentów proc")
	pl.seq(wMonth, 1, "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia")
	tables[lang.Polish] = pl
	for l, t := range tables {
		hashes[l] = t.hashed()
	}
}

// andHalf are, per language, the words of "and a half" after a number.
var andHalf = map[lang.Lang][]string{
	lang.English: {"and", "a", "half"},
	lang.Spanish: {"y", "medio"},
	lang.French:  {"et", "demi"},
}

// German writes numbers as one word: "sechstausend", "zweieinhalb",
// "zehnmal", "dreifach", "Viertelmillion". deMorphemes are the pieces,
// longest first; deFactor ones multiply what comes before them.
var deMorphemes = []struct {
	s      string
	v      float64
	factor bool
}{
	{"einhalb", 0.5, false}, {"siebzehn", 17, false}, {"dreizehn", 13, false}, {"vierzehn", 14, false}, {"fünfzehn", 15, false},
	{"sechzehn", 16, false}, {"achtzehn", 18, false}, {"neunzehn", 19, false}, {"zwanzig", 20, false}, {"dreißig", 30, false},
	{"vierzig", 40, false}, {"fünfzig", 50, false}, {"sechzig", 60, false}, {"siebzig", 70, false}, {"achtzig", 80, false},
	{"neunzig", 90, false}, {"milliarden", 1e9, true}, {"milliarde", 1e9, true}, {"millionen", 1e6, true}, {"million", 1e6, true},
	{"tausend", 1000, true}, {"hundert", 100, true}, {"viertel", 0.25, false}, {"sieben", 7, false}, {"sechs", 6, false},
	{"zwölf", 12, false}, {"zwei", 2, false}, {"drei", 3, false}, {"vier", 4, false}, {"fünf", 5, false}, {"acht", 8, false},
	{"neun", 9, false}, {"zehn", 10, false}, {"eins", 1, false}, {"ein", 1, false}, {"elf", 11, false}, {"und", 0, false},
}

// deSuffixes end a German number word without changing its value:
// "zehnmal" (ten times), "dreifach" (threefold), "zehnfachen".
var deSuffixes = []string{"fachen", "facher", "faches", "fache", "fach", "mal"}

// deStarts are the first three letters of the German number morphemes:
// a word that does not start with one is no number word.
var deStarts = func() map[[3]byte]bool {
	m := map[[3]byte]bool{}
	for _, d := range deMorphemes {
		if len(d.s) >= 3 {
			m[[3]byte{d.s[0], d.s[1], d.s[2]}] = true
		}
	}
	return m
}()

// deStart reports a word that may be a German number word.
func deStart(w []byte) bool {
	var k [3]byte
	for i := range k {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k[i] = c
	}
	return deStarts[k]
}

// deOrdinal are the endings of German ordinals: "sechzehnten",
// "zwanzigste".
var deOrdinal = []string{"sten", "ster", "stes", "stem", "ste", "ten", "ter", "tes", "tem", "te"}

// compoundDE reads a German number word of two pieces or more, or an
// ordinal of one ("sechzehnten"); ok is false for any other word.
func compoundDE(w string) (float64, bool) {
	if v, ok := compoundDE1(w); ok {
		return v, true
	}
	for _, suf := range deOrdinal {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			if stem == "drit" { // "dritten"
				stem = "drei"
			}
			if v, ok := compoundDE1(stem); ok || stem != "" && len(stem) >= 3 {
				if ok {
					return v, true
				}
				if v, ok := simpleDE(stem); ok {
					return v, true
				}
			}
		}
	}
	return 0, false
}

// simpleDE reads one German number morpheme.
func simpleDE(w string) (float64, bool) {
	for _, m := range deMorphemes {
		if m.s == w && !m.factor && m.s != "und" {
			return m.v, true
		}
	}
	return 0, false
}

func compoundDE1(w string) (float64, bool) {
	for _, suf := range deSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	var total, cur float64
	pieces := 0
	for len(w) > 0 {
		found := false
		for _, m := range deMorphemes {
			if strings.HasPrefix(w, m.s) {
				switch {
				case m.factor:
					total += max(cur, 1) * m.v
					cur = 0
				case m.s == "und":
				default:
					cur += m.v
				}
				w = w[len(m.s):]
				pieces++
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return total + cur, pieces >= 2 || pieces == 1 && total+cur >= 10
}

// perCent2 are the second words of a two-word percent.
var perCent2 = map[string]bool{"cent": true, "ciento": true, "cento": true}

// decimalComma reports whether a language writes "1,5" for one and a half
// and "1.500" (or "1 500") for fifteen hundred.
func decimalComma(l lang.Lang) bool {
	switch l.Code() {
	case "en", "zh", "ja", "ko", "he", "th", "hi", "mr", "bn", "pa", "ta", "ur", "ms", "tl", "sw", "ga", "cy", "":
		return false
	}
	return true
}

// han numerals: digits and the multipliers inside a number.
var hanDigit = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9}

var hanUnit = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

var hanBig = map[rune]float64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8}
