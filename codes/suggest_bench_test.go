package codes

import "testing"

// The suggester's worst case is an unknown code with an unknown origin:
// the analyzer then asks about every catalogued code (about 8,300). A
// "did you mean" must stay well under a millisecond there. Each benchmark
// checks the outcome it measures, so a change of behaviour cannot pass
// for a speed-up.

func benchmarkSuggestAll(b *testing.B, code string, want SuggestionKind) {
	all := CatalogAllCodes()
	if NewSet(all...).Has(code) {
		b.Fatalf("%q is a catalogued code: Suggest is never asked about it", code)
	}
	if got := Suggest(code, all); got.Kind != want {
		b.Fatalf("Suggest(%q) = %+v, want kind %v", code, got, want)
	}
	b.ReportMetric(float64(len(all)), "candidates")
	b.ReportAllocs()
	for b.Loop() {
		Suggest(code, all)
	}
}

// A one-letter transposition of a real code.
func BenchmarkSuggestAllMisspelling(b *testing.B) {
	benchmarkSuggestAll(b, "InvalidInstanceId.NotFonud", Misspelling)
}

// Nothing near: every candidate within the length window is measured to
// the cut-off, and the suffix scan finds nothing either.
func BenchmarkSuggestAllNoNearCode(b *testing.B) {
	benchmarkSuggestAll(b, "Zqxjkvw.Pmtrwbzyqk", NoSuggestion)
}

// A case-only difference: found by the first, cheapest pass.
func BenchmarkSuggestAllCaseOnly(b *testing.B) {
	benchmarkSuggestAll(b, "InvalidInstanceId.NOTFOUND", SameButCase)
}

// The common case with a known origin: one product's codes (cvm, about
// 400 of them).
func BenchmarkSuggestProductMisspelling(b *testing.B) {
	cands := CatalogProductCodeList("cvm")
	if Suggest("InvalidInstanceId.NotFonud", cands).Kind != Misspelling {
		b.Fatal("no misspelling suggestion among cvm's codes")
	}
	b.ReportMetric(float64(len(cands)), "candidates")
	b.ReportAllocs()
	for b.Loop() {
		Suggest("InvalidInstanceId.NotFonud", cands)
	}
}
