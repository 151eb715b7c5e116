package reader

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/mtlint/mtlint/article"
)

// frontMatter returns the length of the front matter at the start of src
// (0 when there is none) and what mtlint reads from it. Three kinds, as
// Hugo and Jekyll write them:
//
//   - YAML between two lines of "---" (the closing one may be "...");
//   - TOML between two lines of "+++";
//   - a JSON object that opens on the first line.
//
// Front matter that does not parse is still skipped, as metadata, with
// nothing read from it.
func frontMatter(src []byte) (int, article.Meta) {
	switch {
	case lineIs(src, "---"):
		n, body := fenced(src, "---", "...")
		if n == 0 {
			return 0, article.Meta{}
		}
		var m map[string]any
		if yaml.Unmarshal(body, &m) != nil {
			return n, article.Meta{}
		}
		return n, metaOf(m)
	case lineIs(src, "+++"):
		n, body := fenced(src, "+++", "+++")
		if n == 0 {
			return 0, article.Meta{}
		}
		return n, metaOf(tomlTop(body))
	case len(src) > 0 && src[0] == '{':
		d := json.NewDecoder(bytes.NewReader(src))
		var m map[string]any
		if d.Decode(&m) != nil {
			return 0, article.Meta{}
		}
		n := int(d.InputOffset())
		// The object ends its line.
		rest := src[n:]
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest)
		} else {
			i++
		}
		if !article.ASCIISpace(rest[:i]) {
			return 0, article.Meta{}
		}
		return n + i, metaOf(m)
	}
	return 0, article.Meta{}
}

// lineIs reports whether the first line of src is s (trailing white space
// allowed).
func lineIs(src []byte, s string) bool {
	if !bytes.HasPrefix(src, []byte(s)) {
		return false
	}
	rest := src[len(s):]
	i := bytes.IndexByte(rest, '\n')
	if i < 0 {
		return false
	}
	return article.ASCIISpace(rest[:i])
}

// fenced finds the closing fence of front matter whose first line is
// open: it returns the length through the closing line and the lines in
// between; 0 when the fence is never closed.
func fenced(src []byte, open, close string) (int, []byte) {
	first := bytes.IndexByte(src, '\n') + 1
	for i := first; i < len(src); {
		j := bytes.IndexByte(src[i:], '\n')
		end := len(src)
		if j >= 0 {
			end = i + j + 1
		}
		line := bytes.TrimRight(src[i:end], " \t\r\n")
		if string(line) == open || string(line) == close {
			return end, src[first:i]
		}
		i = end
	}
	return 0, nil
}

// tomlTop reads the top-level "key = value" pairs of TOML front matter
// whose value is a string (the keys mtlint reads), up to the first table.
func tomlTop(body []byte) map[string]any {
	m := map[string]any{}
	for _, line := range strings.Split(string(body), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			break
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.Trim(strings.TrimSpace(k), `"'`), strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			s := v[1 : len(v)-1]
			if v[0] == '"' {
				var u string
				if json.Unmarshal([]byte(v), &u) == nil {
					s = u
				}
			}
			m[k] = s
		}
	}
	return m
}

// metaOf reads the keys mtlint uses, whatever their case: lang (or
// language, locale), source (or original, translationKey), site (or
// site_name), section (or category, or the first of categories), title.
func metaOf(m map[string]any) article.Meta {
	get := func(keys ...string) string {
		for _, want := range keys {
			for k, v := range m {
				if !strings.EqualFold(k, want) {
					continue
				}
				switch v := v.(type) {
				case string:
					return strings.TrimSpace(v)
				case []any:
					if len(v) > 0 {
						if s, ok := v[0].(string); ok {
							return strings.TrimSpace(s)
						}
					}
				case fmt.Stringer:
					return v.String()
				}
			}
		}
		return ""
	}
	return article.Meta{
		Lang:    get("lang", "language", "locale"),
		Source:  get("source", "original", "translationKey"),
		Site:    get("site", "site_name", "sitename"),
		Section: get("section", "category", "categories"),
		Title:   get("title"),
	}
}
