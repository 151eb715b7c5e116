package checks

import (
	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/blocks"
)

// This file connects residue/site-chrome to the block classifier (package
// blocks): the residue detectors' phrase lists, timestamps, credits and
// related-links blocks become known evidence for the classifier, which
// adds what the shape of a line and its neighbours say.

// resKnown returns, per line, the evidence the residue detectors find with
// their built-in lists; chrome marks the lines site-chrome's own lists
// flagged.
func resKnown(a *article.Article, chrome map[int]bool) []blocks.Evidence {
	known := make([]blocks.Evidence, len(a.Lines))
	for li := range chrome {
		known[li] |= blocks.Phrase
	}
	for li, ts := range resTimestampLines(a) {
		if ts {
			known[li] |= blocks.Timestamp
		}
	}
	credits := &resCredits{agencies: resLists.agencies}
	for _, h := range credits.hits(a) {
		if !h.inline {
			known[h.line] |= blocks.Credit
		}
	}
	for _, r := range resRelatedBlocks(a, nil, resRelatedMaxWords) {
		for li := r.first; li <= r.last; li++ {
			known[li] |= blocks.Related
		}
	}
	return known
}

// resRelatedMaxWords is the default of residue/related-links' max-item-words.
const resRelatedMaxWords = 20

// resShapeHits returns the lines the block classifier calls furniture that
// no residue list flagged and no other residue check reports (timestamps,
// captions and credits, related links).
func resShapeHits(a *article.Article, chrome map[int]bool, p blocks.Params) []resHit {
	pg := blocks.Classify(blocks.Input{Article: a, Known: resKnown(a, chrome)}, p)
	var hits []resHit
	for i := range pg.Blocks {
		b := &pg.Blocks[i]
		if b.Role != blocks.Furniture || chrome[b.Line] || b.Why&(blocks.Timestamp|blocks.Credit|blocks.Related) != 0 {
			continue
		}
		hits = append(hits, resHit{line: b.Line, span: b.Text,
			msg: "page furniture " + resQuote(a.Text(b.Text)) + ": " + pg.Explain(i)})
	}
	return hits
}
