package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

var scenarioTitles = map[string]string{
	"cold":       "go vet -vettool, cold cache (fresh GOCACHE per run)",
	"touch":      "go vet -vettool, warm cache, one file changed (" + touchedFile + ")",
	"vetonly":    "go vet -vettool, compile cache warm, vet results not cached",
	"standalone": "standalone <tool> ./..., warm cache",
	"real":       "go vet -vettool on a real checkout (-real-dir), compile cache warm, vet results not cached",
}

// report prints the medians of every scenario, the ratios
// tcerrcheck/no-op, and how they compare with the targets (time within
// 1.10x, peak memory within 1.2x: a linter in CI should cost about what
// the build it runs beside costs).
func (b *bench) report() {
	if len(b.results) == 0 {
		return
	}
	fmt.Printf(`Baseline: bench/noop, a singlechecker built like cmd/tcerrcheck whose analyzer
returns at once. It declares one fact type, as tcerrcheck does. go vet runs the
vet tool on every dependency of every package either way, and with x/tools
v0.52 each such run parses and type-checks its package (.vetx files carry the
types); declaring a fact type adds decoding the dependencies' facts and
encoding the package's own. tcerrcheck pays that, so the no-op does too, and
the ratio isolates what tcerrcheck's analysis costs.%s

Medians of %d runs per tool (%d for touch and vetonly, %d for standalone), the
tools alternating run by run. cpu is user+sys of the process and every descendant it waited for. Peak
RSS: for go vet, the largest single process of the tree (go command,
compilers, vet tool runs: wait4 reports the maximum, not a sum); for vetonly
also the largest vet tool run alone (measured by a wrapper); for standalone,
the tool's own process. Time ratios ("paired ratio") are the median over runs
of tcerrcheck's time over the no-op's run next to it, which cancels the drift
of a shared machine; the ratio of the two medians is shown too. Memory ratios
are ratios of medians.

`, factlessNote(), *runs, *warmRuns, *standaloneRuns)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	var ratios []target
	for _, sc := range []string{"cold", "touch", "vetonly", "standalone", "real"} {
		res := b.results[sc]
		if res == nil {
			continue
		}
		fmt.Fprintf(w, "%s\n", scenarioTitles[sc])
		fmt.Fprintf(w, "\ttool\twall s (min-max)\tcpu s\tpeak RSS\tvet tool runs\tvet tool cpu s\tvet tool peak RSS\n")
		for _, t := range b.tools {
			s := res[t.name]
			fmt.Fprintf(w, "\t%s\t%.2f (%s)\t%.2f\t%s", t.name, median(s, wall).Seconds(), spread(s, wall), median(s, cpu).Seconds(), mib(median(s, rss)))
			if sc == "vetonly" || sc == "real" {
				fmt.Fprintf(w, "\t%d\t%.2f\t%s", s[0].toolRuns, median(s, toolCPU).Seconds(), mib(median(s, toolRSS)))
			}
			fmt.Fprintln(w)
		}
		tc, noop := res["tcerrcheck"], res["noop"]
		fmt.Fprintf(w, "\tratio of medians\t%.3f\t%.3f\t%.3f", ratio(median(tc, wall), median(noop, wall)),
			ratio(median(tc, cpu), median(noop, cpu)), ratio(median(tc, rss), median(noop, rss)))
		if sc == "vetonly" || sc == "real" {
			fmt.Fprintf(w, "\t\t%.3f\t%.3f", ratio(median(tc, toolCPU), median(noop, toolCPU)), ratio(median(tc, toolRSS), median(noop, toolRSS)))
		}
		fmt.Fprintln(w)
		r := target{scenario: sc, wall: pairedRatio(tc, noop, wall), cpu: pairedRatio(tc, noop, cpu),
			rss: ratio(median(tc, rss), median(noop, rss))}
		fmt.Fprintf(w, "\tpaired ratio\t%.3f\t%.3f\t", r.wall, r.cpu)
		if sc == "vetonly" || sc == "real" {
			r.toolCPU, r.toolRSS = pairedRatio(tc, noop, toolCPU), ratio(median(tc, toolRSS), median(noop, toolRSS))
			fmt.Fprintf(w, "\t\t%.3f\t", r.toolCPU)
		}
		fmt.Fprintln(w)
		ratios = append(ratios, r)
	}
	w.Flush()
	if res := b.results["vetonly"]; res != nil {
		printBreakdown(res["tcerrcheck"], res["noop"])
	}
	if res := b.results["instructions"]; res != nil {
		ratios = append(ratios, target{scenario: "instructions", wall: printInstructions(res["tcerrcheck"], res["noop"])})
	}
	fmt.Printf("\nload average at the end: %s\n", loadAvg())
	fmt.Println("\nTargets: time ratio (paired) <= 1.10, peak memory ratio <= 1.20")
	for _, r := range ratios {
		if r.scenario == "instructions" {
			fmt.Printf("  %-11s instructions %.3f %s\n", r.scenario, r.wall, verdict(r.wall, 1.10))
			continue
		}
		fmt.Printf("  %-11s wall %.3f %s", r.scenario, r.wall, verdict(r.wall, 1.10))
		switch r.scenario {
		case "vetonly":
			fmt.Printf("; vet tool cpu %.3f %s; vet tool peak RSS %.3f %s", r.toolCPU, verdict(r.toolCPU, 1.10), r.toolRSS, verdict(r.toolRSS, 1.20))
		case "real":
			// On a real program the target is tighter: CPU of the whole
			// go vet tree within 1.05x.
			fmt.Printf("; cpu %.3f %s; vet tool cpu %.3f; vet tool peak RSS %.3f %s", r.cpu, verdict(r.cpu, 1.05), r.toolCPU, r.toolRSS, verdict(r.toolRSS, 1.20))
		case "standalone":
			fmt.Printf("; peak RSS %.3f %s", r.rss, verdict(r.rss, 1.20))
		default:
			fmt.Printf("; peak RSS of the go vet tree %.3f %s", r.rss, verdict(r.rss, 1.20))
		}
		fmt.Println()
	}
}

