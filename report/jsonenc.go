package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/mtlint/mtlint/rules"
)

// The JSON of a finding, written without reflection: a finding-dense file
// has hundreds of thousands of findings, and encoding/json spends a
// microsecond on each. The bytes are exactly those encoding/json writes
// for toJSONFinding's JSONFinding with SetEscapeHTML(false), which
// TestJSONFindingEncoding and FuzzJSONString check, field by field.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string as encoding/json writes it
// without HTML escaping: '"' and '\\' escaped, the control characters as
// \b, \f, \n, \r, \t or \u00XX, a byte that is not UTF-8 as \ufffd, and
// U+2028 and U+2029 as \u2028 and \u2029; everything else as it is.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	plain := 0 // s[plain:i] is still to be copied as it is
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[plain:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			plain = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, s[plain:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[plain:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += n
			continue
		}
		i += n
		plain = i
	}
	dst = append(dst, s[plain:]...)
	return append(dst, '"')
}

func appendJSONInt(dst []byte, key string, v int) []byte {
	dst = append(dst, key...)
	return strconv.AppendInt(dst, int64(v), 10)
}

// appendJSONFinding appends the JSON object of finding x of file f: the
// JSONFinding of toJSONFinding, with its fields in their declared order.
func appendJSONFinding(dst []byte, f *File, x rules.Finding) []byte {
	p, q := f.Position(x.Start), f.Position(x.End)
	dst = append(dst, `{"rule":`...)
	dst = appendJSONString(dst, x.Rule)
	dst = append(dst, `,"severity":`...)
	dst = appendJSONString(dst, x.Severity.String())
	dst = append(dst, `,"message":`...)
	dst = appendJSONString(dst, x.Message)
	dst = appendJSONInt(dst, `,"line":`, p.Line)
	dst = appendJSONInt(dst, `,"column":`, p.Column)
	dst = appendJSONInt(dst, `,"end_line":`, q.Line)
	dst = appendJSONInt(dst, `,"end_column":`, q.Column)
	dst = appendJSONInt(dst, `,"offset":`, x.Start)
	dst = appendJSONInt(dst, `,"end_offset":`, x.End)
	if fx := x.Fix; fx != nil {
		dst = append(dst, `,"fix":{"description":`...)
		dst = appendJSONString(dst, fx.Description)
		dst = append(dst, `,"edits":`...)
		if fx.Edits == nil {
			dst = append(dst, "null"...)
		} else {
			dst = append(dst, '[')
			for i, e := range fx.Edits {
				if i > 0 {
					dst = append(dst, ',')
				}
				dst = appendJSONInt(dst, `{"offset":`, e.Offset)
				dst = appendJSONInt(dst, `,"end_offset":`, e.EndOffset)
				dst = append(dst, `,"text":`...)
				dst = appendJSONString(dst, e.Text)
				dst = append(dst, '}')
			}
			dst = append(dst, ']')
		}
		if fx.Unsafe {
			dst = append(dst, `,"unsafe":true`...)
		}
		dst = append(dst, '}')
	}
	if x.Source != nil {
		dst = appendJSONInt(dst, `,"source_offset":`, x.Source.Start)
		dst = appendJSONInt(dst, `,"source_end_offset":`, x.Source.End)
	}
	return append(dst, '}')
}
