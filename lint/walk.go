package lint

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SkipDirs are folder names a directory walk never enters, besides hidden
// ones (names starting with "."): vendored and generated trees.
var SkipDirs = []string{"vendor", "node_modules", "third_party", "__pycache__"}

// Walker turns command-line paths into a stream of inputs.
type Walker struct {
	// Exts are the name endings a directory walk picks up; DefaultExts
	// when nil. A file named on the command line is taken whatever its name.
	Exts []string
	// Include, when set, replaces the Exts filter: it must accept a walked
	// file for it to be checked. It gets the file's path (joined to the
	// argument) and its path relative to the walk root (slash-separated).
	Include func(path, rel string) bool
	// Exclude, when set, drops the files and folders it accepts (a
	// folder's rel has a trailing "/").
	Exclude func(path, rel string) bool
	// JSONL reads every file as JSON Lines, not only *.jsonl ones.
	JSONL bool
	// JSONLText and JSONLID name the record fields; "text" and "id" by default.
	JSONLText, JSONLID string
	// JSONLSource names the field holding a record's source text; "source"
	// by default. A record without it is checked alone.
	JSONLSource string
	// JSONLGroup, when set, names the record field whose value is the
	// record's group for the batch-level checks (Input.Group); records
	// without it belong to their file's group.
	JSONLGroup string
	// Shard, when Of > 0, keeps only the inputs whose key (path, or record
	// ID) hashes to shard K of Of (K from 1 to Of).
	Shard Shard
	// MaxSize is the largest JSONL record read, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int64
	// Stdin is read for "-" in JSON Lines mode; os.Stdin when nil.
	Stdin io.Reader
}

// DefaultMaxSize bounds the size of one article. The parsed model costs
// several times the text, so a larger file is refused with a clear error
// rather than exhausting memory.
const DefaultMaxSize = 64 << 20

func (w *Walker) exts() []string {
	if w.Exts == nil {
		return DefaultExts
	}
	return w.Exts
}

// Inputs streams the inputs for args in a deterministic order: arguments in
// the order given; inside a directory, entries in lexical order, depth
// first. Directories are walked lazily, so a tree of 100,000 files is never
// listed in memory at once. Symbolic links to folders are followed, with
// loops detected and reported. JSON Lines files yield one input per record.
func (w *Walker) Inputs(args []string) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, arg := range args {
			if !w.arg(arg, yield) {
				return
			}
		}
	}
}

func (w *Walker) arg(arg string, yield func(Input) bool) bool {
	if arg == "-" {
		in := Input{Path: StdinPath, Stdin: true}
		if w.JSONL {
			return w.jsonl(in, yield)
		}
		return yield(in)
	}
	info, err := os.Stat(arg)
	if err != nil {
		return w.emit(Input{Path: arg, Err: cleanErr(err)}, yield)
	}
	if !info.IsDir() {
		return w.file(arg, yield)
	}
	return w.dir(arg, arg, "", map[fileID]bool{}, yield)
}

// emit yields in if its shard is ours.
func (w *Walker) emit(in Input, yield func(Input) bool) bool {
	if !w.Shard.Keeps(in.Path) {
		return true
	}
	return yield(in)
}

func (w *Walker) file(path string, yield func(Input) bool) bool {
	if w.JSONL || strings.HasSuffix(path, ".jsonl") {
		return w.jsonl(Input{Path: path}, yield)
	}
	return w.emit(Input{Path: path}, yield)
}

// fileID names a folder whatever the path it is reached by: its device
// and inode where the system has them (walk_unix.go), else its path with
// every symbolic link resolved (walk_other.go).
type fileID struct {
	dev, ino uint64
	path     string
}

// dir walks one folder. onPath holds the folders on the way down, to
// detect symbolic-link loops.
func (w *Walker) dir(root, path, rel string, onPath map[fileID]bool, yield func(Input) bool) bool {
	info, err := os.Stat(path)
	if err != nil {
		return w.emit(Input{Path: path, Err: cleanErr(err)}, yield)
	}
	if id, ok := idOf(path, info); ok {
		if onPath[id] {
			return w.emit(Input{Path: path, Err: errors.New("symbolic link loop: this folder contains itself; skipped")}, yield)
		}
		onPath[id] = true
		defer delete(onPath, id)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return w.emit(Input{Path: path, Err: cleanErr(err)}, yield)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(path, name)
		r := name
		if rel != "" {
			r = rel + "/" + name
		}
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			target, err := os.Stat(p)
			if err != nil {
				if !w.emit(Input{Path: p, Err: fmt.Errorf("broken symbolic link: %v", cleanErr(err))}, yield) {
					return false
				}
				continue
			}
			isDir = target.IsDir()
			if !isDir && !target.Mode().IsRegular() {
				continue
			}
		} else if !isDir && !e.Type().IsRegular() {
			continue // sockets, devices, pipes
		}
		if isDir {
			if skipDir(name) || (w.Exclude != nil && w.Exclude(p, r+"/")) {
				continue
			}
			if !w.dir(root, p, r, onPath, yield) {
				return false
			}
			continue
		}
		if w.Exclude != nil && w.Exclude(p, r) {
			continue
		}
		if w.Include != nil {
			if !w.Include(p, r) {
				continue
			}
		} else if !w.wanted(name) {
			continue
		}
		if !w.file(p, func(in Input) bool {
			if in.Record == nil {
				in.Rel = r
			}
			return yield(in)
		}) {
			return false
		}
	}
	return true
}

func (w *Walker) wanted(name string) bool {
	if strings.HasSuffix(name, ".jsonl") {
		return true
	}
	for _, e := range w.exts() {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

func skipDir(name string) bool {
	for _, s := range SkipDirs {
		if name == s {
			return true
		}
	}
	return false
}
