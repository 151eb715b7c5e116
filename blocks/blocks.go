// Package blocks decides which lines of a scraped article are page
// furniture — mastheads, menus, share bars, byline and date blocks, tag
// lists, comment forms, footers — and which are the article: its
// headline, standfirst, prose, subheadings, lists and tables.
//
// It judges each line the way boilerplate removers (jusText, boilerpipe,
// trafilatura) judge the text blocks of a web page, adapted to plain text:
// by its shape (length in words, share of function words, final
// punctuation, share of capitalised words, bullets and separators, dates,
// counts, handles and web addresses, words of a site's interface), by its
// position (the run of short lines above the headline, the lines between
// the headline and the lead, the lines after the last paragraph of prose)
// and by its neighbours (a short line between two lines of furniture is
// furniture; a short line right before the lead is the headline or a
// standfirst). Phrase lists are one piece of evidence among others: the
// caller passes what its lists found as Known evidence. Each decision
// keeps the evidence that made it (Block.Why), so that a finding can say
// why ("a run of 3 short lines above the headline").
//
// Classify is linear in the article and allocates one slice of blocks.
package blocks

import (
	"github.com/mtlint/mtlint/article"
)

// Evidence is a set of reasons to call a line page furniture.
type Evidence uint32

// Evidence the caller establishes and passes in Input.Known.
const (
	// Phrase: a phrase list matched the line (a navigation label, a site
	// notice, a source or copyright line).
	Phrase Evidence = 1 << iota
	// Timestamp: the line is a date or time.
	Timestamp
	// Credit: the line is a photo caption or credit.
	Credit
	// Related: the line opens or belongs to a block of related links.
	Related
	// Template: the line recurs in many articles of the batch.
	Template

	// Evidence found here, from the line alone.

	// Hashtags: a line of hashtags.
	Hashtags
	// Address: a web address, domain or handle standing in a short line.
	Address
	// Code: script code (an ad or analytics script).
	Code
	// Separated: short items split by separators ("Bergen • NTB").
	Separated
	// Breadcrumb: "Home » Section » …".
	Breadcrumb
	// Count: a reading time or a count of comments, views or shares.
	Count
	// Locale: a language switcher ("en_US").
	Locale
	// Byline: a byline with a date or a web address.
	Byline
	// Structure: the page's HTML put the line in navigation, a header, a
	// footer or an aside, or it is mostly link text (Input.Hints).
	Structure

	// Weak evidence: furniture only in a position or a context below.

	// Interface: mostly words of a site's interface ("Source link").
	Interface
	// Label: a short label ending in a colon ("Tag:").
	Label
	// KeyValue: a bulleted "Label: value" line.
	KeyValue
	// Note: an asterisk note.
	Note
	// Menu: one of a run of bulleted one- to three-word items.
	Menu
	// Fragment: a short line that is no headline: lower case, all
	// capitals, one or two words, or a name without a verb.
	Fragment
	// Masthead: a short line with a word of a newspaper's name ("Daily",
	// "Times", "News"); the caller's word list decides (Input.Known).
	Masthead

	// Position and context.

	// AboveHeadline: in the run of lines above the headline.
	AboveHeadline
	// BeforeLead: between the headline and the lead.
	BeforeLead
	// AfterEnd: after the last paragraph of prose.
	AfterEnd
	// BetweenFurniture: a short line between two lines of furniture.
	BetweenFurniture
	// NextToFurniture: beside furniture at the end of the article.
	NextToFurniture
	// InterfaceRun: one of two or more lines of interface words in a row.
	InterfaceRun
)

// known is the evidence a caller may pass that makes a line furniture by
// itself; callers may pass Masthead as well.
const known = Phrase | Timestamp | Credit | Related | Template

// strong is the evidence that makes a line furniture wherever it stands.
const strong = known | Hashtags | Address | Code | Separated | Breadcrumb | Count | Locale | Byline | Structure

// weak is the evidence that needs a position or a context.
const weak = Interface | Label | KeyValue | Note | Menu | Fragment | Masthead

// Role is what a line is to the article.
type Role uint8

// The roles.
const (
	// Content is the default: prose, subheadings, lists, tables, quotes.
	Content Role = iota
	// Headline is the article's headline.
	Headline
	// Standfirst is a line between the headline and the lead that
	// summarises the article.
	Standfirst
	// Lead is the first paragraph of prose.
	Lead
	// Furniture is page furniture.
	Furniture
)

// Hint is what an HTML reader knows of the element a line came from: the
// enclosing element that says what the block is, the share of its text
// inside links, the class and id words around it. The reader records one
// per line on the article (article.Origin.Hints); the plain-text reader has
// none. The classifier takes a hint as evidence and says so in its
// messages ("inside <nav>", "82% of its text is link text").
type Hint = article.Hint

// Input is an article and what the caller knows of its lines.
type Input struct {
	Article *article.Article
	// Known, when not nil, holds per line (indexed like Article.Lines) the
	// evidence the caller's own detectors found: phrase lists, timestamps,
	// credits, related-links labels, batch templates, and the weak
	// evidence of a masthead word.
	Known []Evidence
	// Hints, when not nil, holds per line the HTML reader's hint (nil for
	// a line without one): the article's Origin.Hints.
	Hints []*Hint
}

// Params are the classifier's thresholds.
type Params struct {
	// ShortWords is the most words a short line has.
	ShortWords int
	// ProseWords is the fewest words of a line of prose that ends like a
	// sentence.
	ProseWords int
	// LongWords is the fewest words of a line that counts as prose however
	// it ends (a paragraph cut off by the scraper).
	LongWords int
	// LeadWords is the fewest words of the lead, the first paragraph of
	// prose; shorter sentences above it may be headlines.
	LeadWords int
	// LinkDensity is the share of link text above which a short line with
	// a hint is navigation.
	LinkDensity float64
}

// DefaultParams are the thresholds mtlint uses by default.
var DefaultParams = Params{ShortWords: 6, ProseWords: 8, LongWords: 25, LeadWords: 18, LinkDensity: 0.6}

// Block is one non-blank line with what the classifier found.
type Block struct {
	// Line indexes Article.Lines; Text is the line without surrounding
	// white space.
	Line int
	Text article.Span
	// Para indexes Article.Paragraphs.
	Para int
	// Words and the words of each kind.
	Words, Function, Capitalised, Interface, Digits int
	// Role is the decision.
	Role Role
	// Ev is every piece of evidence observed; Why is the part that decided
	// a Furniture role.
	Ev, Why Evidence
	// Prose marks a line of running text.
	Prose bool
	// Hinted is the evidence the line's hint gave, and HintWhy says which
	// of the hint's facts gave it ("inside <nav>").
	Hinted  Evidence
	HintWhy string

	shape shape
}

// Page is the classification of one article.
type Page struct {
	Article *article.Article
	// Blocks are the article's non-blank lines, in order.
	Blocks []Block
	// Lead, Headline and Last index Blocks: the lead, the headline and
	// the last line of prose; -1 when there is none.
	Lead, Headline, Last int
}

// Block returns the block of line li, or nil for a blank line.
func (pg *Page) Block(li int) *Block {
	lo, hi := 0, len(pg.Blocks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if pg.Blocks[m].Line < li {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(pg.Blocks) && pg.Blocks[lo].Line == li {
		return &pg.Blocks[lo]
	}
	return nil
}

// Furniture reports whether line li is page furniture.
func (pg *Page) Furniture(li int) bool {
	b := pg.Block(li)
	return b != nil && b.Role == Furniture
}
