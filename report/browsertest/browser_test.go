package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/report"
	"github.com/mtlint/mtlint/rules"
)

const (
	example = "../../testdata/examples/port-strike.txt"
	seed    = "../../../shared/corpus/seed/limited-times-belarus.txt"
	bbcDev  = "../../../shared/corpus/bbc-dev"
)

// chromium finds the browser: $MTLINT_CHROMIUM, or chromium on the PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("MTLINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipping: Chromium is not installed (Debian: apt-get install -y chromium; or set MTLINT_CHROMIUM)")
	return ""
}

// outDir is where reports and screenshots go.
func outDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("MTLINT_OUT")
	if dir == "" {
		dir = filepath.Join("..", "..", "out", "browsertest")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// writeReport checks paths as "mtlint check --format html" does and writes
// the report to out. It returns the number of findings per file, in order.
func writeReport(t *testing.T, out string, paths ...string) []int {
	return writeReportExts(t, out, lint.DefaultExts, paths...)
}

func writeReportExts(t *testing.T, out string, exts []string, paths ...string) []int {
	t.Helper()
	engine, err := checks.Registry().NewEngine(rules.Config{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := report.New("html", f, report.Options{Rules: engine.Checks(), Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var counts []int
	l := &lint.Linter{Engine: engine}
	err = l.Run(lint.Expand(paths, exts), func(r *report.File) error {
		counts = append(counts, len(r.Findings))
		return w.File(r)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return counts
}

// browser is a headless Chromium with a fresh profile, and the console
// errors and uncaught exceptions of its page.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func newBrowser(t *testing.T, width, height int) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Fatalf("starting Chromium: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				b.mu.Lock()
				b.errors = append(b.errors, fmt.Sprintf("%s: %s (%s:%d:%d)", m.Type, m.Text, m.URL, m.Line+1, m.Column+1))
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs actions, each within a minute.
func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, b *browser, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("%v\nin: %s", err, expr)
	}
	return v
}

func (b *browser) consoleErrors() []string {
	time.Sleep(100 * time.Millisecond) // let the last messages arrive
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}

// open loads a report and waits until its script has run.
func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	b.do(t, chromedp.Navigate("file://"+path))
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("status") && document.getElementById("status").textContent.length > 0`,
		chromedp.WithPollingTimeout(time.Minute))); err != nil {
		t.Fatalf("the report's script did not run: %v", err)
	}
}

func (b *browser) screenshot(t *testing.T, path string, full bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	shot := chromedp.CaptureScreenshot()
	if full {
		shot = chromedp.FullScreenshot(100)
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// highlights counts, per article section, the findings that have at least
// one highlight, the highlights (marks) and the items of the side list.
const highlightsJS = `Array.from(document.querySelectorAll("section.art")).map(function (sec) {
  var ids = new Set();
  sec.querySelectorAll("mark").forEach(function (m) { m.dataset.f.split(" ").forEach(function (i) { ids.add(i); }); });
  return {id: sec.id, highlighted: ids.size, marks: sec.querySelectorAll("mark").length,
    listed: sec.querySelectorAll("li.f").length, rendered: !sec.querySelector("template"), failed: sec.classList.contains("failed")};
})`

type sectionCount struct {
	ID          string `json:"id"`
	Highlighted int    `json:"highlighted"`
	Marks       int    `json:"marks"`
	Listed      int    `json:"listed"`
	Rendered    bool   `json:"rendered"`
	Failed      bool   `json:"failed"`
}

// TestExampleReport renders the bundled example article, an article with
// markup in it and a file that cannot be read, and checks the page in
// Chromium.
func TestExampleReport(t *testing.T) {
	b := newBrowser(t, 1400, 1000)
	out := outDir(t)
	dir := t.TempDir()
	markup := filepath.Join(dir, "markup.txt")
	text := "Officials said on Monday that the talks , which began in March, had stalled.\n\n" +
		"The statement ended with <script>window.pwned = 1</script> and <img src=x onerror=\"window.pwned = 2\">.\n"
	if err := os.WriteFile(markup, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(out, "example.html")
	want := writeReport(t, html, example, markup, filepath.Join(dir, "missing.txt"))
	b.open(t, html)

	got := eval[[]sectionCount](t, b, highlightsJS)
	if len(got) != 3 {
		t.Fatalf("%d article sections, want 3", len(got))
	}
	total, highlighted := 0, 0
	for i, s := range got {
		if !s.Failed && !s.Rendered {
			t.Errorf("%s: a small batch should open every article", s.ID)
		}
		if s.Highlighted != want[i] || s.Listed != want[i] {
			t.Errorf("%s: %d findings highlighted, %d listed; want %d", s.ID, s.Highlighted, s.Listed, want[i])
		}
		total += want[i]
		highlighted += s.Highlighted
	}
	t.Logf("%d findings, %d highlighted, in %d marks", total, highlighted, got[0].Marks+got[1].Marks)
	if !got[2].Failed {
		t.Error("the missing file should be shown as a file that could not be checked")
	}

	// Markup in an article is text, and none of it ran.
	pwned := eval[string](t, b, `String(window.pwned)`)
	shown := eval[string](t, b, `document.querySelector("#a2 .text").textContent`)
	if pwned != "undefined" || !strings.Contains(shown, "<script>window.pwned = 1</script>") {
		t.Errorf("window.pwned = %s; article text %q", pwned, shown)
	}

	// Hovering a highlight shows its rule, message and fix.
	box := eval[struct{ X, Y float64 }](t, b, `(function () { var m = document.querySelector("#a1 mark:not(.pt)");
		m.scrollIntoView({block: "center"}); var r = m.getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`)
	b.do(t, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box.X, box.Y))
	tipHidden := eval[bool](t, b, `document.getElementById("tip").hidden`)
	tip := eval[string](t, b, `document.getElementById("tip").textContent`)
	if tipHidden || !strings.Contains(tip, "/") || !strings.Contains(tip, "fix") {
		t.Errorf("hover: tooltip hidden=%v, text %q", tipHidden, tip)
	}

	// Clicking an item of the side list selects its highlight.
	b.do(t, chromedp.Click(chromedp.CSS(`#a1 li.f[data-i="2"]`)))
	if sel := eval[int](t, b, `document.querySelectorAll('#a1 mark.sel[data-f~="2"]').length`); sel != 1 {
		t.Errorf("after a click on finding 2, %d of its highlights are selected", sel)
	}

	// Filtering out warnings hides their items and unhighlights the marks
	// that only warnings cover.
	before := eval[int](t, b, `document.querySelectorAll("#a1 mark:not(.off)").length`)
	warnings := eval[int](t, b, `document.querySelectorAll('#a1 li.f[data-sev="warning"]').length`)
	b.do(t, chromedp.Click(chromedp.CSS(`input[name=sev][value=warning]`)))
	after := eval[int](t, b, `document.querySelectorAll("#a1 mark:not(.off)").length`)
	hiddenItems := eval[int](t, b, `document.querySelectorAll("#a1 li.f.hidden").length`)
	if hiddenItems != warnings || after >= before {
		t.Errorf("warnings off: %d items hidden (want %d), %d → %d highlights", hiddenItems, warnings, before, after)
	}
	b.do(t, chromedp.Click(chromedp.CSS(`input[name=sev][value=warning]`)))
	if n := eval[int](t, b, `document.querySelectorAll("#a1 li.f.hidden").length`); n != 0 {
		t.Errorf("warnings back on: %d items still hidden", n)
	}

	// A click on a rule in the chart shows only that rule's findings; the
	// rules menu brings them all back.
	rule := eval[string](t, b, `(function () { var g = document.querySelector(".chart .bar"); g.scrollIntoView({block: "center"});
		return document.querySelector('input[name=rule][value="' + g.dataset.rule + '"]').dataset.id; })()`)
	b.do(t, chromedp.Click(chromedp.CSS(`.chart .bar rect`)))
	shownItems := eval[[]string](t, b, `Array.from(document.querySelectorAll("#articles li.f:not(.hidden)")).map(function (li) { return li.dataset.rule; })`)
	if len(shownItems) == 0 {
		t.Errorf("after a click on %s in the chart, no finding is shown", rule)
	}
	for _, r := range shownItems {
		if r != rule {
			t.Errorf("after a click on %s in the chart, a finding of %s is shown", rule, r)
		}
	}
	b.do(t, chromedp.Click(chromedp.CSS(`.rules-menu > summary`)), chromedp.Click(chromedp.CSS(`button[data-rules=all]`)),
		chromedp.Click(chromedp.CSS(`.rules-menu > summary`)))
	if n := eval[int](t, b, `document.querySelectorAll("#articles li.f.hidden").length`); n != 0 {
		t.Errorf("all rules back on: %d items still hidden", n)
	}

	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	eval[bool](t, b, `window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); true`)
	b.screenshot(t, filepath.Join(out, "example.png"), true)
}

// TestSeedReport renders the shared seed article for a person to look at.
func TestSeedReport(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("skipping: %s is absent (the shared corpus is not checked out beside the project)", seed)
	}
	b := newBrowser(t, 1400, 1000)
	out := outDir(t)
	html := filepath.Join(out, "seed.html")
	want := writeReport(t, html, seed)
	b.open(t, html)
	got := eval[[]sectionCount](t, b, highlightsJS)
	if len(got) != 1 || got[0].Highlighted != want[0] || got[0].Listed != want[0] {
		t.Errorf("seed: %+v, want %d findings highlighted and listed", got, want[0])
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	t.Logf("seed: %d findings", want[0])
	b.screenshot(t, filepath.Join(out, "seed-full.png"), true)
	// The first screen, then the article with a highlight selected.
	b.screenshot(t, filepath.Join(out, "seed.png"), false)
	b.do(t, chromedp.Click(chromedp.CSS(`#a1 li.f[data-i="4"]`)))
	b.screenshot(t, filepath.Join(out, "seed-selected.png"), false)
}

type frameStats struct {
	N    int     `json:"n"`
	Max  float64 `json:"max"`
	Mean float64 `json:"mean"`
}

// scrollJS scrolls from the top of the page to the bottom (or %d screens
// down) a screen at a time, one screen per animation frame, and times the
// frames.
const scrollJS = `new Promise(function (done) {
  window.scrollTo(0, 0);
  var times = [], last = performance.now();
  function step() {
    var now = performance.now(); times.push(now - last); last = now;
    if (window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2 || times.length > %d) {
      var s = times.slice(1);
      done({n: s.length, max: Math.max.apply(null, s), mean: s.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, s.length)});
      return;
    }
    window.scrollBy(0, innerHeight);
    requestAnimationFrame(step);
  }
  requestAnimationFrame(step);
})`

// TestLargeBatch renders the report of the whole BBC development corpus
// (its 896 *.txt articles) and measures its size, the time Chromium takes
// to load it, to scroll through it, and to open every article.
// MTLINT_LARGE_BATCH=DIR measures another directory instead, for example a
// synthetic corpus from scripts/gencorpus.
func TestLargeBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the large batch in -short mode")
	}
	dir := bbcDev
	if d := os.Getenv("MTLINT_LARGE_BATCH"); d != "" {
		dir = d
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: %s is absent (the shared corpus is not checked out beside the project)", dir)
	}
	b := newBrowser(t, 1400, 1000)
	out := outDir(t)
	html := filepath.Join(out, "batch.html")
	start := time.Now()
	counts := writeReportExts(t, html, []string{".txt"}, dir)
	build := time.Since(start)
	info, err := os.Stat(html)
	if err != nil {
		t.Fatal(err)
	}
	findings := 0
	for _, n := range counts {
		findings += n
	}

	start = time.Now()
	b.open(t, html)
	load := time.Since(start)
	timing := eval[struct {
		DCL  float64 `json:"dcl"`
		Load float64 `json:"load"`
	}](t, b, `(function () { var n = performance.getEntriesByType("navigation")[0];
		return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; })()`)
	collapsed := eval[frameStats](t, b, fmt.Sprintf(scrollJS, 2000), chromedp.EvalAwaitPromise)
	t.Logf("%s: %d files, %d findings; report %.2f MB, written in %v",
		dir, len(counts), findings, float64(info.Size())/1e6, build.Round(time.Millisecond))
	t.Logf("load: %v until the script had run (DOMContentLoaded %.0f ms, load event %.0f ms)", load.Round(time.Millisecond), timing.DCL, timing.Load)
	t.Logf("scroll, all collapsed: %d screens, frames mean %.1f ms, max %.1f ms", collapsed.N, collapsed.Mean, collapsed.Max)

	// Open every article: the worst case, everything rendered at once.
	openMs := eval[float64](t, b, `(function () { var t0 = performance.now();
		document.getElementById("expand-all").click(); void document.body.offsetHeight; return performance.now() - t0; })()`)
	got := eval[[]sectionCount](t, b, highlightsJS)
	highlighted := 0
	for i, s := range got {
		highlighted += s.Highlighted
		if i < len(counts) && s.Highlighted != counts[i] {
			t.Errorf("%s: %d findings highlighted, want %d", s.ID, s.Highlighted, counts[i])
		}
	}
	opened := eval[frameStats](t, b, fmt.Sprintf(scrollJS, 300), chromedp.EvalAwaitPromise)
	heap := eval[float64](t, b, `performance.memory ? performance.memory.usedJSHeapSize / 1048576 : -1`)

	t.Logf("open all %d articles: %.0f ms, %d findings highlighted; scroll, all open: %d screens, frames mean %.1f ms, max %.1f ms; JS heap %.0f MB",
		len(got), openMs, highlighted, opened.N, opened.Mean, opened.Max, heap)
	if len(got) != len(counts) || highlighted != findings {
		t.Errorf("%d sections and %d highlighted findings, want %d and %d", len(got), highlighted, len(counts), findings)
	}
	// The load and scroll figures above are measurements to read, not
	// assertions: a test does not time things on a shared machine.
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	eval[bool](t, b, `document.getElementById("collapse-all").click(); window.scrollTo(0, 0); true`)
	b.screenshot(t, filepath.Join(out, "batch.png"), false)
}
