package analyzer_test

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// The inventory reports every comparison site with its origin, or why it
// is unknown; off by default, so the other scenarios never see it.
func TestInventory(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(only("inventory")), "inventory")
}
