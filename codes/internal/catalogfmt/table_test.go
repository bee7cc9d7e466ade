package catalogfmt

import (
	"slices"
	"testing"
)

func TestStringTable(t *testing.T) {
	list := []string{"", "A", "B.C", "MissingParameter."}
	var e Encoder
	e.Table(list)
	e.Uint(7) // what follows the table is left for the next read
	d := NewDecoder(string(e.Buf))
	tab := d.Table()
	if d.Uint() != 7 || d.Finish("test") != nil {
		t.Fatalf("table not delimited: %v", d.Err())
	}
	if got := tab.All(); !slices.Equal(got, list) {
		t.Errorf("All = %q, want %q", got, list)
	}
	for i, s := range list {
		if tab.At(i) != s || tab.Index(s) != i {
			t.Errorf("At(%d) = %q, Index(%q) = %d", i, tab.At(i), s, tab.Index(s))
		}
	}
	for _, s := range []string{"0", "B", "B.D", "Z"} {
		if tab.Index(s) != -1 {
			t.Errorf("Index(%q) = %d, want -1", s, tab.Index(s))
		}
	}
	for prefix, want := range map[string]bool{"": true, "B": true, "B.": true, "B.C": true, "B.CD": false, "C": false, "Missing": true, "a": false} {
		if got := tab.HasPrefix(prefix); got != want {
			t.Errorf("HasPrefix(%q) = %v, want %v", prefix, got, want)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { tab.Index("B.C") }); allocs != 0 {
		t.Errorf("Index allocates %.0f times", allocs)
	}
}

func TestStringTableCorrupt(t *testing.T) {
	for name, data := range map[string]string{
		"truncated offsets": "\x02\x00\x00\x00\x00",
		"offset backwards":  "\x02\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00AB",
		"first offset":      "\x01\x01\x00\x00\x00\x02\x00\x00\x00AB",
		"text truncated":    "\x01\x00\x00\x00\x00\x05\x00\x00\x00AB",
		"not sorted":        "\x02\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00BA",
		"repeated":          "\x02\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00AA",
	} {
		d := NewDecoder(data)
		d.Table()
		if d.Err() == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
