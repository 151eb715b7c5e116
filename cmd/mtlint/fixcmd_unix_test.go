//go:build unix

package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFixPermissions: an unreadable file and a directory where the fixed
// file cannot be written. Root reads and writes anything, so as root the
// test runs mtlint as the user nobody (a copy of this test binary, in
// TestFixHelperProcess); it skips when that is not possible.
func TestFixPermissions(t *testing.T) {
	dir := t.TempDir()
	mk := func(rel, body string, mode os.FileMode) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chmod(p, mode)
	}
	const flawed = "The unions, however , insist.\n"
	mk("locked/a.txt", flawed, 0o644)
	mk("secret.txt", flawed, 0o000)
	mk("open/b.txt", flawed, 0o666)
	args := []string{"fix", "--no-config", "--write", "locked/a.txt", "secret.txt", "open/b.txt"}

	var r result
	if os.Geteuid() == 0 {
		// Let nobody reach the files: every directory on the way must be
		// searchable; open/ is writable, locked/ is not.
		for p := dir; p != filepath.Dir(p) && strings.HasPrefix(p, os.TempDir()) && p != os.TempDir(); p = filepath.Dir(p) {
			os.Chmod(p, 0o755)
		}
		os.Chmod(filepath.Join(dir, "open"), 0o777)
		r = runAsNobody(t, dir, args...)
	} else {
		os.Chmod(filepath.Join(dir, "locked"), 0o555)
		defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
		os.Chmod(filepath.Join(dir, "open"), 0o777)
		t.Chdir(dir)
		r = runFixCmd(t, "", args...)
	}
	if r.code != 2 {
		t.Errorf("exit %d, want 2\n%s", r.code, r.stderr)
	}
	for _, e := range []string{
		"mtlint: locked/a.txt: not written, file left untouched: cannot create a temporary file in locked: permission denied\n",
		"mtlint: secret.txt: permission denied\n",
	} {
		if !strings.Contains(r.stderr, e) {
			t.Errorf("stderr lacks %q:\n%s", e, r.stderr)
		}
	}
	for rel, want := range map[string]string{"locked/a.txt": flawed, "secret.txt": flawed, "open/b.txt": "The unions, however, insist.\n"} {
		if got := readString(t, filepath.Join(dir, rel)); got != want {
			t.Errorf("%s holds %q, want %q", rel, got, want)
		}
	}
	if ents, _ := os.ReadDir(filepath.Join(dir, "locked")); len(ents) != 1 {
		t.Errorf("locked/ holds %d entries", len(ents))
	}
}

// runAsNobody runs mtlint with args in dir as the user nobody, through a
// copy of the test binary that every user can execute.
func runAsNobody(t *testing.T, dir string, args ...string) result {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	binDir, err := os.MkdirTemp("", "mtlint-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(binDir)
	os.Chmod(binDir, 0o755)
	bin := filepath.Join(binDir, "mtlint.test")
	src, err := os.Open(exe)
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.Copy(dst, src)
	src.Close()
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, append([]string{"-test.run=^TestFixHelperProcess$", "--"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MTLINT_FIX_HELPER=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Skipf("skipping: cannot run a process as nobody here: %v", err)
	}
	return result{code, out.String(), errOut.String()}
}

// TestFixHelperProcess is mtlint run as another user by TestFixPermissions.
func TestFixHelperProcess(t *testing.T) {
	if os.Getenv("MTLINT_FIX_HELPER") != "1" {
		return
	}
	args := flag.Args()
	os.Exit(run(append([]string{"mtlint"}, args...), os.Stdin, os.Stdout, os.Stderr))
}
