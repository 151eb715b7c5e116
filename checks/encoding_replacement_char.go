package checks

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/rules"
)

// encoding/replacement-char: characters lost to U+FFFD.

func init() {
	register(
		&rules.Check{
			ID: "encoding/replacement-char",
			Doc: "Finds the replacement character U+FFFD (\"�\"), which a converter puts where it met bytes it " +
				"could not decode: the original character is lost and has to be restored by hand, so there is " +
				"no fix.",
			Bad:      "The singer Beyonc\uFFFD won three awards.\n",
			Good:     "The singer Beyoncé won three awards.\n",
			Severity: rules.Error,
			Run:      runReplacementChar,
		},
	)
}

func runReplacementChar(p *rules.Pass) {
	a := p.Article
	src := a.Src
	const fffd = "\uFFFD"
	for off := a.BodyStart; off < len(src); {
		k := bytes.Index(src[off:], []byte(fffd))
		if k < 0 {
			break
		}
		i := off + k
		j := i + len(fffd)
		for bytes.HasPrefix(src[j:], []byte(fffd)) {
			j += len(fffd)
		}
		off = j
		if i >= len("â€") && string(src[i-len("â€"):i]) == "â€" {
			continue // encoding/mojibake reports "â€�"
		}
		n := utf8.RuneCount(src[i:j])
		msg := "replacement character U+FFFD: a character was lost when the text was converted"
		if n > 1 {
			msg = fmt.Sprintf("%d replacement characters U+FFFD: characters were lost when the text was converted", n)
		}
		p.Report(article.Span{Start: i, End: j}, msg, nil)
	}
}
