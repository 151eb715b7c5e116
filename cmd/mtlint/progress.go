package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws a one-line progress bar on a terminal's standard error:
// files done, MB/s and, once a background count of the inputs has
// finished, the share done and the time left. It shows nothing for runs
// shorter than a second, and nothing at all when standard error is not a
// terminal (the caller decides that).
type progress struct {
	out   io.Writer
	start time.Time

	files, bytes           atomic.Int64
	totalFiles, totalBytes atomic.Int64
	counted                atomic.Bool

	stop  chan struct{}
	done  sync.WaitGroup
	mu    sync.Mutex
	shown bool
}

const progressDelay = time.Second

func newProgress(out io.Writer) *progress {
	p := &progress{out: out, start: time.Now(), stop: make(chan struct{})}
	p.done.Add(1)
	go p.loop()
	return p
}

// setTotal records the size of the whole job once it is known.
func (p *progress) setTotal(files, bytes int64) {
	p.totalFiles.Store(files)
	p.totalBytes.Store(bytes)
	p.counted.Store(true)
}

// add counts one finished input of n bytes.
func (p *progress) add(n int64) {
	p.files.Add(1)
	p.bytes.Add(n)
}

func (p *progress) loop() {
	defer p.done.Done()
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			if time.Since(p.start) >= progressDelay {
				p.draw()
			}
		}
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start).Seconds()
	files, bytes := p.files.Load(), p.bytes.Load()
	rate := float64(bytes) / 1e6 / el
	line := fmt.Sprintf("%d files  %.1f MB/s", files, rate)
	if p.counted.Load() {
		tf, tb := p.totalFiles.Load(), p.totalBytes.Load()
		share := 1.0
		if tb > 0 {
			share = float64(bytes) / float64(tb)
		} else if tf > 0 {
			share = float64(files) / float64(tf)
		}
		share = min(share, 1)
		const width = 24
		n := int(share * width)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < n {
				bar[i] = '#'
			}
		}
		eta := "--:--"
		if share > 0 {
			left := time.Duration(el * (1 - share) / share * float64(time.Second)).Round(time.Second)
			eta = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
		}
		line = fmt.Sprintf("[%s] %3.0f%%  %d/%d files  %.1f MB/s  ETA %s", bar, share*100, files, tf, rate, eta)
	}
	fmt.Fprintf(p.out, "\r\x1b[K%s", line)
	p.shown = true
}

// clear removes the bar before other output is written to the terminal;
// the next tick draws it again.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.out, "\r\x1b[K")
		p.shown = false
	}
}

// finish stops drawing and clears the line.
func (p *progress) finish() {
	close(p.stop)
	p.done.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.out, "\r\x1b[K")
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
