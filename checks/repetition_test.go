package checks

import (
	"testing"
)

// repCleanNews is edited prose with the doubles, repeats and CamelCase
// names that good English and company names have.
const repCleanNews = `Duran Duran headline the harbour festival

LONDON, Feb 9 (Reuters) - The band had had enough, and said that that was the last word on the matter. "It's really really exciting," the singer said.

"What it is is a party," he added. "No no no, we never said that." Fans can call 0845 505 505 to book, and a drive-in in 1987 was never rebuilt.

Girls Girls Girls and Money Money Money were played, and Doctor Doctor star Ana Ruiz sang Turn, Turn, Turn.

Shares in DaimlerChrysler, GlaxoSmithKline, PricewaterhouseCoopers, WorldCom, TimeWarner, EastEnders and OutKast rose. Sales of the iPhone, iPod and PlayStation were up on eBay, YouTube and MySpace, said McDonald's and DiCaprio's lawyer, Mr MacAulay.

The firm made 5bn in the 1990s and 21st century sales of 320kg, 1,000th and 747s; Radio 2Night and 4Kids backed the 300ER at 2100GMT. Understandably, the thousands of travellers who fly easyJet and jetBlue, within reason, therefore demand a wristband.

Follow @JoeBiden, #StopTheWar and www.TheGuardian.com for more.

He declined to comment. Prices rose in January. He declined to comment.
`

func TestRepetitionCleanNews(t *testing.T) {
	for _, id := range []string{"repetition/doubled-word", "repetition/repeated-sentence", "repetition/fused-words"} {
		_, fs := runCheck(t, id, repCleanNews, nil)
		for _, f := range fs {
			t.Errorf("%s fires on clean news: %q (%s)", id, repCleanNews[f.Start:f.End], f.Message)
		}
	}
}
