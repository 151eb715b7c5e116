// Command genshapes writes one text of a given shape (see internal/shapes)
// for whole-process timings of mtlint on long lines, long paragraphs and
// finding-dense text:
//
//	go run ./scripts/genshapes -shape line -n 8000 > line-8000.txt
//	go run ./scripts/genshapes -copies "The port reopened , officials said." -n 4000 > copies.txt
//
// -copies writes N copies of one sentence on one line instead of a shape.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/mtlint/mtlint/internal/shapes"
)

func main() {
	shape := flag.String("shape", "line", "sentences, "+strings.Join(func() []string {
		var s []string
		for _, x := range shapes.All {
			s = append(s, string(x))
		}
		return s
	}(), ", "))
	n := flag.Int("n", 1000, "number of sentences (for nospace: units of 500 bytes)")
	copies := flag.String("copies", "", "write N copies of this sentence on one line instead")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	if *copies != "" {
		for i := range *n {
			if i > 0 {
				w.WriteByte(' ')
			}
			w.WriteString(*copies)
		}
		w.WriteByte('\n')
	} else {
		ok := *shape == string(shapes.Sentences)
		for _, s := range shapes.All {
			ok = ok || *shape == string(s)
		}
		if !ok {
			fmt.Fprintf(os.Stderr, "genshapes: unknown shape %q\n", *shape)
			os.Exit(2)
		}
		w.Write(shapes.Text(shapes.Shape(*shape), *n))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genshapes:", err)
		os.Exit(1)
	}
}
