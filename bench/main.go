// Command bench measures what tcerrcheck costs on a big program, against a
// no-op analyzer built the same way (bench/noop).
//
//	go run ./bench [-n 5] [-warm-n 9] [-standalone-n 15] [-scenarios cold,touch,vetonly,standalone] [-profile dir]
//
// It generates a module in a temporary directory: packages calling seven
// real SDK products (at versions that download together; every
// action and code used is read from the module cache) through wrapper
// services, helpers taking code lists, retry closures and loops, with the
// comparison idioms real callers write in roughly their proportions, and many more
// packages that do not touch the SDK. Then it runs both tools alternately,
// n times each per scenario, and prints medians and ratios:
//
//   - cold: go vet -vettool=<tool> ./... with a fresh GOCACHE every run
//     (the standard library and the SDK compiled and vetted too);
//   - touch: go vet after changing one file, on a warm cache: an exported
//     function is added to the error-helper package every SDK-using
//     package imports, so all of those are recompiled and re-vetted;
//   - vetonly: go vet with the compile cache warm but vet's results not
//     cached (the tool's ID changes per run): every package, standard
//     library included, is vetted and nothing compiled; the tool runs
//     under a wrapper that records each run's peak RSS and CPU time;
//   - standalone: <tool> ./... (go/packages loads everything from source);
//   - instructions (not run by default: it takes about ten minutes and
//     valgrind): as vetonly, with the vet tool's instructions counted under
//     cachegrind on the packages that call the SDK;
//   - real (not run by default: it needs a checkout): as vetonly, on the
//     packages -real-pkgs of a real program checked out in -real-dir (the
//     Terraform provider, which vendors its modules: -real-goflags
//     -mod=vendor), -real-n runs per tool. With -scenarios=real nothing is
//     generated.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"
)

var (
	runs           = flag.Int("n", 5, "runs per tool of the cold scenario")
	warmRuns       = flag.Int("warm-n", 9, "runs per tool of the touch and vetonly scenarios")
	standaloneRuns = flag.Int("standalone-n", 15, "runs per tool of the standalone scenario (seconds each where a cold go vet takes a minute, and the noisiest ratio)")
	scenarios      = flag.String("scenarios", "cold,touch,vetonly,standalone", "scenarios to run, comma-separated, of cold, touch, vetonly, standalone, instructions (none: generate, check and profile only)")
	sdkPkgs        = flag.Int("sdk-pkgs", 60, "generated packages that call the SDK")
	plainPkgs      = flag.Int("plain-pkgs", 180, "generated packages that do not touch the SDK")
	defects        = flag.Float64("defects", 0.04, "share of compared codes that are wrong")
	seed           = flag.Uint64("seed", 1, "seed of the generator")
	keep           = flag.Bool("keep", false, "keep the temporary workspace and print its path")
	profile        = flag.String("profile", "", "write CPU and heap profiles of standalone tcerrcheck into `dir` and print their top entries")
	factless       = flag.Bool("factless", false, "also measure a no-op that declares no fact type")
	realDir        = flag.String("real-dir", "", "checkout of a real program for the real scenario")
	realPkgs       = flag.String("real-pkgs", "./tencentcloud/...", "packages of -real-dir to vet, space-separated")
	realGoflags    = flag.String("real-goflags", "-mod=vendor", "GOFLAGS for vetting -real-dir")
	realRuns       = flag.Int("real-n", 3, "runs per tool of the real scenario")
)

// tool is one side of the comparison.
type tool struct {
	name string
	bin  string
	env  []string // extra environment
	exit []int    // exit statuses of a successful standalone run
}

type bench struct {
	root, work, app string
	env             []string // GOFLAGS=-mod=mod, GOWORK=off, a warm GOCACHE of our own
	tools           []tool
	self            string
	results         map[string]map[string][]sample // scenario -> tool -> samples
	touches         int
}

