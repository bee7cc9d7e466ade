package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The instructions scenario counts what the vet tool executes, instead of
// timing it: on a shared machine a minute of go vet varies by 10-20%
// between runs, an instruction count by a few percent (garbage-collection
// cycles still fall differently). go vet runs as in vetonly, and the
// wrapper runs the tool under valgrind's cachegrind for the packages that
// call the SDK, where tcerrcheck does its work (elsewhere it returns at
// once, as vetonly's breakdown shows), natively for the rest. Slow (about
// ten minutes), so not among the default scenarios.

// countEnv, in the wrapper's environment, asks it to count instructions.
const countEnv = "TCERRBENCH_COUNT"

// countedRun runs the tool under cachegrind and returns its exit status and
// instruction count. Asynchronous preemption is off and GOMAXPROCS is 1:
// valgrind serialises threads anyway, and preemption signals break it.
func countedRun(tool string, args []string) (exit int, instructions int64, err error) {
	logFile, err := os.CreateTemp("", "tcerrbench-valgrind-")
	if err != nil {
		return 1, 0, err
	}
	logFile.Close()
	defer os.Remove(logFile.Name())
	vg := append([]string{"--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", "--log-file=" + logFile.Name(), tool}, args...)
	cmd := exec.Command("valgrind", vg...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), "GODEBUG=asyncpreemptoff=1", "GOMAXPROCS=1")
	runErr := cmd.Run()
	if cmd.ProcessState == nil {
		return 1, 0, runErr
	}
	data, err := os.ReadFile(logFile.Name())
	if err != nil {
		return 1, 0, err
	}
	m := instructionsRE.FindSubmatch(data)
	if m == nil {
		return 1, 0, fmt.Errorf("no instruction count in valgrind's log:\n%s", data)
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(string(m[1]), ",", ""), 10, 64)
	return cmd.ProcessState.ExitCode(), n, err
}

var instructionsRE = regexp.MustCompile(`I\s+refs:\s+([\d,]+)`)

// counted reports whether the wrapper counts the run of the package a vet
// config is about.
func counted(cfg string) bool {
	return os.Getenv(countEnv) == "1" && packageKind(cfgImportPath(cfg)) == "program: SDK side"
}

func (b *bench) instructions(t tool, i int) (sample, error) {
	if _, err := exec.LookPath("valgrind"); err != nil {
		return sample{}, fmt.Errorf("the instructions scenario needs valgrind (Debian package valgrind): %v", err)
	}
	log := filepath.Join(b.work, fmt.Sprintf("instructions-%s-%d.log", t.name, i))
	env := append(b.toolEnv(t), "TCERRBENCH_WRAP="+t.bin, "TCERRBENCH_LOG="+log, countEnv+"=1",
		fmt.Sprintf("TCERRBENCH_NONCE=i%d%d", time.Now().UnixNano(), i))
	s, _, err := run(b.app, env, []int{0, 1}, "go", "vet", "-vettool="+b.self, "./...")
	if err != nil {
		return s, err
	}
	return s, readToolLog(log, &s)
}

// printInstructions compares the instruction counts of the counted
// packages: in all, and the median of the per-package ratios.
func printInstructions(tc, noop []sample) float64 {
	if len(tc) == 0 || len(noop) == 0 {
		return 0
	}
	a, b := tc[0].toolPkgInstr, noop[0].toolPkgInstr
	var sumA, sumB int64
	var ratios []float64
	for pkg, n := range a {
		if m := b[pkg]; m > 0 {
			sumA, sumB = sumA+n, sumB+m
			ratios = append(ratios, float64(n)/float64(m))
		}
	}
	if sumB == 0 {
		return 0
	}
	sort.Float64s(ratios)
	total := float64(sumA) / float64(sumB)
	fmt.Printf("\ninstructions: the vet tool under cachegrind on %d packages that call the SDK\n", len(ratios))
	fmt.Printf("  tcerrcheck %.2fG, no-op %.2fG: ratio %.3f; per package: median %.3f, range %.3f-%.3f\n",
		float64(sumA)/1e9, float64(sumB)/1e9, total, ratios[len(ratios)/2], ratios[0], ratios[len(ratios)-1])
	return total
}
