package main

import (
	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// The catalog.bin format, version 1, built from the primitives of
// catalogfmt (varints, strings, front-coded sorted lists, gap-coded index
// lists):
//
//	magic "TCEC", format byte 1
//	string release
//	sorted string list: every distinct code
//	product count, then per product, sorted by name:
//	  string name
//	  source count, then per source: string module, string version, string date
//	  sorted string list: API versions ("v20170312")
//	  index list: the product's codes, as indexes into the code list
//	  byte length of the action block, then the block:
//	    sorted string list: action names
//	    per action: index list into the product's own code list
//
// The action block is length-prefixed so the loader can skip it and decode
// a product's actions only when they are first asked for.
const (
	magic         = "TCEC"
	formatVersion = 1
)

// encode serializes c. Equal catalogs encode to equal bytes: every list is
// sorted and maps are walked in sorted order.
func encode(c *catalog) []byte {
	var all []string
	for _, p := range c.products {
		all = append(all, p.codes...)
	}
	all = sortedSet(all)
	index := catalogfmt.IndexOf(all)

	e := &catalogfmt.Encoder{Buf: append([]byte(magic), formatVersion)}
	e.Str(c.release)
	e.Strs(all)
	e.Uint(len(c.products))
	for _, p := range c.products {
		e.Str(p.name)
		e.Uint(len(p.sources))
		for _, s := range p.sources {
			e.Str(s.module)
			e.Str(s.version)
			e.Str(s.date)
		}
		e.Strs(p.versions)
		e.Indexes(p.codes, index)
		var block catalogfmt.Encoder
		block.Actions(p.actions, p.codes)
		e.Uint(len(block.Buf))
		e.Buf = append(e.Buf, block.Buf...)
	}
	return e.Buf
}