func main() {
	if t := os.Getenv("TCERRBENCH_WRAP"); t != "" {
		os.Exit(wrap(t))
	}
	flag.Parse()
	if err := mainErr(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func mainErr() error {
	b := &bench{results: map[string]map[string][]sample{}}
	var err error
	if b.root, err = repoRoot(); err != nil {
		return err
	}
	if b.self, err = os.Executable(); err != nil {
		return err
	}
	if b.work, err = os.MkdirTemp("", "tcerrbench-"); err != nil {
		return err
	}
	if *keep {
		defer fmt.Printf("workspace kept: %s\n", b.work)
	} else {
		defer os.RemoveAll(b.work)
	}
	b.app = filepath.Join(b.work, "app")
	b.env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOCACHE="+filepath.Join(b.work, "gocache"))
	if err := b.build(); err != nil {
		return err
	}
	if *scenarios == "real" {
		if err := b.measure("real", b.real); err != nil {
			return err
		}
		b.report()
		return nil
	}
	gen, err := b.generate()
	if err != nil {
		return err
	}
	if err := b.preflight(gen); err != nil {
		return err
	}
	for _, sc := range strings.Split(*scenarios, ",") {
		if sc == "" {
			continue // -scenarios= generates (and profiles) only
		}
		var err error
		switch sc {
		case "cold":
			err = b.measure(sc, b.cold)
		case "touch":
			err = b.measure(sc, b.touch)
		case "vetonly":
			err = b.measure(sc, b.vetOnly)
		case "standalone":
			err = b.measure(sc, b.standalone)
		case "instructions":
			err = b.measure(sc, b.instructions)
		case "real":
			err = b.measure(sc, b.real)
		default:
			err = fmt.Errorf("unknown scenario %q", sc)
		}
		if err != nil {
			return err
		}
	}
	b.report()
	if *profile != "" {
		return b.profile(*profile)
	}
	return nil
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(string(out))
	data, err := os.ReadFile(gomod)
	if err != nil || !strings.Contains(string(data), "module github.com/tcerrcheck/tcerrcheck\n") {
		return "", fmt.Errorf("run from inside the tcerrcheck module (go env GOMOD = %q)", gomod)
	}
	return filepath.Dir(gomod), nil
}

// build builds both tools the same way, from this checkout.
func (b *bench) build() error {
	bin := filepath.Join(b.work, "bin")
	for _, t := range []struct{ name, pkg string }{{"tcerrcheck", "./cmd/tcerrcheck"}, {"noop", "./bench/noop"}} {
		out := filepath.Join(bin, t.name)
		cmd := exec.Command("go", "build", "-o", out, t.pkg)
		cmd.Dir = b.root
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", t.pkg, err, msg)
		}
		b.tools = append(b.tools, tool{name: t.name, bin: out, exit: []int{0, 3}})
	}
	if *factless {
		b.tools = append(b.tools, tool{name: "noop-factless", bin: b.tools[1].bin, env: []string{"TCERRBENCH_FACTLESS=1"}, exit: []int{0}})
	}
	return nil
}

func (b *bench) generate() (*generator, error) {
	progress("reading the SDK modules")
	products, err := loadProducts(b.env)
	if err != nil {
		return nil, err
	}
	progress("generating the program in %s", b.app)
	gen, err := generate(b.app, genConfig{sdkPkgs: *sdkPkgs, plainPkgs: *plainPkgs, defectRate: *defects, seed: *seed}, products)
	if err != nil {
		return nil, err
	}
	progress("go mod tidy, go build ./...")
	for _, args := range [][]string{{"mod", "tidy"}, {"build", "./..."}, {"vet", "./..."}} {
		if _, out, err := run(b.app, b.env, []int{0}, "go", args...); err != nil {
			return nil, fmt.Errorf("%v\n%s", err, out)
		}
	}
	return gen, nil
}

// preflight checks that both tools run cleanly on the program and says
// what tcerrcheck finds there, and warms the cache for the warm scenarios.
func (b *bench) preflight(gen *generator) error {
	_, pkgs, err := run(b.app, b.env, []int{0}, "go", "list", "./...")
	if err != nil {
		return err
	}
	_, deps, err := run(b.app, b.env, []int{0}, "go", "list", "-deps", "-test", "./...")
	if err != nil {
		return err
	}
	fmt.Printf("tcerrcheck benchmark, %s, %s/%s, %d CPUs, load average %s\n\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), loadAvg())
	fmt.Printf("generated program: %d packages (%d call the SDK, %d do not touch it, plus wrappers, helpers, main), %d files, %d lines;\n",
		lines(pkgs), *sdkPkgs, *plainPkgs, gen.files, gen.lines)
	fmt.Printf("%d packages with dependencies and tests; SDK products:", lines(deps))
	for _, p := range gen.products {
		fmt.Printf(" %s %s (%d actions used)", p.name, p.version, len(gen.wrapped(p)))
	}
	fmt.Printf(", common %s\n", commonVersion)
	var keys []string
	for k := range gen.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-55s %5d\n", k, gen.counts[k])
	}
	for _, t := range b.tools {
		_, out, err := run(b.app, b.toolEnv(t), []int{0}, t.bin, "-json", "./...")
		if err != nil {
			return fmt.Errorf("%s -json ./...: %v", t.name, err)
		}
		fmt.Printf("%s -json ./... reports %s\n", t.name, categories(out))
		// Warm the cache for the warm scenarios: vet's flags are part of
		// its cache key, so warm with the command that will be measured.
		if _, _, err := run(b.app, b.toolEnv(t), []int{0, 1}, "go", "vet", "-vettool="+t.bin, "./..."); err != nil {
			return err
		}
	}
	fmt.Println()
	return nil
}

func lines(out []byte) int { return strings.Count(strings.TrimSpace(string(out)), "\n") + 1 }

var categoryRE = regexp.MustCompile(`"category":\s*"([^"]+)"`)

// categories summarises the diagnostics of -json output by category.
func categories(out []byte) string {
	n := map[string]int{}
	total := 0
	for _, m := range categoryRE.FindAllSubmatch(out, -1) {
		n[string(m[1])]++
		total++
	}
	if total == 0 {
		return "no diagnostics"
	}
	var parts []string
	for c, k := range n {
		parts = append(parts, fmt.Sprintf("%d %s", k, c))
	}
	sort.Strings(parts)
	return fmt.Sprintf("%d diagnostics (%s)", total, strings.Join(parts, ", "))
}

func (b *bench) toolEnv(t tool) []string { return append(append([]string(nil), b.env...), t.env...) }

// measure runs a scenario n times per tool, alternating which tool goes
// first, so that drift (thermal, page cache, other load) hits both.
func (b *bench) measure(name string, one func(t tool, run int) (sample, error)) error {
	b.results[name] = map[string][]sample{}
	n := *runs
	switch name {
	case "touch", "vetonly":
		n = *warmRuns
	case "standalone":
		n = *standaloneRuns
	case "instructions":
		n = 1 // counts barely vary between runs, and a run takes minutes
	case "real":
		n = *realRuns
	}
	for i := range n {
		order := append([]tool(nil), b.tools...)
		if i%2 == 1 {
			for l, r := 0, len(order)-1; l < r; l, r = l+1, r-1 {
				order[l], order[r] = order[r], order[l]
			}
		}
		for _, t := range order {
			s, err := one(t, i)
			if err != nil {
				return fmt.Errorf("%s, %s, run %d: %v", name, t.name, i+1, err)
			}
			progress("%-10s %-14s run %d: %6.2fs wall, %6.2fs cpu, max RSS %s", name, t.name, i+1, s.wall.Seconds(), s.cpu.Seconds(), mib(s.maxRSS))
			b.results[name][t.name] = append(b.results[name][t.name], s)
		}
	}
	return nil
}

func (b *bench) cold(t tool, _ int) (sample, error) {
	cache, err := os.MkdirTemp(b.work, "gocache-cold-")
	if err != nil {
		return sample{}, err
	}
	defer os.RemoveAll(cache)
	env := append(b.toolEnv(t), "GOCACHE="+cache)
	s, _, err := run(b.app, env, []int{0, 1}, "go", "vet", "-vettool="+t.bin, "./...")
	return s, err
}

// touchedFile is the file the touch scenario changes: the error helpers
// every SDK-using package imports.
const touchedFile = "internal/tcerr/tcerr.go"

func (b *bench) touch(t tool, _ int) (sample, error) {
	path := filepath.Join(b.app, touchedFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return sample{}, err
	}
	b.touches++
	if i := strings.Index(string(data), "\n// BenchTouch"); i >= 0 {
		data = data[:i+1]
	}
	data = fmt.Appendf(data, "\n// BenchTouch is a change made by the benchmark.\nfunc BenchTouch() int { return %d }\n", b.touches)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return sample{}, err
	}
	s, _, err := run(b.app, b.toolEnv(t), []int{0, 1}, "go", "vet", "-vettool="+t.bin, "./...")
	return s, err
}

