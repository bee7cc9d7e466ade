package catalogfmt

import (
	"reflect"
	"strings"
	"testing"
)

// TestStrsLongSharedPrefix decodes a list whose last string shares more
// bytes with the one before than are left in the data: a shared prefix is
// a length into the previous string, not into the input (four real
// products' action names end that way).
func TestStrsLongSharedPrefix(t *testing.T) {
	long := "DescribeSomethingWithAVeryLongName"
	list := []string{long, long + "s"}
	var e Encoder
	e.Strs(list)
	d := NewDecoder(string(e.Buf))
	if got := d.Strs(); !reflect.DeepEqual(got, list) || d.Finish("list") != nil {
		t.Errorf("Strs = %q, %v; want %q", got, d.Err(), list)
	}
	// A shared prefix longer than the previous string is corruption.
	bad := NewDecoder("\x02\x00\x01a" + "\x05\x00")
	if bad.Strs(); bad.Err() == nil || !strings.Contains(bad.Err().Error(), "shared prefix") {
		t.Errorf("err = %v, want a bad shared prefix", bad.Err())
	}
}
