package analyzer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// BenchmarkGrowth runs the analyzer on generated code of increasing size
// (100, 1,000 and 10,000 comparisons) in several shapes and reports the
// time per comparison (per loop for retryloops): flat across sizes means
// linear growth.
//
//	go test -run '^$' -bench Growth -benchtime 3x ./analyzer
//
// Shapes:
//   - comparisons: one function, one error, n comparisons of its code;
//   - functions: n functions of one call and one comparison each;
//   - assignments: one function assigning one error n times (cvm and cdn
//     in turn), each assignment followed by a comparison;
//   - retryloops: one function with n retry loops around an SDK call.
//
// It is a benchmark, not a timed test, and it asserts the growth: when the
// time per comparison at the largest size exceeds maxGrowth times that at
// the smallest, the benchmark fails. Linear analysis measures 1.5-3.5x
// here (bigger heaps, colder caches, an n log n sort of each variable's
// assignments); a quadratic step would show about 100x.
func BenchmarkGrowth(b *testing.B) {
	shapes := []struct {
		name string
		file func(tb testing.TB, n int) string
	}{
		{"comparisons", comparisonsFile},
		{"functions", func(tb testing.TB, n int) string { return idiomFile(tb, n) }},
		{"assignments", func(_ testing.TB, n int) string { return reassignFile(n, 0) }},
		{"retryloops", retryLoopsFile},
	}
	for _, shape := range shapes {
		perComparison := map[int]float64{} // by size, from the last run of each
		for _, n := range growthSizes {
			b.Run(fmt.Sprintf("%s/n=%d", shape.name, n), func(b *testing.B) {
				src := shape.file(b, n)
				pkg := loadGenerated(b, map[string]string{"growth/growth.go": strings.Replace(src, "package "+packageName(src), "package growth", 1)}, "growth")
				a := analyzer.New(analyzer.Config{})
				runPass(b, a, pkg) // warm: the catalog is decoded on first use
				b.ReportAllocs()
				for b.Loop() {
					runPass(b, a, pkg)
				}
				ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(n)
				perComparison[n] = ns
				b.ReportMetric(ns, "ns/comparison")
			})
		}
		checkGrowth(b, shape.name, perComparison)
	}
}

// maxGrowth bounds how much the time per comparison may grow from the
// smallest to the largest size: well above what linear analysis shows on a
// noisy machine, well below quadratic.
const maxGrowth = 10

// checkGrowth fails the benchmark when the time per comparison grew more
// than maxGrowth times across the sizes; it says nothing when -bench
// selected only some of the sizes.
func checkGrowth(b *testing.B, shape string, perComparison map[int]float64) {
	small, large := perComparison[growthSizes[0]], perComparison[growthSizes[len(growthSizes)-1]]
	if small == 0 || large == 0 {
		return
	}
	if growth := large / small; growth > maxGrowth {
		b.Errorf("%s: %.0f ns per comparison at n=%d, %.0f at n=%d: %.1fx growth, more than %dx (superlinear analysis)",
			shape, large, growthSizes[len(growthSizes)-1], small, growthSizes[0], growth, maxGrowth)
	}
}

func packageName(src string) string {
	name, _, _ := strings.Cut(strings.TrimPrefix(src, "package "), "\n")
	return name
}

// comparisonsFile: one function comparing one code n times.
func comparisonsFile(tb testing.TB, n int) string {
	cvmCodes := stubCodes(tb, "cvm/v20170312")
	var s strings.Builder
	s.WriteString(benchHeader("growth"))
	s.WriteString("\nfunc compare(c *cvm.Client) (n int) {\n\t_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n")
	s.WriteString("\te, ok := err.(*sdkerrors.TencentCloudSDKError)\n\tif !ok {\n\t\treturn 0\n\t}\n")
	for i := range n {
		fmt.Fprintf(&s, "\tif e.Code == %q {\n\t\tn++\n\t}\n", cvmCodes[i%len(cvmCodes)])
	}
	s.WriteString("\treturn n\n}\n")
	return s.String()
}

// retryLoopsFile: one function with n loops that retry a cvm call on
// every retryable family.
func retryLoopsFile(_ testing.TB, n int) string {
	var s strings.Builder
	s.WriteString(benchHeader("growth"))
	s.WriteString("\nfunc retry(c *cvm.Client) error {\n")
	for range n {
		s.WriteString(`	for attempt := 0; attempt < 3; attempt++ {
		_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && (strings.HasPrefix(e.Code, "RequestLimitExceeded") ||
			strings.HasPrefix(e.Code, "InternalError") || e.Code == "ServiceUnavailable" || e.Code == "ClientError.NetworkError") {
			continue
		}
		if err != nil {
			return err
		}
		break
	}
`)
	}
	s.WriteString("\treturn nil\n}\n")
	return s.String()
}

var growthSizes = []int{100, 1000, 10000}