func (b *bench) vetOnly(t tool, i int) (sample, error) {
	log := filepath.Join(b.work, fmt.Sprintf("vetonly-%s-%d.log", t.name, i))
	env := append(b.toolEnv(t), "TCERRBENCH_WRAP="+t.bin, "TCERRBENCH_LOG="+log,
		fmt.Sprintf("TCERRBENCH_NONCE=%d%d", time.Now().UnixNano(), i))
	s, _, err := run(b.app, env, []int{0, 1}, "go", "vet", "-vettool="+b.self, "./...")
	if err != nil {
		return s, err
	}
	return s, readToolLog(log, &s)
}

// real is vetonly on a real program's checkout: its own go.mod, vendored
// modules, the shared build cache (compiled once, by the first run).
func (b *bench) real(t tool, i int) (sample, error) {
	if *realDir == "" {
		return sample{}, fmt.Errorf("the real scenario needs -real-dir")
	}
	log := filepath.Join(b.work, fmt.Sprintf("real-%s-%d.log", t.name, i))
	env := append(os.Environ(), t.env...)
	env = append(env, "GOFLAGS="+*realGoflags, "GOWORK=off", "GOTOOLCHAIN=local", "TCERRBENCH_WRAP="+t.bin, "TCERRBENCH_LOG="+log,
		fmt.Sprintf("TCERRBENCH_NONCE=%d%d", time.Now().UnixNano(), i))
	args := append([]string{"vet", "-vettool=" + b.self}, strings.Fields(*realPkgs)...)
	s, _, err := run(*realDir, env, []int{0, 1}, "go", args...)
	if err != nil {
		return s, err
	}
	return s, readToolLog(log, &s)
}

