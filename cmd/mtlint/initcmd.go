package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/mtlint/mtlint/config"
)

func initCommand() *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     "write a commented starter .mtlint.yaml",
		ArgsUsage: "[FILE]",
		Description: "Writes the starter configuration to FILE (default .mtlint.yaml in the current folder).\n" +
			"An existing file is left alone unless --force is given.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "force", Usage: "replace an existing file"},
		},
		Action: func(c *cli.Context) error {
			path := ".mtlint.yaml"
			if c.NArg() > 1 {
				return usageErr(c, fmt.Errorf("init takes at most one FILE"))
			}
			if c.NArg() == 1 {
				path = c.Args().First()
			}
			if _, err := os.Stat(path); err == nil && !c.Bool("force") {
				fmt.Fprintf(c.App.ErrWriter, "mtlint: %s already exists; use --force to replace it\n", path)
				return codeError{exitError}
			}
			out, finish, err := openOutput(path, nil)
			if err != nil {
				fmt.Fprintf(c.App.ErrWriter, "mtlint: %s: %v\n", path, err)
				return codeError{exitError}
			}
			_, werr := out.Write(config.Starter())
			if err := finish(werr == nil); werr != nil || err != nil {
				fmt.Fprintf(c.App.ErrWriter, "mtlint: %s: %v\n", path, firstErr(werr, err))
				return codeError{exitError}
			}
			abs, _ := filepath.Abs(path)
			fmt.Fprintf(c.App.Writer, "wrote %s\n", abs)
			return nil
		},
	}
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
