// Package setup builds what a run of the checks needs from the
// configuration file and the command line's choices: the engine (which
// checks, their severities and parameters, the languages), the allowlist
// filter, and the walker's include and exclude globs. The mtlint command and
// the Apache Beam pipeline (the beam/ module) both build their runs here, so
// that the same settings give the same findings.
package setup

import (
	"fmt"
	"os"
	"strings"

	"github.com/mtlint/mtlint/article"
	"github.com/mtlint/mtlint/checks"
	"github.com/mtlint/mtlint/config"
	"github.com/mtlint/mtlint/lang"
	"github.com/mtlint/mtlint/lint"
	"github.com/mtlint/mtlint/rules"
)

// Options are the command line's settings of a run.
type Options struct {
	// Config is the configuration file; "" to look for .mtlint.yaml from
	// the working directory up (config.Find).
	Config string
	// ConfigData, when not nil, is the configuration file's contents, read
	// elsewhere: a pipeline reads the file where it is launched and hands
	// its bytes to workers that cannot see it. Config then names it.
	ConfigData []byte
	// NoConfig ignores any configuration file.
	NoConfig bool
	// Enable and Disable are check IDs, categories or "all", as for
	// --enable and --disable. They win over the file for the checks they
	// name: the most specific pattern decides, Disable wins a tie.
	Enable, Disable []string
	// Lang, when not "", is the articles' language (--lang); it replaces
	// the file's.
	Lang string
	// SourceLangs, when not nil, are the candidate source languages
	// (--source-lang, each entry possibly a comma-separated list); they
	// replace the file's.
	SourceLangs []string
}

// Setup is a run's engine and the settings around it.
type Setup struct {
	// Config is the configuration file read, nil without one.
	Config *config.Config
	// Engine runs the selected checks.
	Engine *rules.Engine
	// Filter drops the findings inside allowed phrases (nil without a
	// configuration file): lint.Linter.Filter.
	Filter func(*article.Article, []rules.Finding) []rules.Finding
}

// New builds the engine from the configuration file and the options. A
// configuration file's errors come back as a config.Errors.
func New(o Options) (*Setup, error) {
	reg := checks.Registry()
	conf, err := loadConfig(o, reg)
	if err != nil {
		return nil, err
	}
	base := rules.Config{Params: map[string]map[string]any{}}
	if conf != nil {
		base = conf.RulesConfig()
		if base.Params == nil {
			base.Params = map[string]map[string]any{}
		}
	}
	if len(o.Enable)+len(o.Disable) > 0 {
		// Which checks the file (or the defaults) turns on...
		fileEngine, err := reg.NewEngine(rules.Config{Enable: base.Enable, Disable: base.Disable})
		if err != nil {
			return nil, err
		}
		on := map[string]bool{}
		for _, ch := range fileEngine.Checks() {
			on[ch.ID] = true
		}
		// ...then the flags decide for the checks they name. (Building an
		// engine from the flags alone reports patterns that match nothing.)
		if _, err := reg.NewEngine(rules.Config{Enable: o.Enable, Disable: o.Disable}); err != nil {
			return nil, err
		}
		base.Enable, base.Disable = nil, []string{"all"}
		for _, ch := range reg.Checks() {
			decided, want := flagDecides(ch.ID, o.Enable, o.Disable)
			if decided && want || !decided && on[ch.ID] {
				base.Enable = append(base.Enable, ch.ID)
			}
		}
	}
	if o.Lang != "" {
		if _, ok := lang.Parse(o.Lang); !ok {
			return nil, fmt.Errorf("--lang: unknown language %q (want an ISO 639-1 code such as en, es, fr)", o.Lang)
		}
	}
	sourceLangs := SplitList(o.SourceLangs)
	if _, bad := lang.ParseSet(sourceLangs); len(bad) > 0 {
		return nil, fmt.Errorf("--source-lang: unknown language %s (want ISO 639-1 codes such as es, fr, de)", strings.Join(bad, ", "))
	}
	for _, ch := range reg.Checks() {
		for _, p := range ch.Params {
			var v any
			switch {
			case p.Name == "lang" && o.Lang != "":
				v = o.Lang
			case p.Name == "source-langs" && o.SourceLangs != nil:
				v = sourceLangs
			default:
				continue
			}
			if base.Params[ch.ID] == nil {
				base.Params[ch.ID] = map[string]any{}
			}
			base.Params[ch.ID][p.Name] = v
		}
	}
	engine, err := reg.NewEngine(base)
	if err != nil {
		return nil, err
	}
	s := &Setup{Config: conf, Engine: engine}
	if conf != nil {
		s.Filter = conf.Filter
	}
	return s, nil
}

// loadConfig finds and loads the configuration file (unless NoConfig),
// adding its pattern rules to reg.
func loadConfig(o Options, reg *rules.Registry) (*config.Config, error) {
	if o.NoConfig {
		return nil, nil
	}
	path := o.Config
	var conf *config.Config
	var err error
	switch {
	case o.ConfigData != nil:
		conf, err = config.Parse(path, o.ConfigData, reg)
	default:
		if path == "" {
			wd, err := os.Getwd()
			if err != nil {
				return nil, nil
			}
			if path, err = config.Find(wd); err != nil {
				return nil, err
			}
			if path == "" {
				return nil, nil
			}
		}
		conf, err = config.Load(path, reg)
	}
	if err != nil {
		return nil, err
	}
	if err := conf.AddTo(reg); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return conf, nil
}

// flagDecides reports whether the --enable/--disable patterns name the
// check, and if so whether it is on: the most specific pattern wins,
// --disable wins a tie.
func flagDecides(id string, enable, disable []string) (decided, on bool) {
	best := -1
	for _, p := range enable {
		if m := rules.MatchLen(p, id); m > best {
			best, on = m, true
		}
	}
	for _, p := range disable {
		if m := rules.MatchLen(p, id); m >= best && m >= 0 {
			best, on = m, false
		}
	}
	return best >= 0, on
}

// Walker sets the walker's include and exclude filters from the
// configuration file's globs.
func (s *Setup) Walker(w *lint.Walker) {
	conf := s.Config
	if conf == nil {
		return
	}
	if conf.Include().Len() > 0 {
		w.Include = func(path, _ string) bool { return conf.Selects(path) }
	}
	if conf.Exclude().Len() > 0 {
		w.Exclude = func(path, rel string) bool {
			if strings.HasSuffix(rel, "/") {
				return conf.SkipDir(path)
			}
			return !conf.Selects(path)
		}
	}
}

// SplitList accepts both "--x a --x b" and "--x a,b": it splits each
// entry at commas and drops empty ones.
func SplitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
