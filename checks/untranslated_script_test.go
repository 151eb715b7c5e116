package checks

import (
	"strings"
	"testing"
)

func TestUntranslatedScript(t *testing.T) {
	runCases(t, "untranslated/script", []checkCase{
		{name: "Cyrillic phrase in quotes", in: `The Kremlin called it a "⟦специальная военная операция⟧" and denied any losses.`},
		{name: "Cyrillic run over punctuation", in: `State television's caption read ⟦Москва: «нет⟧» in large type.`},
		{name: "Han", in: "Chinese state media said the talks were ⟦非常成功⟧ and would continue."},
		{name: "Han slogan", in: "The slogan ⟦一国两制⟧ was displayed on screens across Hong Kong."},
		{name: "Japanese mixes Han and kana in one run", in: "The sign said ⟦東京で会いましょう⟧ in red letters."},
		{name: "Hangul", in: "Fans held banners reading ⟦사랑해요⟧ outside the arena."},
		{name: "Arabic", in: "The group's statement began ⟦بسم الله⟧ and ran to two pages."},
		{name: "Hebrew", in: "Posters bearing the word ⟦שלום⟧ lined the street."},
		{name: "Greek word", in: "The party, known as ⟦ΣΥΡΙΖΑ⟧ in Greece, lost ground."},
		{name: "Devanagari", in: "The minister ended with ⟦धन्यवाद⟧ and left the stage."},
		{name: "Thai", in: "Protesters chanted ⟦ประชาธิปไตย⟧ outside Government House."},
		{name: "look-alike Cyrillic letter in a Latin word", in: "President ⟦Р⟧utin met his advisers on Monday."},
		{name: "two runs", in: "He said ⟦да⟧ and then ⟦нет⟧, reporters said."},
		{name: "clean prose with symbols and accents", in: cleanScriptProse},
		{name: "Greek letters in maths and units", in: "The trial used 5 μg doses of a β-blocker; the α level was 0.05 and Δ was small. The γδ T cells were counted."},
		{name: "micro sign", in: "Particles smaller than 2.5 µm are the most harmful."},
	})
}

// cleanScriptProse is English news with accented names, currency signs,
// degrees, dashes and typographic quotes: nothing for the script check.
const cleanScriptProse = `MADRID, 3 May (Reuters) — Sales rose 4.5% to €2.3bn (£1.9bn), the company said.
Temperatures hit 40°C in Seville – a record – while Mr Müller, a Düsseldorf lawyer, and Ms Łukasiewicz,
from Kraków, said “we will appeal”. Contact: press@example.com or www.example.es. José García, 34, agreed.
Ørsted and Nestlé shares rose 2½%; the S&P 500 closed at 5,100 ™ © ®.`

func TestUntranslatedScriptParams(t *testing.T) {
	runCasesWith(t, "untranslated/script", map[string]any{"lang": "ru"}, []checkCase{
		{name: "Cyrillic is at home in Russian", in: "Президент заявил, что переговоры продолжатся в Москве."},
		{name: "Latin names are allowed everywhere", in: "Компания Apple открыла офис."},
		{name: "Han in Russian", in: "На плакате было написано ⟦和平⟧."},
	})
	runCasesWith(t, "untranslated/script", map[string]any{"scripts": []string{"greek"}}, []checkCase{
		{name: "allowed script", in: "The party, known as ΣΥΡΙΖΑ in Greece, lost ground."},
	})
}

func TestUntranslatedScriptMessage(t *testing.T) {
	_, fs := runCheck(t, "untranslated/script", "The sign said 東京で会いましょう. President Рutin met aides.", nil)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2", len(fs))
	}
	if want := "text in Han and Hiragana script, which English does not use"; !strings.Contains(fs[0].Message, want) {
		t.Errorf("message %q does not contain %q", fs[0].Message, want)
	}
	if want := "look-alike"; !strings.Contains(fs[1].Message, want) {
		t.Errorf("message %q does not contain %q", fs[1].Message, want)
	}
}
