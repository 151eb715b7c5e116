package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"path"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// Write writes the lines of col (a PCollection<string>) to filename, one
// line each, in shards files when shards > 1 ("findings.jsonl" becomes
// "findings-00000-of-00004.jsonl", ...). Every shard's file is written,
// empty ones too, so that an output with nothing in it (no dead letters)
// still says so. With sorted, each file's lines are sorted (they are held
// in memory to be: for the small outputs). A file is written under a
// temporary name and renamed when complete, where the filesystem can
// rename (local files, gs://); elsewhere it is written in place.
func Write(s beam.Scope, filename string, shards int, sorted bool, col beam.PCollection) {
	s = s.Scope("write " + path.Base(filename))
	if err := validScheme(filename); err != nil {
		panic(err) // checked by the caller: see CheckOutput
	}
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	ids := make([]int, shards)
	for i := range ids {
		ids[i] = i
	}
	all := beam.ParDo(s, pairShard, beam.CreateList(s, ids))
	grouped := beam.CoGroupByKey(s, all, keyed)
	beam.ParDo0(s, &writeFn{Filename: filename, Shards: shards, Sorted: sorted}, grouped)
}

// CheckOutput says whether an output file's scheme has a filesystem.
func CheckOutput(filename string) error { return validScheme(filename) }

// shardFn keys each line by its shard: a hash of the line, so that the
// split does not depend on how the runner ordered them.
type shardFn struct {
	Shards int
}

func (f *shardFn) ProcessElement(line string) (int, string) {
	if f.Shards <= 1 {
		return 0, line
	}
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// pairShard makes each shard's marker, so that every shard is written.
func pairShard(id int) (int, bool) { return id, true }

// ShardName is the name of shard i of n of filename.
func ShardName(filename string, i, n int) string {
	if n <= 1 {
		return filename
	}
	dir, base := path.Split(filename)
	ext := ""
	if j := strings.Index(base, "."); j > 0 {
		base, ext = base[:j], base[j:]
	}
	return fmt.Sprintf("%s%s-%05d-of-%05d%s", dir, base, i, n, ext)
}

// writeFn writes one shard.
type writeFn struct {
	Filename string
	Shards   int
	Sorted   bool
}

func (f *writeFn) ProcessElement(ctx context.Context, shard int, _ func(*bool) bool, lines func(*string) bool) (err error) {
	name := ShardName(f.Filename, shard, f.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	renamer, canRename := fsys.(filesystem.Renamer)
	tmp := name
	if canRename {
		tmp = fmt.Sprintf("%s.tmp-%016x", name, rand.Uint64())
	}
	w, err := fsys.OpenWrite(ctx, tmp)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	defer func() {
		if err != nil && canRename {
			if r, ok := fsys.(filesystem.Remover); ok {
				r.Remove(ctx, tmp)
			}
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	if f.Sorted {
		var all []string
		for lines(&line) {
			all = append(all, line)
		}
		slices.Sort(all)
		for _, l := range all {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
	} else {
		for lines(&line) {
			bw.WriteString(line)
			bw.WriteByte('\n')
		}
	}
	if err = bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %v", name, err)
	}
	if err = w.Close(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if canRename {
		if err = renamer.Rename(ctx, tmp, name); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
	}
	return nil
}
