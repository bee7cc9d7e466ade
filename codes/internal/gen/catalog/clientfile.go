package main

import (
	"go/parser"
	"go/token"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// readClientFile returns, for every action of a product version's
// client.go (src; name is for messages), the codes its doc comment
// documents (an empty, non-nil list when the comment has no such section).
func readClientFile(name string, src []byte) (map[string][]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	actions := make(map[string][]string)
	for _, a := range codes.ActionDocs(f) {
		actions[a.Name] = append(actions[a.Name], a.Codes...)
		if actions[a.Name] == nil {
			actions[a.Name] = []string{}
		}
	}
	return actions, nil
}
