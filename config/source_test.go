package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSourceKey: "source" names the directory of the originals, relative to
// the configuration file; a missing directory or a file is an error with
// the line.
func TestSourceKey(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "originals", "es"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, ".mtlint.yaml")
	c, err := Parse(path, []byte("lang: en\nsource: originals/es\n"), testRegistry(t))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "originals", "es"); c.Source() != want {
		t.Errorf("Source() = %q, want %q", c.Source(), want)
	}
	if c, err := Parse(path, []byte("lang: en\n"), testRegistry(t)); err != nil || c.Source() != "" {
		t.Errorf("without the key: %q %v", c.Source(), err)
	}
	for yaml, want := range map[string]string{
		"source: nowhere\n":   `.mtlint.yaml:1: source: "nowhere": no such directory`,
		"source: notes.txt\n": `.mtlint.yaml:1: source: "notes.txt" is a file; name the directory of the original articles (or use --source FILE for one)`,
		"source: [a, b]\n":    `.mtlint.yaml:1: source: wants a string, got a list`,
	} {
		_, err := Parse(path, []byte(yaml), testRegistry(t))
		if err == nil || !strings.HasSuffix(strings.Split(err.Error(), "\n")[0], want) {
			t.Errorf("%q: got %v, want …%s", yaml, err, want)
		}
	}
}
