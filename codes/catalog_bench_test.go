package codes

import "testing"

// BenchmarkCatalogDecode is the one-time cost the first catalog question
// pays: everything but the action blocks.
func BenchmarkCatalogDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeCatalog(catalogBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogDecodeActions is the one-time cost of the first action
// question about the largest product.
func BenchmarkCatalogDecodeActions(b *testing.B) {
	c := loadCatalog()
	p := c.byName["vpc"]
	codes, _ := c.productCodes(p)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeActions(p.actionBlock, codes); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCatalogDeclarers(b *testing.B) {
	loadCatalog()
	b.ReportAllocs()
	for b.Loop() {
		if CatalogDeclarers("InvalidInstanceId.NotFound") == nil {
			b.Fatal("no declarers")
		}
	}
}

func BenchmarkCatalogProductCodes(b *testing.B) {
	loadCatalog()
	b.ReportAllocs()
	for b.Loop() {
		if !CatalogProductCodes("cvm").Has("InvalidInstanceId.NotFound") {
			b.Fatal("missing")
		}
	}
}

func BenchmarkCatalogActionCodes(b *testing.B) {
	CatalogActions("cvm")
	b.ReportAllocs()
	for b.Loop() {
		if CatalogActionCodes("cvm", "DescribeInstances") == nil {
			b.Fatal("unknown action")
		}
	}
}
