package check

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
)

// judge is what the checks of one package share: the extracted state
// they read (comparisons, origins, summaries), the settings, the
// knowledge of which codes are valid, and what has been reported.
type judge struct {
	*extract.State
	set  *Settings
	know *knowledge

	reported        map[reportKey]bool
	fileDirs        []suppress.Directives                // each checked file's, for unused-ignore
	constCandidates map[*ast.BasicLit]*constantCandidate // prefer-constant's, reported at the end
	productConsts   map[*types.Package]map[string]string // string constants by value, per product package
}

// reportKey is one diagnostic's place: a literal seen through several
// comparisons is reported once per category.
type reportKey struct {
	pos      token.Pos
	category string
}

func NewJudge(st *extract.State, set *Settings) *judge {
	j := &judge{
		State:           st,
		set:             set,
		reported:        map[reportKey]bool{},
		constCandidates: map[*ast.BasicLit]*constantCandidate{},
		productConsts:   map[*types.Package]map[string]string{},
	}
	j.know = newKnowledge(j)
	return j
}
