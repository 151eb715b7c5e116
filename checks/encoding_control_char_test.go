package checks

import (
	"testing"

	"github.com/mtlint/mtlint/rules"
)

func TestEncodingControlChar(t *testing.T) {
	runCases(t, "encoding/control-char", []checkCase{
		{name: "zero-width space", in: "The strike⟦\u200B⟧ entered its ninth day.\n", fixed: "The strike entered its ninth day.\n"},
		{name: "run of invisibles", in: "The⟦\u200B\u2060\u200B⟧ strike.\n", fixed: "The strike.\n"},
		{name: "stray BOM", in: "The strike.⟦\uFEFF⟧\n", fixed: "The strike.\n"},
		{name: "vertical tab", in: "The strike.⟦\v⟧The vote.\n", fixed: "The strike.\nThe vote.\n"},
		{name: "line separator", in: "The strike.⟦\u2028⟧The vote.\n", fixed: "The strike.\nThe vote.\n"},
		{name: "zero-width joiner between Latin letters", in: "straw⟦\u200D⟧berry\n", fixed: "strawberry\n"},
		{name: "left-to-right mark in English", in: "The vote⟦\u200E⟧ was held.\n"},
		{name: "soft hyphen", in: "inter⟦\u00AD⟧national\n", fixed: "international\n"},
		{name: "C1 control alone", in: "The strike⟦\u0090⟧.\n"},
		// Negative cases.
		{name: "tab and CRLF", in: "The strike\tentered its ninth day.\r\n"},
		{name: "emoji joiner", in: "The 👨\u200D👩\u200D👧 emoji.\n"},
		{name: "Persian non-joiner", in: "می\u200Cخواهم\n"},
		{name: "right-to-left mark by Hebrew", in: "He said \u200Fשלום\u200F today.\n"},
		{name: "right-to-left marks around quoted Arabic", in: "He said: \u200F\"مرحبا\"\u200F and left.\n"},
		{name: "leading BOM", in: "\uFEFFThe strike.\n"},
		{name: "C1 inside mojibake", in: "He said â€\u009d twice.\n"},
	})
}

func TestEncodingControlCharC0(t *testing.T) {
	// The harness cannot mark around a byte that its markers would join,
	// so check the C0 case directly.
	text := "The\x01\x02 strike.\n"
	_, fs := runCheck(t, "encoding/control-char", text, nil)
	if len(fs) != 1 || fs[0].Start != 3 || fs[0].End != 5 {
		t.Fatalf("got %v, want one finding over bytes 3-5", fs)
	}
	out, _ := rules.Apply([]byte(text), []*rules.Fix{fs[0].Fix})
	if string(out) != "The strike.\n" {
		t.Errorf("fixed: %q", out)
	}
}

func TestEncodingSoftHyphenIsInfo(t *testing.T) {
	_, fs := runCheck(t, "encoding/control-char", "inter\u00ADnational and\u00AD\u00ADmore\n", nil)
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2", len(fs))
	}
	for _, f := range fs {
		if f.Severity != rules.Info {
			t.Errorf("soft hyphen reported as %s", f.Severity)
		}
	}
	_, fs = runCheck(t, "encoding/control-char", "inter\u00AD\u200Bnational\n", nil)
	if len(fs) != 1 || fs[0].Severity != rules.Warning {
		t.Errorf("a run with a zero-width space must be a warning: %v", fs)
	}
}