func (b *bench) standalone(t tool, _ int) (sample, error) {
	s, _, err := run(b.app, b.toolEnv(t), t.exit, t.bin, "./...")
	return s, err
}

// profile writes CPU and heap profiles of standalone runs of both tools
// and prints the top entries of tcerrcheck's, and what the analyzer's own
// code accounts for.
func (b *bench) profile(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	fmt.Printf("\nprofiles of the standalone runs, in %s:\n", dir)
	for _, t := range b.tools[:2] {
		cpu, mem := filepath.Join(dir, t.name+".cpu.pprof"), filepath.Join(dir, t.name+".mem.pprof")
		if _, _, err := run(b.app, b.toolEnv(t), t.exit, t.bin, "-cpuprofile="+cpu, "-memprofile="+mem, "./..."); err != nil {
			return err
		}
		for _, args := range [][]string{
			{"-top", "-nodecount=25", t.bin, cpu},
			{"-top", "-nodecount=15", "-sample_index=alloc_space", t.bin, mem},
			{"-top", "-nodecount=15", "-focus=tcerrcheck/(analyzer|codes)", t.bin, cpu},
			{"-top", "-nodecount=10", "-sample_index=alloc_space", "-focus=tcerrcheck/(analyzer|codes)", t.bin, mem},
		} {
			if t.name != "tcerrcheck" && len(args) > 4 {
				continue // the no-op has no analyzer code to focus on
			}
			fmt.Printf("\n$ go tool pprof %s\n", strings.Join(args, " "))
			cmd := exec.Command("go", append([]string{"tool", "pprof"}, args...)...)
			cmd.Stdout, cmd.Stderr = os.Stdout, io.Discard
			if err := cmd.Run(); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadAvg returns the 1, 5 and 15 minute load averages where the system
// tells them: other work on the machine makes every figure noisier.
func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if fields := strings.Fields(string(data)); err == nil && len(fields) >= 3 {
		return strings.Join(fields[:3], " ")
	}
	return "unknown"
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}
