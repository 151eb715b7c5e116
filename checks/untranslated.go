package checks

import (
	"encoding/binary"
	"unicode/utf8"
)

// This file holds what the untranslated checks share. They find text left
// in the source language of a machine translation: letters of another
// script (untranslated_script.go), pure Unicode-table work; and fragments
// in a candidate source language (untranslated_fragment.go, with the
// term lists of untranslated_terms.go), found by a cheap prefilter over
// every word (package lang: function words, letters and spellings per
// language) that picks the few spans that could be foreign, and asks
// lingua-go only about those, with a detector for the target and the two or
// three candidates the prefilter points at. On clean text no language model
// is ever loaded.

// defaultSourceLangs are the languages news is most often translated from.
var defaultSourceLangs = []string{"es", "fr", "de", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar", "zh", "ja", "ko"}

// nextNonASCII returns the index of the first byte ≥ 0x80 in src[i:end],
// or end; it tests eight bytes at a time.
func nextNonASCII(src []byte, i, end int) int {
	for ; i+8 <= end; i += 8 {
		if binary.LittleEndian.Uint64(src[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < end; i++ {
		if src[i] >= utf8.RuneSelf {
			return i
		}
	}
	return end
}
