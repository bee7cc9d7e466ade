package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadPins(t *testing.T) {
	got, err := readPins(strings.NewReader("# comment\nproduct\tmodule\tversion\n\ncvm\tm/tencentcloud/cvm\tv1.0.0\n*\tm-intl\tv3.0.1+incompatible\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []pin{{"cvm", "m/tencentcloud/cvm", "v1.0.0"}, {"", "m-intl", "v3.0.1+incompatible"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestReadPinsErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":          "# nothing\n",
		"missing column": "cvm\tm/tencentcloud/cvm\n",
		"spaces":         "cvm m/tencentcloud/cvm v1.0.0\n",
		"duplicate":      "cvm\tm\tv1\ncvm\tm\tv1\n",
	} {
		if _, err := readPins(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestCommittedPins(t *testing.T) {
	f := mustOpen(t, "pins.tsv")
	pins, err := readPins(f)
	if err != nil {
		t.Fatal(err)
	}
	whole := 0
	for _, p := range pins {
		if p.product == "" {
			whole++
		} else if !strings.HasSuffix(p.module, "/tencentcloud/"+p.product) {
			t.Errorf("%s: module %s does not end in /tencentcloud/%s", p.product, p.module, p.product)
		}
	}
	if len(pins) < 100 || whole != 1 {
		t.Errorf("%d pins, %d whole-SDK; want the 105 product modules and the intl-en module", len(pins), whole)
	}
}
