package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{out: &buf, stop: make(chan struct{})}
	p.add(1 << 20)
	p.draw()
	if got := buf.String(); !strings.Contains(got, "1 files") || !strings.Contains(got, "MB/s") || strings.Contains(got, "ETA") {
		t.Errorf("before the count is known: %q", got)
	}
	buf.Reset()
	p.setTotal(4, 4<<20)
	p.draw()
	if got := buf.String(); !strings.Contains(got, " 25%") || !strings.Contains(got, "1/4 files") || !strings.Contains(got, "ETA") {
		t.Errorf("with a total: %q", got)
	}
	buf.Reset()
	p.clear()
	if buf.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q", buf.String())
	}
	buf.Reset()
	p.clear()
	if buf.Len() != 0 {
		t.Errorf("a second clear wrote %q", buf.String())
	}
}

// TestNoProgressWhenNotATerminal: the bar is drawn only on a terminal; a
// test's buffer is not one, so standard error stays clean.
func TestNoProgressWhenNotATerminal(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": clean})
	r := runArgs(t, "", "check", dir)
	if strings.Contains(r.stderr, "\r") || strings.Contains(r.stderr, "files") {
		t.Errorf("progress written to a non-terminal: %q", r.stderr)
	}
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}
