package lint

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"

	"github.com/mtlint/mtlint/report"
)

// jsonl streams the records of a JSON Lines file as inputs (Records),
// opening the file or reading standard input.
func (w *Walker) jsonl(in Input, yield func(Input) bool) bool {
	var r io.Reader
	if in.Stdin {
		r = w.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return w.emit(Input{Path: in.Path, Err: cleanErr(err)}, yield)
		}
		defer f.Close()
		r = f
	}
	return w.records(in.Path, r, yield)
}

// Records streams the records of JSON Lines read from r, whose path is
// reported as path, as inputs: the walker's reading of a JSON Lines file,
// for a caller that opens the file itself (a pipeline reading object
// storage). Each record is an object whose text field (JSONLText) holds
// the article; offsets in its findings are byte offsets into that field's
// decoded text. A line that is not a JSON object with a string text field,
// or is longer than MaxSize, becomes an input with an error naming the
// line, and the reading goes on; a read error ends it with such an input.
// The walker's Shard applies.
func (w *Walker) Records(path string, r io.Reader) iter.Seq[Input] {
	return func(yield func(Input) bool) { w.records(path, r, yield) }
}

func (w *Walker) records(path string, r io.Reader, yield func(Input) bool) bool {
	textKey, idKey := w.JSONLText, w.JSONLID
	if textKey == "" {
		textKey = "text"
	}
	if idKey == "" {
		idKey = "id"
	}
	br := bufio.NewReaderSize(r, 1<<16)
	max := w.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	for n := 1; ; n++ {
		line, err := readLine(br, max)
		if err == io.EOF {
			return true
		}
		rec := &report.Record{Line: n}
		if err != nil {
			if err == errLineTooLong {
				if !w.emit(Input{Path: path, Record: rec, Err: fmt.Errorf("line %d: record longer than %d bytes", n, max)}, yield) {
					return false
				}
				continue
			}
			return w.emit(Input{Path: path, Record: rec, Err: fmt.Errorf("line %d: %v", n, cleanErr(err))}, yield)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		in2 := Input{Path: path, Record: rec}
		if err := json.Unmarshal(line, &obj); err != nil {
			in2.Err = fmt.Errorf("line %d: not a JSON object: %v", n, err)
		} else {
			if raw, ok := obj[idKey]; ok {
				rec.ID = idString(raw)
			}
			if raw, ok := obj[w.JSONLGroup]; ok && w.JSONLGroup != "" {
				in2.Group = idString(raw)
			}
			var text string
			raw, ok := obj[textKey]
			switch {
			case !ok:
				in2.Err = fmt.Errorf("line %d: no %q field", n, textKey)
			case json.Unmarshal(raw, &text) != nil:
				in2.Err = fmt.Errorf("line %d: field %q is not a string", n, textKey)
			default:
				in2.Src = []byte(text)
				in2.Source, in2.Err = w.recordSource(obj, n)
			}
		}
		key := path + ":" + strconv.Itoa(n)
		if rec.ID != "" {
			key = rec.ID
		}
		if w.Shard.Keeps(key) {
			if !yield(in2) {
				return false
			}
		}
	}
}

var errLineTooLong = fmt.Errorf("line too long")

// readLine reads one line without its terminator, refusing lines longer
// than max (the rest of such a line is skipped).
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		switch err {
		case nil:
			return bytes.TrimRight(buf, "\r\n"), nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return buf, nil
		default:
			return nil, err
		}
	}
}

// idString renders a record ID that may be a string or a number.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

// Shard selects a slice of the inputs: shard K of N keeps the inputs whose
// key hashes (FNV-1a, 64 bits) to K-1 modulo N. Every input falls in
// exactly one shard, without any coordination between the N runs.
type Shard struct{ K, Of int }

// ParseShard reads "K/N".
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	if ok {
		ki, err1 := strconv.Atoi(k)
		ni, err2 := strconv.Atoi(n)
		if err1 == nil && err2 == nil && ni > 0 && ki >= 1 && ki <= ni {
			return Shard{ki, ni}, nil
		}
	}
	return Shard{}, fmt.Errorf("--shard wants K/N with 1 ≤ K ≤ N, not %q", s)
}

// Keeps reports whether the input with this key belongs to the shard.
func (s Shard) Keeps(key string) bool {
	if s.Of <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	return int(h.Sum64()%uint64(s.Of)) == s.K-1
}
