package lint

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFileInto: the reader of the first pass and the check pass reads
// whole files into a reused buffer and fails as os.Open and os.ReadFile
// would, with the size limit on top.
func TestReadFileInto(t *testing.T) {
	dir := tree(t, map[string]string{"a.txt": strings.Repeat("x", 5000), "b.txt": "short", "empty.txt": ""})
	for _, tc := range []struct {
		name, path string
		max        int64
		want       string // the text, or the error's text
		fail       bool
	}{
		{name: "a file", path: "a.txt", max: 1 << 20, want: strings.Repeat("x", 5000)},
		{name: "a short file", path: "b.txt", max: 1 << 20, want: "short"},
		{name: "an empty file", path: "empty.txt", max: 1 << 20, want: ""},
		{name: "at the limit", path: "b.txt", max: 5, want: "short"},
		{name: "over the limit", path: "a.txt", max: 100, fail: true, want: "too large"},
		{name: "a folder", path: ".", max: 1 << 20, fail: true, want: "is a directory"},
		{name: "no such file", path: "missing.txt", max: 1 << 20, fail: true, want: "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A buffer left over from a longer file is reused.
			buf := make([]byte, 7, 8000)
			got, err := readFileInto(buf, filepath.Join(dir, tc.path), tc.max)
			switch {
			case tc.fail && err == nil:
				t.Fatalf("read %d bytes, want an error", len(got))
			case tc.fail && !strings.Contains(err.Error(), tc.want):
				t.Fatalf("error %q, want %q", err, tc.want)
			case !tc.fail && err != nil:
				t.Fatal(err)
			case !tc.fail && string(got) != tc.want:
				t.Fatalf("read %q, want %q", got, tc.want)
			}
		})
	}
	// The error of a missing file is os.Open's: the report shows its errno.
	_, want := os.Open(filepath.Join(dir, "missing.txt"))
	_, err := readFileInto(nil, filepath.Join(dir, "missing.txt"), 1<<20)
	var pe, wpe *fs.PathError
	if !errors.As(err, &pe) || !errors.As(want, &wpe) || pe.Err != wpe.Err || err.Error() != want.Error() {
		t.Errorf("missing file: %v, want %v", err, want)
	}
}