type target struct {
	scenario                         string
	wall, cpu, rss, toolCPU, toolRSS float64
}

func factlessNote() string {
	if !*factless {
		return " (-factless also measures a no-op without one.)"
	}
	return " noop-factless is the same no-op declaring none."
}

func wall(s sample) time.Duration    { return s.wall }
func cpu(s sample) time.Duration     { return s.cpu }
func toolCPU(s sample) time.Duration { return s.toolCPU }
func rss(s sample) int64             { return s.maxRSS }
func toolRSS(s sample) int64         { return s.toolMaxRSS }

func ratio[T int64 | time.Duration](a, b T) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func verdict(r, limit float64) string {
	if r <= limit {
		return fmt.Sprintf("(<= %.2f: met)", limit)
	}
	return fmt.Sprintf("(> %.2f: MISSED)", limit)
}

// printBreakdown splits the vet tool's CPU time in the vetonly scenario by
// kind of package, and names the packages where tcerrcheck costs most
// over the no-op (medians over the runs).
func printBreakdown(tc, noop []sample) {
	med := func(samples []sample) map[string]time.Duration {
		all := map[string][]time.Duration{}
		for _, s := range samples {
			for pkg, d := range s.toolPkgCPU {
				all[pkg] = append(all[pkg], d)
			}
		}
		out := map[string]time.Duration{}
		for pkg, ds := range all {
			slices.Sort(ds)
			out[pkg] = ds[len(ds)/2]
		}
		return out
	}
	a, b := med(tc), med(noop)
	type group struct {
		pkgs     int
		tc, noop time.Duration
	}
	groups := map[string]*group{}
	type diff struct {
		pkg string
		d   time.Duration
	}
	var diffs []diff
	for pkg, t := range a {
		kind := packageKind(pkg)
		g := groups[kind]
		if g == nil {
			g = &group{}
			groups[kind] = g
		}
		g.pkgs++
		g.tc += t
		g.noop += b[pkg]
		diffs = append(diffs, diff{pkg, t - b[pkg]})
	}
	fmt.Printf("\nvetonly: the vet tool's CPU time by kind of package (medians; tcerrcheck, no-op, difference)\n")
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for _, kind := range []string{"SDK product", "SDK common", "program: SDK side", "program: no SDK", "standard library"} {
		if g := groups[kind]; g != nil {
			fmt.Fprintf(w, "  %s\t%d packages\t%.2fs\t%.2fs\t%+.2fs\t%+.1f ms/package\n", kind, g.pkgs, g.tc.Seconds(), g.noop.Seconds(),
				(g.tc - g.noop).Seconds(), float64((g.tc-g.noop).Milliseconds())/float64(g.pkgs))
		}
	}
	w.Flush()
	slices.SortFunc(diffs, func(x, y diff) int { return cmp.Compare(y.d, x.d) })
	fmt.Printf("  largest differences:")
	for _, d := range diffs[:min(8, len(diffs))] {
		fmt.Printf(" %s %+.0fms;", d.pkg, float64(d.d.Microseconds())/1000)
	}
	fmt.Println()
}

// packageKind sorts the generated program's packages and their
// dependencies for the breakdown.
func packageKind(pkg string) string {
	path := strings.TrimSuffix(pkg, "(test)")
	switch {
	case strings.Contains(path, "tencentcloud/common"):
		return "SDK common"
	case strings.Contains(path, "/tencentcloud/"):
		return "SDK product"
	case strings.HasPrefix(path, modulePath+"/lib/"):
		return "program: no SDK"
	case strings.HasPrefix(path, modulePath+"/"):
		return "program: SDK side"
	case !strings.Contains(strings.SplitN(path, "/", 2)[0], "."):
		return "standard library"
	}
	return "program: no SDK"
}
