package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// jsonlWriter streams one JSON object per file (or JSONL record), each on
// its own line, as soon as the file is done: the same object as an element
// of "files" in the JSON report. There is no summary line, so the outputs
// of several shards can simply be concatenated.
type jsonlWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	sum Summary
}

func newJSONL(w io.Writer) *jsonlWriter {
	return &jsonlWriter{w: bufio.NewWriter(w)}
}

// AppendJSONL appends to buf one file's line of the JSON Lines report: its
// JSON object (ToJSON, with "<", ">" and "&" kept as they are) and a
// newline. Whoever writes that report elsewhere (the Beam pipeline) writes
// these lines.
func AppendJSONL(buf *bytes.Buffer, f *File) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(ToJSON(f))
}

func (j *jsonlWriter) File(f *File) error {
	j.sum.Add(f)
	j.buf.Reset()
	if err := AppendJSONL(&j.buf, f); err != nil {
		return err
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return err
	}
	// Flush each line so that a consumer (or a resumed run) sees whole
	// records as they are done.
	return j.w.Flush()
}

func (j *jsonlWriter) Close() error     { return j.w.Flush() }
func (j *jsonlWriter) Summary() Summary { return j.sum }
