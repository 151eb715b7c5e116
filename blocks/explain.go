package blocks

import (
	"fmt"
	"strings"
)

// Explain says, for a message, which evidence made block i furniture: its
// shape, then its position or context ("a short line of interface words
// (font, size, settings), in a run of 4 lines between the headline and the
// lead"). It returns "" for a block that is not furniture.
func (pg *Page) Explain(i int) string {
	b := &pg.Blocks[i]
	if b.Role != Furniture {
		return ""
	}
	shapeDesc := pg.shapeDesc(b)
	pos := ""
	switch {
	case b.Why&AboveHeadline != 0:
		pos = "above the headline"
	case b.Why&BeforeLead != 0:
		pos = "between the headline and the lead"
	case b.Why&NextToFurniture != 0:
		pos = "right after other furniture at the end of the article"
	case b.Why&AfterEnd != 0:
		pos = "after the end of the article"
	case b.Why&BetweenFurniture != 0:
		pos = "between two lines of furniture"
	case b.Why&InterfaceRun != 0:
		pos = "in a run of such lines"
	}
	if pos == "" {
		return shapeDesc
	}
	if n := pg.run(i); n >= 3 {
		pos = fmt.Sprintf("one of a run of %d such lines %s", n, pos)
	}
	if shapeDesc == "" {
		return pos
	}
	return shapeDesc + ", " + pos
}

// run counts the furniture lines in a row around block i that share its
// position.
func (pg *Page) run(i int) int {
	pos := pg.Blocks[i].Why & (AboveHeadline | BeforeLead | AfterEnd | NextToFurniture | BetweenFurniture | InterfaceRun)
	n := 1
	for k := i - 1; k >= 0 && pg.Blocks[k].Role == Furniture && pg.Blocks[k].Why&pos != 0; k-- {
		n++
	}
	for k := i + 1; k < len(pg.Blocks) && pg.Blocks[k].Role == Furniture && pg.Blocks[k].Why&pos != 0; k++ {
		n++
	}
	return n
}

// shapeDesc describes the shape evidence of a furniture block.
func (pg *Page) shapeDesc(b *Block) string {
	w := b.Why | b.Ev&(strong|weak)
	switch {
	case w&b.Hinted&(Structure|Credit) != 0 && b.HintWhy != "":
		return "the page's HTML: " + b.HintWhy
	case w&Structure != 0:
		return "the page's HTML puts it in navigation, a header, a footer or an aside, or it is mostly links"
	case w&Hashtags != 0:
		return "a line of hashtags"
	case w&Code != 0:
		return "script code"
	case w&Breadcrumb != 0:
		return "a breadcrumb trail"
	case w&Byline != 0:
		return "a byline with a date or a web address"
	case w&Address != 0:
		return "a web address or handle in a short line"
	case w&Locale != 0:
		return "a language switcher"
	case w&Count != 0:
		return "a reading time or a count"
	case w&Separated != 0:
		return fmt.Sprintf("%d short items split by separators", b.shape.parts)
	case w&Menu != 0:
		return "a menu item (one of three or more bulleted one- to three-word lines)"
	case w&Interface != 0:
		return "a short line of words of a site's interface (" + pg.interfaceWords(b) + ")"
	case w&KeyValue != 0:
		return "a bulleted \"label: value\" line"
	case w&Label != 0:
		return "a label ending in a colon"
	case w&Note != 0:
		return "an asterisk note"
	case w&Fragment != 0:
		s := &b.shape
		switch {
		case s.lowerStart:
			return "a short line in lower case"
		case s.allCaps:
			return "a short line in capitals"
		case s.nameLike:
			return fmt.Sprintf("%d capitalised words without a verb", b.Words)
		case b.Words <= 2:
			return fmt.Sprintf("a line of %d word%s", b.Words, map[bool]string{true: "", false: "s"}[b.Words == 1])
		}
		return "a short line that is no sentence"
	case w&Masthead != 0:
		return "a short line with a word of a newspaper's name"
	case w&(BetweenFurniture|NextToFurniture) != 0:
		return fmt.Sprintf("a short line (%d words)", b.Words)
	}
	return ""
}

// interfaceWords lists the interface words of a block, at most three.
func (pg *Page) interfaceWords(b *Block) string {
	a := pg.Article
	var out []string
	var arr [32]byte
	for _, w := range a.Words {
		if w.Start < b.Text.Start {
			continue
		}
		if w.Start >= b.Text.End || len(out) == 3 {
			break
		}
		low, ok := fold(&arr, a.Src[w.Start:w.End])
		if ok && interfaceWords[string(low)] && !functionWords[string(low)] {
			out = append(out, string(low))
		}
	}
	return strings.Join(out, ", ")
}
