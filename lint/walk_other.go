//go:build !unix

package lint

import (
	"io/fs"
	"path/filepath"
)

// idOf identifies the folder at path by its absolute path with every
// symbolic link (or junction) resolved.
func idOf(path string, _ fs.FileInfo) (fileID, bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fileID{}, false
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	return fileID{path: real}, true
}
