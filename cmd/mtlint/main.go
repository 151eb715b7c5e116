// Command mtlint checks machine-translated news articles for the defects
// that machine translation and web scraping leave behind.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage error, or a file that could not be checked
)

// Version is set at build time with -ldflags "-X main.Version=…".
var Version = "0.1.0-dev"

func main() {
	tuneGC()
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades a little memory for speed: checking allocates several
// bytes per byte of text (the model of each article) while little stays
// live, so with the default GOGC=100 the collector runs very often (about
// 15% of a run over many small articles). Unless the user set GOGC or
// GOMEMLIMIT, let the heap grow to 2.5× the live heap (GOGC=150), with a
// soft limit of 1 GiB so that big inputs still collect as usual. The live
// heap of a run over small files is a few megabytes, so the heap's floor
// (4 MB × GOGC/100) sets the peak memory: over 35 MB of BBC articles on two
// cores, GOGC=250 peaked 5 MB higher than 150 (400: about 8 MB) for 3%
// less CPU time.
func tuneGC() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(150)
		debug.SetMemoryLimit(1 << 30)
	}
}

// exitError carries an exit code through urfave/cli without printing.
type codeError struct{ code int }

func (e codeError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	if len(args) > 1 {
		args = append(args[:2:2], reorder(app, args[1], args[2:])...)
	}
	err := app.Run(args)
	var ce codeError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ce):
		return ce.code
	default:
		fmt.Fprintf(stderr, "mtlint: %v\n", err)
		return exitError
	}
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "mtlint",
		Usage: "check machine-translated news articles for translation and scraping defects",
		Description: "mtlint finds what machine translation and web scraping leave in news text: sentences\n" +
			"cut by stray line breaks, broken punctuation, untranslated fragments and scrape residue.\n" +
			"Each finding has a rule ID, a severity, an exact range and, where it can, a fix.",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Commands: []*cli.Command{
			checkCommand(),
			rulesCommand(),
			fixCommand(),
			initCommand(),
			{
				Name:  "version",
				Usage: "print mtlint's version",
				Action: func(c *cli.Context) error {
					fmt.Fprintf(c.App.Writer, "mtlint %s\n", Version)
					return nil
				},
			},
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run() decides
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageErr(c, err)
		},
	}
}

// usageErr prints a usage error and returns exit code 2.
func usageErr(c *cli.Context, err error) error {
	fmt.Fprintf(c.App.ErrWriter, "mtlint: %v\n", err)
	fmt.Fprintf(c.App.ErrWriter, "run 'mtlint %s --help' for usage\n", c.Command.Name)
	return codeError{exitError}
}
