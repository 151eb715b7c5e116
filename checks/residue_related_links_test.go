package checks

import (
	"testing"
)

func TestResidueRelatedLinks(t *testing.T) {
	runCases(t, "residue/related-links", []checkCase{
		{name: "label and bulleted headlines in paragraphs",
			in: "The talks stalled.\n\n⟦More information\n\n  • Shipping lines divert cargo to Algeciras\n\n" +
				"  • Families of the missing crew ask for help: \"Bring them home\"⟧\n\nThe unions met again on Friday.\n",
			fixed: "The talks stalled.\n\nThe unions met again on Friday.\n"},
		{name: "label and bullets in one paragraph",
			in:    "The talks stalled.\n\n⟦Related\n- Shipping lines divert cargo\n- Government offers mediation⟧\n\nThe unions met again.\n",
			fixed: "The talks stalled.\n\nThe unions met again.\n"},
		{name: "unbulleted headlines",
			in: "The talks stalled.\n\n⟦Read more:\n\nShipping lines divert cargo to Algeciras\n\nWhy the port matters to Spain's economy?⟧\n\n" +
				"The unions met again on Friday and said they would hold out.\n"},
		{name: "Spanish label",
			in: "The talks stalled.\n\n⟦LEER MÁS\n\n• Los sindicatos mantienen la huelga⟧\n\nThe unions met again on Friday.\n"},
		{name: "label alone before prose",
			in:    "The talks stalled.\n\n⟦You may like⟧\n\nThe unions met again on Friday, and said so.\n",
			fixed: "The talks stalled.\n\nThe unions met again on Friday, and said so.\n"},
		{name: "block stops at a timestamp",
			in: "The talks stalled.\n\n⟦Most read⟧\n\nWorld/Europe 2023-10-02T11:20:47.561Z\n"},
		{name: "bulleted block stops at an unbulleted line",
			in: "The talks stalled.\n\n⟦See also\n\n• Shipping lines divert cargo⟧\n\nThe\n\nnegotiation began in March.\n"},
		{name: "title-case headlines with their teasers",
			in: "The talks stalled.\n\n⟦Read More\n\nShipping Lines Divert Cargo To Algeciras\n\nThe main lines moved dozens of ships to the south after the " +
				"strike began, the port said...\n\nDockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good.⟧\n",
			fixed: "The talks stalled.\n"},
		{name: "teasers cut short without a label",
			in: "The talks stalled.\n\n⟦Shipping Lines Divert Cargo To Algeciras\n\nThe main lines moved dozens of ships to the south after the strike began...\n\n" +
				"Dockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good, the unions…⟧\n"},
		{name: "a label of link words and headlines after the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\n⟦More from Business\nCitrus growers count the cost of the strike\n" +
				"Ports across the region brace for a busy week⟧\n"},
		// Negative cases.
		{name: "a list of names after the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\nHarbour Lights (BBC Three)\nThe Night Ferry (Northgate Pictures, ITV1)\n" +
				"Dock Street (Eastside Films, Channel 4)\nSchool Of Sails\n"},
		{name: "a subheading with a link word in the article",
			in: "The talks stalled, and the unions said they would meet again on Friday.\n\nMore talks ahead\nThe unions meet the ministry on Friday\n" +
				"The shipping lines join them on Monday\n\nThe port reopened on Monday after nine days, the authority said in a statement.\n"},
		{name: "title-case subheadings in an article",
			in: "The talks stalled.\n\nShipping Lines Divert Cargo\n\nThe main lines moved dozens of ships to the south after the strike began.\n\n" +
				"Dockers Vote On New Shifts\n\nThe vote on Friday will decide whether the port reopens for good.\n"},
		{name: "one teaser cut short", in: "The talks stalled.\n\nShipping Lines Divert Cargo\n\nThe main lines moved dozens of ships to the south...\n"},
		{name: "not a built-in label", in: "The talks stalled.\n\nMás noticias\n\n• Shipping lines divert cargo\n\nThe unions met.\n"},
		{name: "label words in sentences", in: "More information is expected on Friday.\n\nRelated shares fell.\n\nRead more about it in our report, he said.\n"},
		{name: "bulleted list without a label", in: "The union wants:\n\n• two rest days a week\n\n• a new shift system\n"},
	})
}

func TestResidueRelatedLinksParams(t *testing.T) {
	runCasesWith(t, "residue/related-links", map[string]any{"extra-labels": []string{"Más noticias"}}, []checkCase{
		{name: "extra label", in: "The talks stalled.\n\n⟦Más noticias\n\n• Shipping lines divert cargo⟧\n\nThe unions met.\n"},
	})
}
