package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// sample is one measured run of a command.
type sample struct {
	wall time.Duration
	// cpu is user+system time of the process and of every descendant it
	// waited for (wait4's rusage): the whole go vet tree.
	cpu time.Duration
	// maxRSS is the largest resident set of the process or of any
	// descendant it waited for: one process, not the sum of concurrent
	// ones. For go vet that is the largest of the go command, the
	// compilers and the vet tool runs.
	maxRSS int64
	// For the vettool-only scenario, from the wrapper's log: the vet
	// tool's own processes, one per package.
	toolRuns   int
	toolMaxRSS int64
	toolCPU    time.Duration
	toolPkgCPU map[string]time.Duration // by import path
	// For the instructions scenario: instructions per counted package.
	toolPkgInstr map[string]int64
}

// run runs a command in dir and measures it. okCodes are the exit
// statuses that mean success (vet exits 1 when it reports, tcerrcheck 3).
func run(dir string, env []string, okCodes []int, name string, args ...string) (sample, []byte, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start)}
	if cmd.ProcessState == nil {
		return s, out.Bytes(), err
	}
	if code := cmd.ProcessState.ExitCode(); !slices.Contains(okCodes, code) {
		return s, out.Bytes(), fmt.Errorf("%s %s: exit status %d\n%s", name, strings.Join(args, " "), code, tail(out.Bytes(), 40))
	}
	s.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	s.maxRSS = maxRSS(cmd.ProcessState)
	return s, out.Bytes(), nil
}

// tail returns the last n lines of out.
func tail(out []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// readToolLog reads the wrapper's log: one line per vet tool run,
// "maxrss_bytes cpu_ns import_path", with the instruction count after it
// for a run under cachegrind.
func readToolLog(path string, s *sample) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 4 {
			if n, err := strconv.ParseInt(fields[3], 10, 64); err == nil {
				if s.toolPkgInstr == nil {
					s.toolPkgInstr = map[string]int64{}
				}
				s.toolPkgInstr[fields[2]] += n
			}
			continue
		}
		if len(fields) != 3 {
			continue
		}
		rss, err1 := strconv.ParseInt(fields[0], 10, 64)
		cpu, err2 := strconv.ParseInt(fields[1], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		s.toolRuns++
		s.toolMaxRSS = max(s.toolMaxRSS, rss)
		s.toolCPU += time.Duration(cpu)
		if s.toolPkgCPU == nil {
			s.toolPkgCPU = map[string]time.Duration{}
		}
		s.toolPkgCPU[fields[2]] += time.Duration(cpu)
	}
	return sc.Err()
}

// wrap is the benchmark binary acting as go vet's -vettool: it runs the
// real tool (TCERRBENCH_WRAP) as its child, passes everything through,
// and appends the child's peak RSS and CPU time to TCERRBENCH_LOG. To
// defeat vet's result cache without touching the compile cache, it adds
// TCERRBENCH_NONCE to the tool's build ID.
func wrap(tool string) int {
	args := os.Args[1:]
	cmd := exec.Command(tool, args...)
	cmd.Stdin, cmd.Stderr = os.Stdin, os.Stderr
	if len(args) == 1 && args[0] == "-V=full" {
		out, err := cmd.Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("%s%s\n", strings.TrimSpace(string(out)), os.Getenv("TCERRBENCH_NONCE"))
		return 0
	}
	cfg := ""
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		cfg = args[len(args)-1]
	}
	if cfg != "" && counted(cfg) {
		exit, n, err := countedRun(tool, args)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		appendLog(fmt.Sprintf("0 0 %s %d\n", cfgImportPath(cfg), n))
		return exit
	}
	cmd.Stdout = os.Stdout
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if cfg != "" {
		appendLog(fmt.Sprintf("%d %d %s\n", maxRSS(cmd.ProcessState), int64(cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()), cfgImportPath(cfg)))
	}
	return cmd.ProcessState.ExitCode()
}

// appendLog appends one line to TCERRBENCH_LOG, when set: one short
// O_APPEND write, atomic between the parallel runs.
func appendLog(line string) {
	if log := os.Getenv("TCERRBENCH_LOG"); log != "" {
		f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			f.WriteString(line)
			f.Close()
		}
	}
}

// cfgImportPath returns the package a vet config is about, with go vet's
// " [p.test]" variant suffix as "(test)".
func cfgImportPath(cfg string) string {
	data, err := os.ReadFile(cfg)
	var c struct{ ID, ImportPath string }
	if err != nil || json.Unmarshal(data, &c) != nil || c.ImportPath == "" {
		return "unknown"
	}
	if strings.Contains(c.ID, " [") {
		return c.ImportPath + "(test)"
	}
	return c.ImportPath
}

// median returns the median of the values f picks from samples.
func median[T int64 | time.Duration](samples []sample, f func(sample) T) T {
	vals := make([]T, len(samples))
	for i, s := range samples {
		vals[i] = f(s)
	}
	slices.Sort(vals)
	n := len(vals)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return vals[n/2]
	}
	return (vals[n/2-1] + vals[n/2]) / 2
}

// pairedRatio is the median over runs i of f(a[i]) / f(b[i]). Run i of
// both tools ran back to back, so the slow drift of a shared machine
// (other tenants, thermal state) cancels within a pair, where it does not
// between the medians of the two series.
func pairedRatio(a, b []sample, f func(sample) time.Duration) float64 {
	var ratios []float64
	for i := range min(len(a), len(b)) {
		if f(b[i]) > 0 {
			ratios = append(ratios, float64(f(a[i]))/float64(f(b[i])))
		}
	}
	if len(ratios) == 0 {
		return 0
	}
	slices.Sort(ratios)
	n := len(ratios)
	if n%2 == 1 {
		return ratios[n/2]
	}
	return (ratios[n/2-1] + ratios[n/2]) / 2
}

func spread(samples []sample, f func(sample) time.Duration) string {
	lo, hi := f(samples[0]), f(samples[0])
	for _, s := range samples {
		lo, hi = min(lo, f(s)), max(hi, f(s))
	}
	return fmt.Sprintf("%.2f-%.2f", lo.Seconds(), hi.Seconds())
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
