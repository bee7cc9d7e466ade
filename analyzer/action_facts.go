package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// actionCodesFact is an action's documented error codes, exported on the
// product Client's method X (XWithContext has the same list and looks it up
// on X) when the analyzer runs on the product package, as go vet and
// golangci-lint do for dependencies. To stay small it holds indices into
// the product's codes, sorted: the importer has the same constants through
// export data.
type actionCodesFact struct {
	Codes []uint16
}

func (*actionCodesFact) AFact() {}

func (f *actionCodesFact) String() string { return fmt.Sprintf("documents %d codes", len(f.Codes)) }

// Doc-comment markers that open an action's list of codes, in the SDK and
// in the international SDK.
var actionListMarkers = []string{"可能返回的错误码:", "error code that may be returned:"}

// exportActionFacts exports each action's documented codes.
func exportActionFacts(pass *analysis.Pass, product *codes.Product) {
	for fn, fact := range actionFacts(product, pass.Files, pass.TypesInfo) {
		pass.ExportObjectFact(fn, fact)
	}
}

// actionFacts reads each action's documented codes from the doc comments
// of the product package's methods.
func actionFacts(product *codes.Product, files []*ast.File, info *types.Info) map[*types.Func]*actionCodesFact {
	index := codeIndex(product)
	facts := map[*types.Func]*actionCodesFact{}
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Doc == nil || strings.HasSuffix(fd.Name.Name, "WithContext") {
				continue
			}
			listed := documentedCodes(fd.Doc)
			if listed == nil {
				continue
			}
			fact := &actionCodesFact{}
			for _, code := range listed {
				if i, ok := index[code]; ok {
					fact.Codes = append(fact.Codes, i)
				}
			}
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
				facts[fn] = fact
			}
		}
	}
	return facts
}

// documentedCodes returns the codes listed after the marker line, nil when
// there is no marker.
func documentedCodes(doc *ast.CommentGroup) []string {
	var out []string
	inList := false
	for _, c := range doc.List {
		line := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if !inList {
			for _, m := range actionListMarkers {
				if strings.HasPrefix(line, m) {
					inList, out = true, []string{}
				}
			}
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

// codeIndex numbers a product's codes in sorted order.
func codeIndex(p *codes.Product) map[string]uint16 {
	sorted := sortedCodes(p)
	index := make(map[string]uint16, len(sorted))
	for i, c := range sorted {
		index[c] = uint16(i)
	}
	return index
}

func sortedCodes(p *codes.Product) []string {
	out := make([]string, 0, len(p.Codes))
	for c := range p.Codes {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// actionCodes returns the codes a call's action documents: from the fact
// on the method when the product package was analyzed, else from the
// catalog. nil when unknown.
func (st *passState) actionCodes(c callSite) []string {
	if method := actionMethod(c); method != nil {
		fact := new(actionCodesFact)
		if st.pass.ImportObjectFact(method, fact) {
			sorted := sortedCodes(c.product)
			out := make([]string, 0, len(fact.Codes))
			for _, i := range fact.Codes {
				if int(i) < len(sorted) {
					out = append(out, sorted[i])
				}
			}
			return out
		}
	}
	return codes.CatalogActionCodes(c.product.Name, c.action)
}

// actionMethod returns the Client method X of a call of X or
// XWithContext: the one that carries the fact.
func actionMethod(c callSite) *types.Func {
	if c.method == nil || c.method.Name() == c.action {
		return c.method
	}
	recv := c.method.Type().(*types.Signature).Recv()
	obj, _, _ := types.LookupFieldOrMethod(recv.Type(), true, c.method.Pkg(), c.action)
	fn, _ := obj.(*types.Func)
	return fn
}
