package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// reorder moves the flags of a subcommand in front of its positional
// arguments, so that "mtlint check a.txt --format json" works as well as
// "mtlint check --format json a.txt" (urfave/cli stops parsing flags at the
// first positional argument). A "--" ends the flags; "-" is a path.
func reorder(app *cli.App, name string, args []string) []string {
	cmd := app.Command(name)
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i:]...)
			i = len(args)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			n := strings.TrimLeft(a, "-")
			if !strings.Contains(n, "=") && takesValue[n] && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) > 0 && pos[0] != "--" {
		pos = append([]string{"--"}, pos...)
	}
	return append(flags, pos...)
}
