//go:build unix

package lint

import (
	"fmt"
	"io/fs"
	"syscall"
)

// readFileInto reads the file at path into buf[:0] (growing it to the
// file's size when it is smaller) and returns it. It fails for a directory
// and for a file of more than max bytes.
//
// It reads through the system calls themselves: os.Open registers every
// file with the network poller, which for a regular file costs five more
// system calls (four fcntl, one failing epoll_ctl) than the file's open,
// fstat, reads and close, and a batch of small articles is opened twice
// (residue/template's first pass, then the check pass). A regular file is
// read in one read when it has the size fstat gave. The errors are those
// of os.Open and os.File.Read: *fs.PathError with the errno.
func readFileInto(buf []byte, path string, max int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return buf[:0], &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return buf[:0], &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		return buf[:0], fmt.Errorf("is a directory")
	}
	if st.Size > max {
		return buf[:0], tooLarge(st.Size, max)
	}
	// One byte more than the size, so that the read that finds the end of
	// the file does not have to grow the buffer.
	if want := int(st.Size) + 1; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew, or has no size (a pipe)
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return buf, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return buf, tooLarge(-1, max)
		}
		if int64(len(buf)) == st.Size && len(buf) < cap(buf) && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			// A regular file's read stops short only at its end, and this
			// is the size it has: no read to find the end.
			return buf, nil
		}
	}
}
