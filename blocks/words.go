package blocks

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/words.txt
var wordsData string

// The word lists, parsed once.
var (
	functionWords  map[string]bool
	interfaceWords map[string]bool
)

func init() {
	sections := map[string]map[string]bool{}
	var cur map[string]bool
	for _, line := range strings.Split(wordsData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '[' && line[len(line)-1] == ']':
			cur = map[string]bool{}
			sections[line[1:len(line)-1]] = cur
			continue
		case cur == nil:
			panic("blocks/data/words.txt: a word before the first section")
		}
		for _, w := range strings.Fields(line) {
			cur[w] = true
		}
	}
	functionWords, interfaceWords = sections["function"], sections["interface"]
	if functionWords == nil || interfaceWords == nil {
		panic("blocks/data/words.txt: missing section")
	}
	buildWordKinds()
}

// fold appends the lower-case form of w to buf[:0]; ok is false when w is
// too long to be a listed word.
func fold(buf *[32]byte, w []byte) ([]byte, bool) {
	out := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, c)
			i++
		} else {
			r, n := utf8.DecodeRune(w[i:])
			out = utf8.AppendRune(out, unicode.ToLower(r))
			i += n
		}
		if len(out) > 24 {
			return nil, false
		}
	}
	return out, true
}
