package fix

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Snapshot is what ReadFile saw of a file: where it is and enough about
// its state to tell later whether it changed.
type Snapshot struct {
	// Path is the path as given; Target is the file it names, with
	// symbolic links resolved, which is the file WriteFile replaces (so a
	// link stays a link).
	Path, Target string
	Size         int64
	ModTime      time.Time
	Mode         fs.FileMode
	Sum          [sha256.Size]byte
	owner        owner
}

// ErrChanged is returned by WriteFile when the file is no longer what
// ReadFile read.
var ErrChanged = errors.New("it changed on disk since it was read; run fix again")

// ReadFile reads a regular file of at most max bytes (no limit when max
// is 0) and records a Snapshot of it.
func ReadFile(path string, max int64) ([]byte, *Snapshot, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	// Look before opening: opening a FIFO would block.
	if err := regular(target); err != nil {
		return nil, nil, err
	}
	f, err := os.Open(target)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	if !info.Mode().IsRegular() { // replaced between the two looks
		return nil, nil, errors.New("not a regular file")
	}
	if max > 0 && info.Size() > max {
		return nil, nil, fmt.Errorf("too large: %d MB, more than the %d MB limit", info.Size()>>20, max>>20)
	}
	var r io.Reader = f
	if max > 0 {
		r = io.LimitReader(f, max+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	if max > 0 && int64(len(data)) > max {
		return nil, nil, fmt.Errorf("too large: more than the %d MB limit", max>>20)
	}
	return data, &Snapshot{
		Path: path, Target: target, Size: info.Size(), ModTime: info.ModTime(),
		Mode: info.Mode(), Sum: sha256.Sum256(data), owner: ownerOf(info),
	}, nil
}

func regular(path string) error {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return unwrapPath(err)
	case info.IsDir():
		return errors.New("is a directory")
	case !info.Mode().IsRegular():
		return errors.New("not a regular file")
	}
	return nil
}

// unchanged checks that the file still has the size, modification time
// and content the snapshot recorded. The content is compared too because a
// quick edit can keep the size and fall within the clock's resolution.
func (s *Snapshot) unchanged() error {
	info, err := os.Stat(s.Target)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w (it was removed or renamed)", ErrChanged)
	}
	if err != nil {
		return unwrapPath(err)
	}
	if !info.Mode().IsRegular() || info.Size() != s.Size || !info.ModTime().Equal(s.ModTime) {
		return ErrChanged
	}
	data, err := os.ReadFile(s.Target)
	if err != nil {
		return unwrapPath(err)
	}
	if sha256.Sum256(data) != s.Sum {
		return ErrChanged
	}
	return nil
}

// tempFile is the part of *os.File that WriteFile uses; tests replace
// createTemp to simulate a full disk.
type tempFile interface {
	io.Writer
	Name() string
	Chmod(fs.FileMode) error
	Sync() error
	Close() error
}

var createTemp = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }

// WriteFile replaces the file of the snapshot with data, atomically: data
// goes to a new temporary file in the same directory, which gets the
// original's permission bits (and, where allowed, its owner), is flushed to
// disk and then renamed over the original. If the file changed since it
// was read, or anything fails (no permission to create the temporary file,
// a full disk), the original is left as it was and the temporary file is
// removed: there is never a partial file.
//
// Renaming gives the file a new inode: other hard links to it keep the old
// text, and extended attributes are not carried over.
func WriteFile(s *Snapshot, data []byte) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("not written, file left untouched: %w", err)
		}
	}()
	if err := s.unchanged(); err != nil {
		return err
	}
	dir := filepath.Dir(s.Target)
	tmp, err := createTemp(dir, "."+filepath.Base(s.Target)+".mtlint-*")
	if err != nil {
		return fmt.Errorf("cannot create a temporary file in %s: %w", dir, unwrapPath(err))
	}
	name := tmp.Name()
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if n, err := tmp.Write(data); err != nil || n != len(data) {
		if err == nil {
			err = io.ErrShortWrite
		}
		return fmt.Errorf("writing the temporary file: %w", unwrapPath(err))
	}
	if err := tmp.Chmod(s.Mode & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return fmt.Errorf("setting the permissions of the temporary file: %w", unwrapPath(err))
	}
	s.owner.apply(tmp) // best effort: only root may give a file away
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("flushing the temporary file: %w", unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("closing the temporary file: %w", unwrapPath(err))
	}
	// Look again just before the rename, to make the window in which
	// another writer could be overwritten as small as possible.
	if err := s.unchanged(); err != nil {
		return err
	}
	if err := os.Rename(name, s.Target); err != nil {
		return fmt.Errorf("replacing the file: %w", unwrapPath(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// syncDir flushes the directory entry of the rename; errors are ignored
// (some file systems do not support it, and the data itself is safe).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// unwrapPath drops the operation and path of an *fs.PathError: the caller
// names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
