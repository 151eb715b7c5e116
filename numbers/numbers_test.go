package numbers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/lang"
)

func code(t testing.TB, c string) lang.Lang {
	if c == "" {
		return 0
	}
	l, ok := lang.Parse(c)
	if !ok {
		t.Fatalf("unknown language %q", c)
	}
	return l
}

// render lists the numbers of text as "written=value" items, with the
// kind when it is not a count and "~" for a soft number.
func render(t testing.TB, lc, text string) string {
	var sc Scanner
	ns := sc.Extract(nil, []byte(text), article.Span{Start: 0, End: len(text)}, code(t, lc))
	var out []string
	for _, n := range ns {
		s := fmt.Sprintf("%s=%s", text[n.Start:n.End], Format(n.Value))
		if n.Alt != n.Value {
			s += "|" + Format(n.Alt)
		}
		if n.Kind != Count {
			s += " " + n.Kind.String()
		}
		if n.Soft {
			s = "~" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func TestExtract(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		// Separators by locale, with the other reading as Alt when one period or comma precedes three digits.
		{"en", "It cost $1.5 billion, or 1,500 million.", "1.5 billion=1.5 billion; 1,500 million=1.5 billion|1.5 million"},
		{"es", "Costó 1.500 millones de dólares.", "1.500 millones=1.5 billion|1.5 million"},
		{"es", "Subió un 1,5 % y luego un 20 por ciento.", "1,5 %=1.5 percentage; 20 por ciento=20 percentage"},
		{"en", "Turnout was 20% against 18.75% in 2019.", "20%=20 percentage; 18.75%=18.75 percentage; 2019=2019"},
		{"de", "Die Stadt zählt 1.234.567 Einwohner und 3,5 Mrd. Euro Schulden.", "1.234.567=1,234,567; 3,5 Mrd.=3.5 billion"},
		{"fr", "Il y a 1\u00a0500\u00a0000 habitants et 2 300 écoles.", "1\u00a0500\u00a0000=1.5 million; 2 300=2300"},
		{"en", "In 2019 300 people came.", "2019=2019; 300=300"},
		{"de", "Der Preis stieg auf 1'250 Franken.", "1'250=1250"},
		{"en", "It sold 1,500,000.75 units.", "1,500,000.75=1,500,000.75"},
		// Multipliers and spelled-out numbers.
		{"es", "Unos tres millones de personas y veinte mil soldados.", "tres millones=3 million; veinte mil=20,000"},
		{"en", "Three ministers and twenty-five MPs resigned.", "~Three=3; ~twenty-five=25"},
		{"fr", "Vingt-deux élèves et un million d'euros.", "~Vingt-deux=22; ~un million=1 million"},
		{"ru", "Бюджет составил 1,5 млрд рублей, погибли три человека.", "1,5 млрд=1.5 billion; ~три=3"},
		{"en", "The firm raised $5m, then 2bn, and ran 5 m.", "5m=5 million; 2bn=2 billion; 5=5"},
		{"en", "He came third, in the first round.", "~third=3; ~first=1"},
		// Dates and times.
		{"es", "El 3 de mayo de 2021 a las 15:30.", "3=3; ~mayo=5 month; 2021=2021; 15:30=930 time"},
		{"en", "On May 3, 2021 at 3.30pm and at 9 a.m.", "~May=5 month; 3=3; 2021=2021; 3.30pm=210 time; 9 a.m.=540 time"},
		{"de", "Am 3. Mai um 15.30 Uhr.", "3=3; ~Mai=5 month; 15.30 Uhr=930 time"},
		{"fr", "Le 14 juillet à 15h30.", "14=14; ~juillet=7 month; 15h30=930 time"},
		{"ru", "3 мая в 15:00.", "3=3; ~мая=5 month; 15:00=900 time"},
		{"en", "Theresa May said in March that it may fall.", ""},
		// Codes and names are not numbers.
		{"en", "COVID-19 hit G7 nations; flight MH17 and 5G masts.", ""},
		{"en", "Read bbc.co.uk/news/12345 or #G20.", ""},
		{"en", "The 2020-2021 season.", "2020=2020; 2021=2021"},
		{"en", "Free for under-18s and the top-10 clubs.", "18=18; 10=10"},
		{"en", "Two-thirds voted on 3/5/2021.", "~Two=2; ~3=3; ~5=5; ~2021=2021"},
		// Chinese: digits with 万 and 亿, Han numerals, 百分之, dates.
		{"zh", "去年共有3.5万人参加，投资1.2亿元。", "3.5万=35,000; 1.2亿=120 million"},
		{"zh", "2021年5月3日下午3点。", "2021=2021; 5月=5 month; 3=3; 3点=180 time"},
		{"zh", "增长了百分之二十，约有三千人，达到20%。", "百分之二十=20 percentage; ~三千=3000; 20%=20 percentage"},
		{"zh", "一亿五千万和二〇二一年，第三名。", "~一亿五千万=150 million; ~二〇二一=2021; ~第三=3"},
		{"zh", "来了三四个人。", "~三四=3|4"},
		// Measures keep their SI value (shown by TestUnits); "and a half";
		// decades; German compounds and glued multipliers; lists.
		{"en", "Two and a half million tonnes in the nineties, twice over.", "Two and a half million=2.5 million; ~nineties=90; ~twice=2"},
		{"en", "Half a million people, a million reasons.", "~Half a million=500,000; ~a million=1 million"},
		{"de", "Über sechstausend Plätze, zehnmal mehr, zweieinhalb Jahre.", "~sechstausend=6000; ~zehnmal=10; ~zweieinhalb=2.5"},
		{"de", "Am sechzehnten Tag kostete es £44m.", "~sechzehnten=16; 44m=44 million"},
		{"de", "Die 44-Millionen-Pfund-Verpflichtung und 126,5-Millionen-Dollar.", "44-Millionen=44 million; 126,5-Millionen=126.5 million"},
		{"en", "And 1,500 people came to a 1000MW plant.", "1,500=1500|1.5; 1000=1000"},
		// Roman numerals of two letters or more.
		{"es", "En el siglo XX, Felipe VI y la OTAN.", "~XX=20; ~VI=6"},
	}
	for _, c := range cases {
		t.Run(c.lang+" "+c.text, func(t *testing.T) {
			if got := render(t, c.lang, c.text); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	cases := []struct {
		l1, s1, l2, s2 string
		want           bool
	}{
		{"es", "1.500 millones", "en", "1.5 billion", true},
		{"es", "1.500 millones", "en", "1,500 million", true},
		{"es", "1,5", "en", "1.5", true},
		{"es", "1.500", "en", "1,500", true},
		{"de", "1.500", "en", "1.5", true}, // the other reading: not this check's to judge
		{"es", "20 %", "en", "20%", true},
		{"es", "tres", "en", "three", true},
		{"zh", "3万", "en", "30,000", true},
		{"zh", "1.2亿", "en", "120 million", true},
		{"zh", "百分之二十", "en", "20 per cent", true},
		{"es", "15:30", "en", "3.30pm", true},
		{"es", "15:30", "en", "3:30 p.m.", true},
		{"de", "15 Uhr", "en", "3pm", true},
		{"es", "los años 90", "en", "the 1990s", true},
		{"es", "mayo de 2021", "en", "May 2021", true},
		{"es", "1.500 millones", "en", "1.5 million", true}, // "1.500" is also 1.5 in English
		{"es", "15", "en", "16", false},
		{"es", "1,5 millones", "en", "15 million", false},
		{"es", "mayo de 2021", "en", "March 2021", false},
		{"es", "billón", "en", "billion", false},
	}
	for _, c := range cases {
		var sc Scanner
		a := sc.Extract(nil, []byte(c.s1), article.Span{Start: 0, End: len(c.s1)}, code(t, c.l1))
		b := sc.Extract(nil, []byte(c.s2), article.Span{Start: 0, End: len(c.s2)}, code(t, c.l2))
		// Every number of each side must match one of the other's.
		covered := func(xs, ys []Number) bool {
			for _, x := range xs {
				ok := false
				for _, y := range ys {
					ok = ok || Match(x, y)
				}
				if !ok {
					return false
				}
			}
			return len(xs) > 0
		}
		got := covered(a, b) && covered(b, a)
		if got != c.want {
			t.Errorf("%s %q ~ %s %q: got %v, want %v (%s | %s)", c.l1, c.s1, c.l2, c.s2, got, c.want, render(t, c.l1, c.s1), render(t, c.l2, c.s2))
		}
	}
}

func TestUnits(t *testing.T) {
	cases := []struct {
		l1, s1, l2, s2 string
		want           bool
	}{
		{"en", "about 10 miles downstream", "de", "etwa 16 Kilometer flussabwärts", true},
		{"en", "between 375 and 400 pounds", "de", "zwischen 170 und 180 Kilogramm", true},
		{"en", "it heats up to 115 degrees", "de", "auf 43 Grad Celsius", true},
		{"en", "120 feet above the water", "de", "40 Meter über dem Wasser", true},
		{"en", "a 50 mph wind", "fr", "un vent de 80 km/h", true},
		{"en", "10 miles", "de", "10 Kilometer", false},
		{"en", "300 acres", "es", "121 hectáreas", true},
		{"en", "for 48 hours", "de", "zwei Tage lang", true},
		{"en", "from 38 to 36 hours", "de", "von 38 auf 35 Stunden", false},
		{"zh", "24小时看护", "en", "24 hours a day", true},
		{"zh", "输入[1,1]", "en", "input [1,1]", true},
		{"zh", "输入[1,1]", "en", "input [1, 1]", true},
	}
	for _, c := range cases {
		var sc Scanner
		a := sc.Extract(nil, []byte(c.s1), article.Span{Start: 0, End: len(c.s1)}, code(t, c.l1))
		b := sc.Extract(nil, []byte(c.s2), article.Span{Start: 0, End: len(c.s2)}, code(t, c.l2))
		got := len(a) > 0 && len(b) > 0
		for _, x := range a {
			ok := false
			for _, y := range b {
				ok = ok || Match(x, y)
			}
			got = got && ok
		}
		if got != c.want {
			t.Errorf("%q ~ %q: got %v, want %v (%s | %s)", c.s1, c.s2, got, c.want, render(t, c.l1, c.s1), render(t, c.l2, c.s2))
		}
	}
}

func TestWhole(t *testing.T) {
	for text, want := range map[string]bool{"24 hours": true, "7 days": true, "12 months": true, "100%": true,
		"25 hours": false, "3 days": false, "12 people": false, "50%": false} {
		var sc Scanner
		ns := sc.Extract(nil, []byte(text), article.Span{Start: 0, End: len(text)}, lang.English)
		if len(ns) != 1 || Whole(ns[0]) != want {
			t.Errorf("Whole(%q) = %v, want %v", text, len(ns) == 1 && Whole(ns[0]), want)
		}
	}
	var sc Scanner
	zh := "24小时"
	if ns := sc.Extract(nil, []byte(zh), article.Span{Start: 0, End: len(zh)}, code(t, "zh")); len(ns) != 1 || !Whole(ns[0]) {
		t.Errorf("Whole(%q) is false", zh)
	}
}

func TestFormat(t *testing.T) {
	for v, want := range map[float64]string{1.5e9: "1.5 billion", 15000: "15,000", 20: "20", 2.5: "2.5", 3e12: "3 trillion", 9999: "9999"} {
		if got := Format(v); got != want {
			t.Errorf("Format(%v) = %q, want %q", v, got, want)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	text := []byte(strings.Repeat("The government said on May 3 that 1,500 people, about 20% of the town, had left since 2019; "+
		"officials expect another three thousand by the end of the year, at a cost of $1.5 billion. ", 50))
	var sc Scanner
	var ns []Number
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ns = sc.Extract(ns[:0], text, article.Span{Start: 0, End: len(text)}, lang.English)
	}
}
