package codes

import "testing"

// BenchmarkCatalogDecode is the one-time cost the first catalog question
// pays: checking the code table and delimiting the product records.
func BenchmarkCatalogDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeCatalog(catalogBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogFirstProduct is what a vet process of a package calling
// cvm pays before its first answer: the decoding and cvm's record and set.
func BenchmarkCatalogFirstProduct(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := decodeCatalog(catalogBin)
		if err != nil || !c.product("cvm").set.Has("InvalidInstanceId.NotFound") {
			b.Fatal("cvm: no InvalidInstanceId.NotFound", err)
		}
	}
}

// BenchmarkCatalogDecodeActions is the one-time cost of the first action
// question about the largest product.
func BenchmarkCatalogDecodeActions(b *testing.B) {
	p := loadCatalog().product("vpc")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeActions(p.actionBlock, p.codes); err != nil {
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
