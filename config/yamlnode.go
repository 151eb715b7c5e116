package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is one problem in a configuration file: the file, the 1-based line
// (0 when the problem concerns the whole file), the key it is under as a
// dotted path ("rules.disable[1]", "patterns[0].regex") and a message.
type Error struct {
	Path string
	Line int
	Key  string
	Msg  string
}

// Error formats the problem as "path:line: key: message".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in a configuration file, sorted by line.
// Load returns all of them, not only the first.
type Errors []*Error

// Error joins the problems, one a line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// parser walks a YAML node tree and collects errors.
type parser struct {
	path string
	data []byte
	errs Errors
}

func (p *parser) errf(n *yaml.Node, key, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &Error{Path: p.path, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) sorted() Errors {
	sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
	return p.errs
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// document parses data and returns its top-level mapping, or nil when the
// file is empty or holds only comments.
func (p *parser) document(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if !errors.Is(err, io.EOF) {
			p.yamlError(err)
		}
		return nil
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		p.errf(&extra, "", "a second YAML document (after ---); the file must hold one")
	case !errors.Is(err, io.EOF):
		p.yamlError(err)
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := resolve(doc.Content[0])
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		p.errf(root, "", "the file must be a mapping of keys (lang, rules, patterns, ...), not %s", kindName(root))
		return nil
	}
	return root
}

func (p *parser) yamlError(err error) {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		msg := "YAML syntax: " + m[2]
		if lines := bytes.Split(p.data, []byte("\n")); line >= 1 && line <= len(lines) && bytes.Contains(lines[line-1], []byte("\t")) {
			msg += " (a tab: YAML indents with spaces only)"
		}
		p.errs = append(p.errs, &Error{Path: p.path, Line: line, Msg: msg})
		return
	}
	p.errs = append(p.errs, &Error{Path: p.path, Msg: "YAML syntax: " + strings.TrimPrefix(msg, "yaml: ")})
}

// resolve follows aliases (*name) to the node they name.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "an empty value"
		case "!!int", "!!float":
			return "a number (" + n.Value + ")"
		case "!!bool":
			return "a boolean (" + n.Value + ")"
		}
		return fmt.Sprintf("the string %q", n.Value)
	}
	return "an unsupported YAML node"
}

func join(key, sub string) string {
	if key == "" {
		return sub
	}
	return key + "." + sub
}

func index(key string, i int) string { return fmt.Sprintf("%s[%d]", key, i) }

// entry is one key of a mapping.
type entry struct {
	name   string
	key    *yaml.Node
	value  *yaml.Node // aliases resolved
	keyStr string     // the dotted path of the entry
}

// entries returns the keys of mapping n, reporting a node that is not a
// mapping, keys that are not strings and keys given twice.
func (p *parser) entries(n *yaml.Node, key string) []entry {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		p.errf(n, key, "wants a mapping of keys, got %s", kindName(n))
		return nil
	}
	seen := map[string]int{}
	var out []entry
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode || isNull(k) {
			p.errf(k, key, "keys must be plain strings, got %s", kindName(k))
			continue
		}
		if k.Value == "<<" {
			p.errf(k, join(key, "<<"), "YAML merge keys are not supported; write the keys out")
			continue
		}
		if line, ok := seen[k.Value]; ok {
			p.errf(k, join(key, k.Value), "given twice (first at line %d)", line)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, entry{name: k.Value, key: k, value: v, keyStr: join(key, k.Value)})
	}
	return out
}

// fields returns the keys of mapping n that are in known, reporting the
// others with a suggestion. hints maps keys people write by habit (from
// other tools) to advice.
func (p *parser) fields(n *yaml.Node, key string, known []string, hints map[string]string) map[string]entry {
	out := map[string]entry{}
	for _, e := range p.entries(n, key) {
		if !contains(known, e.name) {
			p.unknownKey(e, known, hints)
			continue
		}
		out[e.name] = e
	}
	return out
}

func (p *parser) unknownKey(e entry, known []string, hints map[string]string) {
	msg := fmt.Sprintf("unknown key %q", e.name)
	if h, ok := hints[e.name]; ok {
		msg += "; " + h
	} else if s := suggest(e.name, known); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	} else {
		msg += " (known keys: " + strings.Join(known, ", ") + ")"
	}
	p.errf(e.key, e.keyStr, "%s", msg)
}

// str reads a scalar as a string.
func (p *parser) str(n *yaml.Node, key string) (string, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errf(n, key, "wants a string, got %s", kindName(n))
		return "", false
	}
	return n.Value, true
}

// boolean reads a YAML boolean.
func (p *parser) boolean(n *yaml.Node, key string) (bool, bool) {
	n = resolve(n)
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		var b bool
		if err := n.Decode(&b); err == nil {
			return b, true
		}
	}
	p.errf(n, key, "wants true or false, got %s", kindName(n))
	return false, false
}

// list returns the items of a sequence; a single scalar counts as a list
// of one, and an empty value as an empty list.
func (p *parser) list(n *yaml.Node, key string) []*yaml.Node {
	n = resolve(n)
	switch {
	case isNull(n):
		return nil
	case n.Kind == yaml.ScalarNode:
		return []*yaml.Node{n}
	case n.Kind == yaml.SequenceNode:
		out := make([]*yaml.Node, len(n.Content))
		for i, c := range n.Content {
			out[i] = resolve(c)
		}
		return out
	}
	p.errf(n, key, "wants a list, got %s", kindName(n))
	return nil
}

// item is a string from a list with the node it came from.
type item struct {
	s    string
	node *yaml.Node
	key  string
}

// strs reads a list of strings (or one string); numbers are taken as
// written.
func (p *parser) strs(n *yaml.Node, key string) []item {
	var out []item
	for i, c := range p.list(n, key) {
		k := index(key, i)
		if resolve(n).Kind == yaml.ScalarNode {
			k = key
		}
		if s, ok := p.str(c, k); ok {
			out = append(out, item{s, c, k})
		}
	}
	return out
}

// value reads a parameter value: a scalar in its YAML type (int, float64,
// bool, string) or a list of them ([]any).
func (p *parser) value(n *yaml.Node, key string) (any, bool) {
	n = resolve(n)
	switch {
	case isNull(n):
		p.errf(n, key, "wants a value")
		return nil, false
	case n.Kind == yaml.ScalarNode:
		return scalar(n), true
	case n.Kind == yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			c = resolve(c)
			if c.Kind != yaml.ScalarNode || isNull(c) {
				p.errf(c, index(key, i), "wants a plain value, got %s", kindName(c))
				return nil, false
			}
			out = append(out, scalar(c))
		}
		return out, true
	}
	p.errf(n, key, "wants a value or a list, got %s", kindName(n))
	return nil, false
}

func scalar(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!int", "!!float", "!!bool":
		var v any
		if err := n.Decode(&v); err == nil {
			return v
		}
	}
	return n.Value
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the candidate nearest to s when it is near enough to be a
// likely misspelling, else "".
func suggest(s string, candidates []string) string {
	best, bestD := "", 1<<30
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := distance(ls, strings.ToLower(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(2, len([]rune(s))/4)
	if bestD == 0 || bestD <= limit && bestD < len([]rune(s)) {
		return best
	}
	return ""
}

// distance is the Levenshtein distance between a and b, by runes, counting
// a swap of two neighbours as one edit.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
