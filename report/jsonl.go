package report

import (
	"bufio"
	"io"
)

// jsonlWriter streams one JSON object per file (or JSONL record), each on
// its own line, as soon as the file is done: the same object as an element
// of "files" in the JSON report. There is no summary line, so the outputs
// of several shards can simply be concatenated.
type jsonlWriter struct {
	w      *bufio.Writer
	stream *jsonStream
	sum    Summary
}

func newJSONL(w io.Writer) *jsonlWriter {
	return &jsonlWriter{w: bufio.NewWriter(w), stream: newJSONStream()}
}

func (j *jsonlWriter) File(f *File) error {
	j.sum.Add(f)
	if err := j.stream.file(j.w, f); err != nil {
		return err
	}
	if err := j.w.WriteByte('\n'); err != nil {
		return err
	}
	// Flush each line so that a consumer (or a resumed run) sees whole
	// records as they are done.
	return j.w.Flush()
}

func (j *jsonlWriter) Close() error     { return j.w.Flush() }
func (j *jsonlWriter) Summary() Summary { return j.sum }
