package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"
)

// sectionMarkers open the doc-comment section that lists an action's codes:
// the Chinese SDK writes the first, the intl-en SDK the second.
var sectionMarkers = []string{"可能返回的错误码", "error code that may be returned"}

// codeLine matches one entry of that section: `NAME = "Code"`.
var codeLine = regexp.MustCompile(`^[A-Za-z0-9_]+\s*=\s*("(?:[^"\\]|\\.)*")$`)

// readClientFile returns, for every action of a product version's
// client.go, the codes its doc comment documents (an empty, non-nil list
// when the comment has no such section).
func readClientFile(path string) (map[string][]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	actions := make(map[string][]string)
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || !isAction(fd) {
			continue
		}
		actions[fd.Name.Name] = append(actions[fd.Name.Name], documentedCodes(fd.Doc)...)
		if actions[fd.Name.Name] == nil {
			actions[fd.Name.Name] = []string{}
		}
	}
	return actions, nil
}

// isAction reports whether fd is `func (c *Client) X(request *XRequest) …`.
// The XWithContext twin takes a context first and carries the same list, so
// it does not match and is not counted twice.
func isAction(fd *ast.FuncDecl) bool {
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

// documentedCodes returns the codes listed after the section marker of a
// doc comment: blank lines right after the marker are skipped, and the first
// line that is not `NAME = "Code"` ends the list.
func documentedCodes(doc *ast.CommentGroup) []string {
	if doc == nil {
		return nil
	}
	var codes []string
	inSection := false
	for _, c := range doc.List {
		line := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if !inSection {
			inSection = isSectionMarker(line)
			continue
		}
		if line == "" && codes == nil {
			continue
		}
		m := codeLine.FindStringSubmatch(line)
		if m == nil {
			break
		}
		if code, err := strconv.Unquote(m[1]); err == nil {
			codes = append(codes, code)
		}
	}
	return codes
}

func isSectionMarker(line string) bool {
	for _, m := range sectionMarkers {
		if strings.HasPrefix(strings.ToLower(line), m) {
			return true
		}
	}
	return false
}
