//go:build unix

package lint

import (
	"io/fs"
	"syscall"
)

// idOf identifies the folder at path by its device and inode.
func idOf(_ string, info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}
