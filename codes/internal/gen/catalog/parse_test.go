package main

import (
	"reflect"
	"testing"
)

func TestReadProductDirPerProductModule(t *testing.T) {
	p, err := readProductDir("testdata/mod/demo@v1.0.0")
	if err != nil {
		t.Fatal(err)
	}
	if p.name != "demo" {
		t.Errorf("name = %q, want demo (the module cache's @version dropped)", p.name)
	}
	if want := []string{"v20200101", "v20210101"}; !reflect.DeepEqual(p.versions, want) {
		t.Errorf("versions = %q, want %q", p.versions, want)
	}
	wantCodes := []string{"FailedOperation", "InternalError.Timeout", "InvalidInstanceId.NotFound", "ResourceNotFound.Thing"}
	if !reflect.DeepEqual(p.codes, wantCodes) {
		t.Errorf("codes = %q, want %q", p.codes, wantCodes)
	}
	wantActions := map[string][]string{
		// The WithContext twin lists InternalError.Timeout too; it is skipped.
		"DescribeThings": {"FailedOperation", "InvalidInstanceId.NotFound"},
		"PingThings":     {},
		// The list ends at the first line that is not a code.
		"CreateThing": {"FailedOperation", "ResourceNotFound.Thing"},
	}
	if !reflect.DeepEqual(p.actions, wantActions) {
		t.Errorf("actions = %q, want %q", p.actions, wantActions)
	}
}

func TestReadProductDirIntlEn(t *testing.T) {
	p, err := readProductDir("testdata/mod/intl@v3.0.1+incompatible/tencentcloud/other")
	if err != nil {
		t.Fatal(err)
	}
	// Values, not reversed names: INTERNALERROR_SYS_ERR would reverse to
	// InternalError.SYS.ERR, MISSINGPARAMETER_ to MissingParameter.
	wantCodes := []string{"InternalError.SYS_ERR", "InternalError.TimeOut", "MissingParameter."}
	if !reflect.DeepEqual(p.codes, wantCodes) {
		t.Errorf("codes = %q, want %q", p.codes, wantCodes)
	}
	wantActions := map[string][]string{"RunJob": {"InternalError.SYS_ERR", "MissingParameter."}}
	if !reflect.DeepEqual(p.actions, wantActions) {
		t.Errorf("actions = %q, want %q", p.actions, wantActions)
	}
}

func TestReadProductDirEdges(t *testing.T) {
	p, err := readProductDir("testdata/mod/intl@v3.0.1+incompatible/tencentcloud/empty")
	if err != nil {
		t.Fatal(err)
	}
	if p == nil || len(p.codes) != 0 || len(p.actions) != 0 || len(p.versions) != 1 {
		t.Errorf("empty product = %+v, want one version, no codes, no actions", p)
	}
	p, err = readProductDir("testdata/mod/intl@v3.0.1+incompatible/tencentcloud/common")
	if err != nil || p != nil {
		t.Errorf("common = %+v, %v; want nil, nil: no version directories, not a product", p, err)
	}
	if _, err := readProductDir("testdata/mod/missing"); err == nil {
		t.Error("missing directory: no error")
	}
}
