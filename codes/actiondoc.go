package codes

import (
	"go/ast"
	"strconv"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// ActionDoc is one action of a product's client.go: `func (c *Client)
// X(request *XRequest) …` and the codes its doc comment says X may return.
type ActionDoc struct {
	Name   string
	Codes  []string // in the comment's order
	Listed bool     // the comment has the list section (it may be empty)
}

// ActionDocs returns the actions declared in f, a product's client.go. The
// XWithContext twin of an action takes a context first and carries the same
// list, so it is not an action of its own here. Both the catalog generator
// and the analyzer's facts read lists this way, so the two agree.
func ActionDocs(f *ast.File) []ActionDoc {
	var out []ActionDoc
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || !isActionDecl(fd) {
			continue
		}
		codes, listed := documentedCodes(fd.Doc)
		out = append(out, ActionDoc{Name: fd.Name.Name, Codes: codes, Listed: listed})
	}
	return out
}

// isActionDecl reports whether fd is `func (c *Client) X(request *XRequest) …`.
func isActionDecl(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) != 1 || !isPointerTo(fd.Recv.List[0].Type, "Client") {
		return false
	}
	params := fd.Type.Params.List
	return len(params) == 1 && len(params[0].Names) <= 1 && isPointerTo(params[0].Type, fd.Name.Name+"Request")
}

// isPointerTo reports whether expr is *name.
func isPointerTo(expr ast.Expr, name string) bool {
	star, ok := expr.(*ast.StarExpr)
	if !ok {
		return false
	}
	id, ok := star.X.(*ast.Ident)
	return ok && id.Name == name
}

// actionListMarkers open the doc-comment section that lists an action's
// codes: the Chinese SDK writes the first, the intl-en SDK the second.
var actionListMarkers = []string{"可能返回的错误码", "error code that may be returned"}

// documentedCodes returns the codes listed after the section marker of a
// doc comment, and whether there is a marker: blank lines right after the
// marker are skipped, and the first line that is not `NAME = "Code"` ends
// the list.
func documentedCodes(doc *ast.CommentGroup) (codes []string, listed bool) {
	if doc == nil {
		return nil, false
	}
	for _, c := range doc.List {
		line := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if !listed {
			listed = isActionListMarker(line)
			continue
		}
		if line == "" && codes == nil {
			continue
		}
		quoted, ok := codeLineValue(line)
		if !ok {
			break
		}
		if code, err := strconv.Unquote(quoted); err == nil {
			codes = append(codes, code)
		}
	}
	return codes, listed
}

// codeLineValue returns the quoted value of a section entry, `NAME =
// "Code"`; ok is false for any other line. It is a hand-written match, not a
// regular expression: the facts pass runs it on every line of every
// product's client.go.
func codeLineValue(line string) (quoted string, ok bool) {
	name, rest, ok := strings.Cut(line, "=")
	name = strings.TrimRight(name, " \t")
	quoted = strings.TrimLeft(rest, " \t")
	if !ok || !isConstName(name) {
		return "", false
	}
	if len(quoted) < 2 || quoted[0] != '"' || quoted[len(quoted)-1] != '"' {
		return "", false
	}
	return quoted, true
}

// isConstName reports whether s is a non-empty run of ASCII letters, digits
// and underscores, like the SDK's constant names.
func isConstName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}

func isActionListMarker(line string) bool {
	for _, m := range actionListMarkers {
		if len(line) >= len(m) && strings.EqualFold(line[:len(m)], m) {
			return true
		}
	}
	return false
}

// EncodeActionCodes encodes each action's codes in the catalog's compact
// action-block format: front-coded names and gap-coded indexes into
// productCodes, the product's sorted codes. Codes not in productCodes are
// left out. The analyzer ships a product's lists to the packages that
// import it this way.
func EncodeActionCodes(actions map[string][]string, productCodes []string) string {
	var e catalogfmt.Encoder
	e.Actions(actions, productCodes)
	return string(e.Buf)
}

// DecodeActionCodes decodes what EncodeActionCodes wrote with the same
// productCodes: action → its codes, sorted.
func DecodeActionCodes(block string, productCodes []string) (map[string][]string, error) {
	a, err := decodeActions(block, productCodes)
	return a.codes, err
}
