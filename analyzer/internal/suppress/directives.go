package suppress

import (
	"go/ast"
	"go/token"
	"strings"
)

// ignorePrefix starts a suppression directive:
// //tcerrcheck:ignore <category>[,<category>...] <reason>
const ignorePrefix = "//tcerrcheck:ignore"

// directive is one suppression comment.
type directive struct {
	categories []string // "all" matches every category
	reason     bool
}

// Directives holds a file's suppression comments by line.
type Directives map[int][]directive

type suppression int

const (
	notSuppressed suppression = iota
	Suppressed
	SuppressedWithoutReason // a matching tcerrcheck:ignore that lacks a reason
)

// ParseDirectives reads //tcerrcheck:ignore and golangci-lint's //nolint
// comments (//nolint, //nolint:tcerrcheck, //nolint:all).
func ParseDirectives(fset *token.FileSet, f *ast.File) Directives {
	dirs := Directives{}
	for _, group := range f.Comments {
		for _, c := range group.List {
			if d, ok := parseDirective(c.Text); ok {
				line := fset.Position(c.Slash).Line
				dirs[line] = append(dirs[line], d)
			}
		}
	}
	return dirs
}

func parseDirective(text string) (directive, bool) {
	if rest, ok := strings.CutPrefix(text, ignorePrefix); ok {
		fields := strings.Fields(rest)
		if len(fields) == 0 || !strings.HasPrefix(rest, " ") {
			return directive{}, false
		}
		return directive{categories: strings.Split(fields[0], ","), reason: len(fields) > 1}, true
	}
	rest, ok := strings.CutPrefix(text, "//nolint")
	if !ok {
		return directive{}, false
	}
	if rest == "" || rest[0] == ' ' {
		return directive{categories: []string{"all"}, reason: true}, true
	}
	if rest[0] != ':' {
		return directive{}, false
	}
	names, _, _ := strings.Cut(rest[1:], " ")
	for _, name := range strings.Split(names, ",") {
		if name == "tcerrcheck" || name == "all" {
			return directive{categories: []string{"all"}, reason: true}, true
		}
	}
	return directive{}, false
}

// Verdict says whether a diagnostic of category cat at pos (found by the
// comparison at site) is suppressed by a directive on its line, the line
// above, or the comparison's line.
func (dirs Directives) Verdict(fset *token.FileSet, cat string, pos, site token.Pos) suppression {
	result := notSuppressed
	for _, p := range []token.Pos{pos, site} {
		line := fset.Position(p).Line
		for _, l := range []int{line, line - 1} {
			for _, d := range dirs[l] {
				if !d.matches(cat) {
					continue
				}
				if d.reason {
					return Suppressed
				}
				result = SuppressedWithoutReason
			}
		}
	}
	return result
}

func (d directive) matches(cat string) bool {
	for _, c := range d.categories {
		if c == cat || c == "all" {
			return true
		}
	}
	return false
}
