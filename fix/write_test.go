//go:build unix

package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func writeTemp(t *testing.T, name, body string, mode fs.FileMode) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	return p
}

// onlyFile checks that the file's directory holds nothing else: no
// temporary file was left behind.
func onlyFile(t *testing.T, path string) {
	t.Helper()
	ents, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() != filepath.Base(path) {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func readBack(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFileReplaces(t *testing.T) {
	for _, mode := range []fs.FileMode{0o644, 0o640, 0o755, 0o600 | fs.ModeSetgid} {
		p := writeTemp(t, "a.txt", "however , said\n", mode)
		data, snap, err := ReadFile(p, 0)
		if err != nil {
			t.Fatal(err)
		}
		if string(data) != "however , said\n" {
			t.Fatalf("read %q", data)
		}
		if err := WriteFile(snap, []byte("however, have\n")); err != nil {
			t.Fatal(err)
		}
		if got := readBack(t, p); got != "however, have\n" {
			t.Errorf("file holds %q", got)
		}
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode() != mode {
			t.Errorf("mode %v, want %v", info.Mode(), mode)
		}
		onlyFile(t, p)
	}
}

func TestWriteFileKeepsSymlink(t *testing.T) {
	p := writeTemp(t, "real.txt", "crews.Dockers\n", 0o644)
	link := filepath.Join(filepath.Dir(p), "link.txt")
	if err := os.Symlink("real.txt", link); err != nil {
		t.Skipf("skipping: no symbolic links here: %v", err)
	}
	_, snap, err := ReadFile(link, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(snap, []byte("crews. Dockers\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v %v", info.Mode(), err)
	}
	if got := readBack(t, p); got != "crews. Dockers\n" {
		t.Errorf("target holds %q", got)
	}
}

func TestWriteFileRefusesChangedFile(t *testing.T) {
	cases := []struct {
		name   string
		change func(t *testing.T, p string)
	}{
		{"new content", func(t *testing.T, p string) {
			os.WriteFile(p, []byte("an editor saved this meanwhile\n"), 0o644)
		}},
		{"same size and time, other content", func(t *testing.T, p string) {
			info, _ := os.Stat(p)
			os.WriteFile(p, []byte("HOWEVER , have\n"), 0o644)
			os.Chtimes(p, info.ModTime(), info.ModTime())
		}},
		{"touched", func(t *testing.T, p string) {
			later := time.Now().Add(time.Hour)
			os.Chtimes(p, later, later)
		}},
		{"removed", func(t *testing.T, p string) { os.Remove(p) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeTemp(t, "a.txt", "however , said\n", 0o644)
			_, snap, err := ReadFile(p, 0)
			if err != nil {
				t.Fatal(err)
			}
			tc.change(t, p)
			before, _ := os.ReadFile(p)
			err = WriteFile(snap, []byte("however, have\n"))
			if !errors.Is(err, ErrChanged) {
				t.Fatalf("got %v, want ErrChanged", err)
			}
			if !strings.Contains(err.Error(), "not written") {
				t.Errorf("error %q does not say the file was not written", err)
			}
			after, _ := os.ReadFile(p)
			if string(after) != string(before) {
				t.Errorf("the other writer's text %q was replaced by %q", before, after)
			}
			if tc.name != "removed" {
				onlyFile(t, p)
			}
		})
	}
}

// failingFile writes part of the data to a real temporary file and then
// fails the way a full disk does.
type failingFile struct {
	*os.File
	failWrite, failSync, failClose bool
}

func (f *failingFile) Write(b []byte) (int, error) {
	if f.failWrite {
		n, _ := f.File.Write(b[:len(b)/2])
		return n, &fs.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return f.File.Write(b)
}

func (f *failingFile) Sync() error {
	if f.failSync {
		return &fs.PathError{Op: "sync", Path: f.Name(), Err: syscall.EIO}
	}
	return f.File.Sync()
}

func (f *failingFile) Close() error {
	err := f.File.Close()
	if f.failClose {
		return &fs.PathError{Op: "close", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return err
}

func TestWriteFileFailuresLeaveTheOriginal(t *testing.T) {
	cases := []struct {
		name string
		file failingFile
		want string
	}{
		{"disk full while writing", failingFile{failWrite: true}, "no space left on device"},
		{"flush fails", failingFile{failSync: true}, "input/output error"},
		{"disk full on close", failingFile{failClose: true}, "no space left on device"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			orig := createTemp
			defer func() { createTemp = orig }()
			createTemp = func(dir, pattern string) (tempFile, error) {
				f, err := os.CreateTemp(dir, pattern)
				if err != nil {
					return nil, err
				}
				ff := tc.file
				ff.File = f
				return &ff, nil
			}
			body := strings.Repeat("however , said\n", 1000)
			p := writeTemp(t, "a.txt", body, 0o644)
			_, snap, err := ReadFile(p, 0)
			if err != nil {
				t.Fatal(err)
			}
			err = WriteFile(snap, []byte(strings.ReplaceAll(body, " ,", ",")))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "file left untouched") {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			if got := readBack(t, p); got != body {
				t.Error("the original was changed")
			}
			onlyFile(t, p)
		})
	}
}

func TestWriteFileNoPermission(t *testing.T) {
	p := writeTemp(t, "a.txt", "however , said\n", 0o644)
	_, snap, err := ReadFile(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		// Root writes anywhere; simulate the refusal the kernel gives
		// other users. (cmd/mtlint's tests run the real case as nobody.)
		orig := createTemp
		defer func() { createTemp = orig }()
		createTemp = func(dir, pattern string) (tempFile, error) {
			return nil, &fs.PathError{Op: "open", Path: filepath.Join(dir, pattern), Err: syscall.EACCES}
		}
	} else {
		dir := filepath.Dir(p)
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
	}
	err = WriteFile(snap, []byte("however, have\n"))
	if err == nil || !strings.Contains(err.Error(), "permission denied") || !strings.Contains(err.Error(), "cannot create a temporary file in") {
		t.Fatalf("got %v", err)
	}
	if got := readBack(t, p); got != "however , said\n" {
		t.Errorf("file holds %q", got)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "x.txt"), 0o755)
	os.WriteFile(filepath.Join(dir, "plain.txt"), []byte("text"), 0o644)
	fifo := filepath.Join(dir, "fifo.txt")
	haveFifo := syscall.Mkfifo(fifo, 0o644) == nil
	cases := []struct{ path, want string }{
		{filepath.Join(dir, "x.txt"), "is a directory"},
		{filepath.Join(dir, "plain.txt", "under.txt"), "not a directory"},
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
	}
	if haveFifo {
		cases = append(cases, struct{ path, want string }{fifo, "not a regular file"})
	}
	for _, tc := range cases {
		_, _, err := ReadFile(tc.path, 0)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.path, err, tc.want)
		}
	}
}

func TestReadFileLimit(t *testing.T) {
	p := writeTemp(t, "big.txt", strings.Repeat("x", 3<<20), 0o644)
	if _, _, err := ReadFile(p, 2<<20); err == nil || err.Error() != "too large: 3 MB, more than the 2 MB limit" {
		t.Errorf("got %v", err)
	}
	if data, _, err := ReadFile(p, 3<<20); err != nil || len(data) != 3<<20 {
		t.Errorf("at the limit: %d bytes, %v", len(data), err)
	}
}
