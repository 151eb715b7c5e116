package config

import (
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// sourceDir reads the source key: a directory of original articles, whose
// files pair with the checked files of the same relative path (the bitext
// checks). A relative path is relative to the configuration file's
// directory. It must exist and be a directory.
func (p *parser) sourceDir(n *yaml.Node, key, dir, s string) string {
	if s == "" {
		p.errf(n, key, "wants the directory of the original articles")
		return ""
	}
	path := s
	if !filepath.IsAbs(path) && dir != "" {
		path = filepath.Join(dir, path)
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		p.errf(n, key, "%q: no such directory", s)
		return ""
	case !info.IsDir():
		p.errf(n, key, "%q is a file; name the directory of the original articles (or use --source FILE for one)", s)
		return ""
	}
	return path
}
