package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The SDK modules the generated program calls: versions that download and
// build together, each product module requiring common at its
// own version, raised to commonVersion.
var pins = []struct{ name, version string }{
	{"cvm", "v1.3.159"},
	{"cdn", "v1.3.154"},
	{"cbs", "v1.3.115"},
	{"vpc", "v1.3.184"},
	{"clb", "v1.3.156"},
	{"cam", "v1.3.130"},
	{"sqlserver", "v1.3.68"},
}

const (
	sdkRoot       = "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud"
	commonVersion = "v1.3.210"
)

// product is one SDK product as its pinned module version declares it:
// the actions the generator may call and the codes it may compare, read
// from the module cache so that every call and code generated exists.
type product struct {
	name, module, version string
	apiVersion            string // the package directory, "v20170312"
	pkgPath               string
	codes                 []string // errors.go values, sorted
	codeSet               map[string]bool
	actions               []action // with a documented code list, sorted by name
}

// action is a Client method X with XWithContext and NewXRequest, and the
// codes its doc comment lists.
type action struct {
	name  string
	codes []string
}

// loadProducts downloads the pinned modules (a no-op when they are in the
// module cache) and reads each product's actions and codes.
func loadProducts(env []string) ([]*product, error) {
	args := []string{"mod", "download", "-json", sdkRoot + "/common@" + commonVersion}
	for _, p := range pins {
		args = append(args, sdkRoot+"/"+p.name+"@"+p.version)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = os.TempDir() // outside any module
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go mod download: %v\n%s%s", err, out, stderr.Bytes())
	}
	dirs := map[string]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var m struct{ Path, Version, Dir, Error string }
		if err := dec.Decode(&m); err != nil {
			return nil, err
		}
		if m.Error != "" {
			return nil, fmt.Errorf("go mod download %s@%s: %s", m.Path, m.Version, m.Error)
		}
		dirs[m.Path] = m.Dir
	}
	var out2 []*product
	for _, pin := range pins {
		p := &product{name: pin.name, module: sdkRoot + "/" + pin.name, version: pin.version}
		dir, ok := dirs[p.module]
		if !ok {
			return nil, fmt.Errorf("go mod download did not report %s", p.module)
		}
		if err := p.read(dir); err != nil {
			return nil, fmt.Errorf("%s@%s: %v", p.module, p.version, err)
		}
		out2 = append(out2, p)
	}
	return out2, nil
}

func (p *product) read(moduleDir string) error {
	versions, _ := filepath.Glob(filepath.Join(moduleDir, "v2*"))
	if len(versions) == 0 {
		return fmt.Errorf("no API version directory in %s", moduleDir)
	}
	dir := versions[len(versions)-1] // the newest API version
	p.apiVersion = filepath.Base(dir)
	p.pkgPath = p.module + "/" + p.apiVersion
	fset := token.NewFileSet()
	errorsFile, err := parser.ParseFile(fset, filepath.Join(dir, "errors.go"), nil, 0)
	if err != nil {
		return err
	}
	p.codeSet = map[string]bool{}
	for _, v := range stringConsts(errorsFile) {
		p.codeSet[v] = true
	}
	for c := range p.codeSet {
		p.codes = append(p.codes, c)
	}
	slices.Sort(p.codes)
	client, err := parser.ParseFile(fset, filepath.Join(dir, "client.go"), nil, parser.ParseComments)
	if err != nil {
		return err
	}
	funcs := map[string]*ast.FuncDecl{}
	for _, d := range client.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			funcs[fd.Name.Name] = fd
		}
	}
	for name, fd := range funcs {
		if fd.Recv == nil || strings.HasSuffix(name, "WithContext") || funcs["New"+name+"Request"] == nil {
			continue
		}
		if ctx := funcs[name+"WithContext"]; ctx == nil || ctx.Recv == nil {
			continue
		}
		codes := documentedCodes(fd.Doc)
		for _, c := range codes {
			if !p.codeSet[c] {
				return fmt.Errorf("%s documents %q, which errors.go does not declare", name, c)
			}
		}
		if len(codes) > 0 {
			p.actions = append(p.actions, action{name, codes})
		}
	}
	slices.SortFunc(p.actions, func(a, b action) int { return strings.Compare(a.name, b.name) })
	if len(p.actions) == 0 || len(p.codes) == 0 {
		return fmt.Errorf("no actions with documented codes, or no codes")
	}
	return nil
}

// stringConsts returns the values of a file's string constants.
func stringConsts(f *ast.File) []string {
	var out []string
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			for _, v := range spec.(*ast.ValueSpec).Values {
				if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, s)
					}
				}
			}
		}
	}
	return out
}

// documentedCodes reads the `//  NAME = "Code"` lines after the marker
// 可能返回的错误码: of an action's doc comment.
func documentedCodes(doc *ast.CommentGroup) []string {
	if doc == nil {
		return nil
	}
	var out []string
	in := false
	for _, c := range doc.List {
		line := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if !in {
			in = strings.HasPrefix(line, "可能返回的错误码")
			continue
		}
		_, quoted, ok := strings.Cut(line, "=")
		if !ok {
			break
		}
		code, err := strconv.Unquote(strings.TrimSpace(quoted))
		if err != nil {
			break
		}
		out = append(out, code)
	}
	return out
}
