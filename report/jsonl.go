package report

import (
	"bufio"
	"bytes"
	"io"
)

// jsonlWriter streams one JSON object per file (or JSONL record), each on
// its own line, as soon as the file is done: the same object as an element
// of "files" in the JSON report. There is no summary line, so the outputs
// of several shards can simply be concatenated.
type jsonlWriter struct {
	w   *bufio.Writer
	enc JSONLEncoder
	sum Summary
}

func newJSONL(w io.Writer) *jsonlWriter {
	return &jsonlWriter{w: bufio.NewWriter(w)}
}

func (j *jsonlWriter) File(f *File) error {
	j.sum.Add(f)
	if err := j.enc.line(j.w, f); err != nil {
		return err
	}
	// Flush each line so that a consumer (or a resumed run) sees whole
	// records as they are done.
	return j.w.Flush()
}

func (j *jsonlWriter) Close() error     { return j.w.Flush() }
func (j *jsonlWriter) Summary() Summary { return j.sum }

// JSONLEncoder makes the lines of the JSON Lines report: the jsonl writer
// writes its lines with one, and whoever writes that report elsewhere (the
// Beam pipeline) makes them with one, so that a file's line is the same
// bytes wherever it is written. A line is the file's JSON object, written
// one finding at a time (jsonStream), and a newline. The zero value is
// ready to use; an encoder reuses its buffers and is not safe for
// concurrent use.
type JSONLEncoder struct {
	stream *jsonStream
}

// Append appends f's line, newline included, to buf.
func (e *JSONLEncoder) Append(buf *bytes.Buffer, f *File) error {
	return e.line(buf, f)
}

func (e *JSONLEncoder) line(w jsonSink, f *File) error {
	if e.stream == nil {
		e.stream = newJSONStream()
	}
	if err := e.stream.file(w, f); err != nil {
		return err
	}
	return w.WriteByte('\n')
}
