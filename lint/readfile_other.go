//go:build !unix

package lint

import (
	"fmt"
	"io"
	"os"
)

// readFileInto reads the file at path into buf[:0] (growing it to the
// file's size when it is smaller) and returns it. It fails for a directory
// and for a file of more than max bytes.
func readFileInto(buf []byte, path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return buf[:0], err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return buf[:0], err
	}
	if info.IsDir() {
		return buf[:0], fmt.Errorf("is a directory")
	}
	if info.Size() > max {
		return buf[:0], tooLarge(info.Size(), max)
	}
	if want := int(info.Size()) + 1; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return buf, tooLarge(-1, max)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}
