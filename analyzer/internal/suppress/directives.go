package suppress

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// ignorePrefix starts a suppression directive:
// //tcerrcheck:ignore <category>[,<category>...] <reason>
const ignorePrefix = "//tcerrcheck:ignore"

// directive is one suppression comment.
type directive struct {
	categories []string // "all" matches every category
	reason     bool
	nolint     bool // golangci-lint's //nolint, which nolintlint checks
	comment    *ast.Comment
	used       bool // it matched a diagnostic
}

// Directives holds a file's suppression comments by line.
type Directives map[int][]*directive

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
				d.comment = c
				line := fset.Position(c.Slash).Line
				dirs[line] = append(dirs[line], &d)
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
		return directive{categories: []string{"all"}, reason: true, nolint: true}, true
	}
	if rest[0] != ':' {
		return directive{}, false
	}
	names, _, _ := strings.Cut(rest[1:], " ")
	for _, name := range strings.Split(names, ",") {
		if name == "tcerrcheck" || name == "all" {
			return directive{categories: []string{"all"}, reason: true, nolint: true}, true
		}
	}
	return directive{}, false
}

// Verdict says whether a diagnostic of category cat at pos (found by the
// comparison at site) is suppressed by a directive on its line, the line
// above, or the comparison's line. Every directive that matches counts as
// used.
func (dirs Directives) Verdict(fset *token.FileSet, cat string, pos, site token.Pos) suppression {
	result := notSuppressed
	for _, p := range []token.Pos{pos, site} {
		line := fset.Position(p).Line
		for _, l := range []int{line, line - 1} {
			for _, d := range dirs[l] {
				if !d.matches(cat) {
					continue
				}
				d.used = true
				if d.reason {
					result = Suppressed
				} else if result == notSuppressed {
					result = SuppressedWithoutReason
				}
			}
		}
	}
	return result
}

// Unused is a //tcerrcheck:ignore directive that matched no diagnostic.
type Unused struct {
	Comment    *ast.Comment
	Categories []string
}

// Unused returns the file's //tcerrcheck:ignore directives that matched no
// diagnostic, in source order. golangci-lint's //nolint is left to its
// nolintlint.
func (dirs Directives) Unused() []Unused {
	var out []Unused
	for _, list := range dirs {
		for _, d := range list {
			if !d.used && !d.nolint {
				out = append(out, Unused{d.comment, d.categories})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Comment.Slash < out[j].Comment.Slash })
	return out
}

func (d directive) matches(cat string) bool {
	for _, c := range d.categories {
		if c == cat || c == "all" {
			return true
		}
	}
	return false
}
