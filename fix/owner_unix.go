//go:build unix

package fix

import (
	"io/fs"
	"syscall"
)

// owner is a file's user and group.
type owner struct {
	uid, gid int
	ok       bool
}

func ownerOf(info fs.FileInfo) owner {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return owner{int(st.Uid), int(st.Gid), true}
	}
	return owner{}
}

// apply gives f the owner, when the file system and our privileges allow;
// a failure leaves the file owned by us, as editors do.
func (o owner) apply(f tempFile) {
	c, ok := f.(interface{ Chown(uid, gid int) error })
	if o.ok && ok {
		c.Chown(o.uid, o.gid)
	}
}
