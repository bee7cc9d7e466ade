package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// passState is what one package's analysis builds up and shares between
// its functions: product packages seen, declared literals, what has been
// reported.
type passState struct {
	pass *analysis.Pass
	set  *settings

	productCache map[*types.Package]*codes.Product
	constLits    map[token.Pos]*ast.BasicLit
	varInits     map[*types.Var]ast.Expr
	know         *knowledge
	reported     map[reportKey]bool
}

type reportKey struct {
	pos      token.Pos
	category string
}

func newPassState(pass *analysis.Pass, set *settings) *passState {
	st := &passState{
		pass:         pass,
		set:          set,
		productCache: map[*types.Package]*codes.Product{},
		reported:     map[reportKey]bool{},
	}
	st.know = newKnowledge(st)
	return st
}

// product returns the SDK product pkg is, with its codes, or nil.
func (st *passState) product(pkg *types.Package) *codes.Product {
	p, ok := st.productCache[pkg]
	if !ok {
		p, _ = codes.ProductOf(pkg)
		st.productCache[pkg] = p
	}
	return p
}

// checkFiles checks every function of every hand-written file.
func (st *passState) checkFiles() {
	for _, f := range st.pass.Files {
		if isGeneratedFile(st.pass.Fset, f) {
			continue
		}
		dirs := parseDirectives(st.pass.Fset, f)
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if fd.Body != nil {
					st.checkFunc(fd.Body, dirs)
				}
				continue
			}
			// Function literals in package-level initializers
			// (var isRetryable = func(err error) bool {...}).
			ast.Inspect(decl, func(n ast.Node) bool {
				if lit, ok := n.(*ast.FuncLit); ok {
					st.checkFunc(lit.Body, dirs)
					return false
				}
				return true
			})
		}
	}
}

// checkFunc checks the comparisons in one function body, closures
// included: they share the variables they capture.
func (st *passState) checkFunc(body *ast.BlockStmt, dirs directives) {
	r := &originResolver{st: st, ix: newFuncIndex(st.pass.TypesInfo, body), visiting: map[*types.Var]bool{}}
	ast.Inspect(body, func(n ast.Node) bool {
		if c, ok := r.findComparison(n); ok {
			for _, v := range c.values {
				st.checkValue(c.ref, v, n, dirs)
			}
		}
		return true
	})
}

// checkValue classifies one compared value: valid, or the first check in
// order that explains what is wrong with it. Classification does not
// depend on which checks are on, so turning wrong-case off silences those
// codes rather than reporting them as unknown.
func (st *passState) checkValue(ref codeRef, v value, at ast.Node, dirs directives) {
	if !codes.IsCodeShaped(v.text) {
		return // "", free text, codes built at run time: not codes
	}
	q := query{value: v, origin: ref.origin}
	if st.know.valid(q) {
		return
	}
	for _, cat := range categories {
		if vd, ok := checkers[cat.name](st.know, q); ok {
			if st.set.enabled[cat.name] {
				st.report(cat.name, v, at, vd, dirs)
			}
			return
		}
	}
}
