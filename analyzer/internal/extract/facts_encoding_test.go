package extract

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// Facts cross packages as gob-encoded interface values, as the drivers
// ship them.
func TestErrorOriginFactGob(t *testing.T) {
	gob.Register(new(ErrorOriginFact))
	for _, want := range []*ErrorOriginFact{
		{},
		{Calls: []factCall{{"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312", "cvm", "v20170312", "StartInstances"},
			{"example.com/fork/tencentcloud/cdn/v20180606", "cdn", "v20180606", "PurgeUrlsCache"}}},
		{ErrParams: []int{0, 3}, FuncParams: []int{1}},
		{Wrapped: true},
		{Generic: []genericRequest{{root: "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud", param: 2}}, Wrapped: true},
		{Generic: []genericRequest{{root: "r", param: -1,
			service: strParam(0).firstSegment(),
			version: strText("2017-03-12"),
			action:  strParam(1).concat(strText("Instances")).union(strUnknown()),
			domain:  strParam(0)}}},
		{Generic: []genericRequest{{root: "r", param: -1, service: strParam(0), version: strParam(1), action: strText("A")}}},
		{ErrParams: []int{0}, Built: []string{"ResourceNotFound.Custom", "ResourceUnavailable"}},
		{Generic: []genericRequest{{root: "r", param: 0}}, Built: []string{"InternalError"}, Wrapped: true},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode([]analysis.Fact{want}); err != nil {
			t.Fatal(err)
		}
		var got []analysis.Fact
		if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
			t.Errorf("round trip of %v: got %v", want, got)
		}
	}
}

func TestErrorOriginFactCorrupt(t *testing.T) {
	good, _ := (&ErrorOriginFact{Calls: []factCall{{"x/tencentcloud/cvm/v20170312", "cvm", "v20170312", "A"}}, ErrParams: []int{1}}).GobEncode()
	for n := range len(good) {
		if new(ErrorOriginFact).GobDecode(good[:n]) == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	generic, _ := (&ErrorOriginFact{Generic: []genericRequest{{root: "r", param: -1, service: strText("cvm"), version: strParam(0), action: strParam(1)}}}).GobEncode()
	for n := 4; n < len(generic); n++ { // the first 3 bytes alone are a fact of nothing
		if new(ErrorOriginFact).GobDecode(generic[:n]) == nil {
			t.Errorf("generic request truncated to %d bytes: no error", n)
		}
	}
	for _, bad := range [][]byte{append(good, 0), {1, 3, 'a', '/', 'b', 0}, {0xff}, {0, 0, 0, 8}, {0, 0, 0, 4}, {0, 0, 0, 4, 0}, {0, 0, 0, 2, 0}} {
		if new(ErrorOriginFact).GobDecode(bad) == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
