// Package browsertest opens mtlint's HTML report in a real browser: headless
// Chromium, driven from Go with chromedp. Its tests check the DOM (one
// highlight per finding, no console errors, escaping, filters, tooltips),
// write PNG screenshots for a person to look at, and measure the report of a
// large batch. They skip, with a message, when Chromium is not installed
// (Debian: apt-get install -y chromium).
//
// Screenshots and reports go to $MTLINT_OUT, or to out/browsertest at the
// top of the repository (out/ is not committed).
package browsertest
