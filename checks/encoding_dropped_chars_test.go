package checks

import (
	"strings"
	"testing"
)

func TestEncodingDroppedChars(t *testing.T) {
	runCases(t, "encoding/dropped-chars", []checkCase{
		{name: "a name that lost its accented letter",
			in:    "The mayor of Toluca, ⟦Jos⟧ Manuel Ortega, said rescue teams worked through the night.",
			fixed: "The mayor of Toluca, José Manuel Ortega, said rescue teams worked through the night."},
		{name: "a listed phrase confirms an English-looking form",
			in:    "Former president Enrique ⟦Pea Nieto⟧ has lived in Spain since leaving office.",
			fixed: "Former president Enrique Peña Nieto has lived in Spain since leaving office."},
		{name: "a lowercase word at the start of a sentence",
			in: "The slogan was printed on every wall. ⟦Tambin⟧ the radio carried it, the mayor said."},
		{name: "contractions in a text without apostrophes",
			in:    "Residents said they ⟦dont⟧ know when power will return. ⟦Its not⟧ clear how many are trapped.",
			fixed: "Residents said they don’t know when power will return. It’s not clear how many are trapped."},
		{name: "a possessive and an ending, with strong evidence",
			in:    "The eruption of ⟦Mexicos⟧ tallest volcano alarmed ⟦Jos⟧ Luis, a farmer in ⟦Ocotn⟧. Mexico has dozens of volcanoes.",
			fixed: "The eruption of Mexico’s tallest volcano alarmed José Luis, a farmer in Ocotn. Mexico has dozens of volcanoes."},
		{name: "an ending in a text that kept its apostrophes",
			in: "The mayor's office said ⟦Muoz⟧ had visited ⟦Ocotn⟧ on Monday."},
		{name: "an English-looking form with strong evidence elsewhere",
			in: "Opposition leader ⟦Snchez⟧ met the ⟦Pea⟧ family on Sunday."},
		{name: "question marks between letters",
			in:    "The minister called it a sad ⟦day?the⟧ opposition walked out, and ⟦Pe?a⟧ said they ⟦don?t⟧ care.",
			fixed: "The minister called it a sad day?the opposition walked out, and Peña said they don’t care."},
		// Negative cases.
		{name: "a text that kept its accented letters", in: "Jos Antonio met Jürgen Müller, and they dont agree."},
		{name: "English-looking forms alone", in: "Pea soup, a sofa and hot lava: Luca and Toms ate at the Pas cafe in Sofa Street."},
		{name: "a typo in a text with apostrophes", in: "They don't know, and they dont care."},
		{name: "plurals and names ending in s", in: "The two Koreas met on Mondays and Fridays in Athens and Paris. Korea and Monday and Athen were not."},
		{name: "question marks in addresses and sentences", in: "See example.com/search?q=volcano or index.php?id=4. Why? Nobody knows?"},
		{name: "accents stripped, not dropped", in: "Jose Manuel Ortega and Enrique Pena Nieto met in Mexico City on Tuesday; its president said it's over."},
		{name: "its before a noun", in: "The firm and its staff said its profits fell."},
	})
}

// TestDroppedListData checks the list: every entry of [accented] has a
// letter outside ASCII, so that it has a damaged form to look for.
func TestDroppedListData(t *testing.T) {
	d := dataSections(droppedData)
	for _, line := range dataSection(d, "accented") {
		if dropASCII(line) == line {
			t.Errorf("[accented] entry %q has no letter outside ASCII", line)
		}
	}
	for _, c := range dataSection(d, "contractions") {
		if !strings.Contains(c, "’") {
			t.Errorf("[contractions] entry %q has no apostrophe", c)
		}
	}
}

// TestEncodingDroppedCharsExtraWords: a name the built-in list lacks is
// found once the user adds it.
func TestEncodingDroppedCharsExtraWords(t *testing.T) {
	const text = "Mayor Rosa Quinez said the bridge would reopen. Councillor Ramn Gil disagreed.\n"
	_, before := runCheck(t, "encoding/dropped-chars", text, nil)
	for _, f := range before {
		if strings.Contains(f.Message, "Quinez") || strings.Contains(f.Message, "Quiñónez") {
			t.Fatalf("the built-in list already knows the name: %s", f.Message)
		}
	}
	runCasesWith(t, "encoding/dropped-chars", map[string]any{"extra-words": []string{"Quiñónez"}}, []checkCase{
		{name: "an added name", in: "Mayor Rosa ⟦Quinez⟧ said the bridge would reopen. Councillor ⟦Ramn⟧ Gil disagreed.\n",
			fixed: "Mayor Rosa Quiñónez said the bridge would reopen. Councillor Ramón Gil disagreed.\n"},
		{name: "the built-in list still counts", in: "Mayor ⟦Jos⟧ Ortega said the bridge would reopen.\n",
			fixed: "Mayor José Ortega said the bridge would reopen.\n"},
	})
}
