package main

import (
	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// The catalog.bin format, version 2, built from the primitives of
// catalogfmt (varints, strings, front-coded sorted lists, gap-coded index
// lists, string tables):
//
//	magic "TCEC", format byte 2
//	string release
//	string table: every distinct code
//	product count, then per product, sorted by name:
//	  string name
//	  byte length of the record, then the record:
//	    source count, then per source: string module, string version, string date
//	    sorted string list: API versions ("v20170312")
//	    index list: the product's codes, as indexes into the code table
//	    byte length of the action block, then the block:
//	      sorted string list: action names
//	      per action: index list into the product's own code list
//
// The code table is read in place and records and action blocks are
// length-prefixed, so the loader decodes a product only when it is first
// asked about, and its actions only when they are.
const (
	magic         = "TCEC"
	formatVersion = 2
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
	e.Table(all)
	e.Uint(len(c.products))
	for _, p := range c.products {
		e.Str(p.name)
		var record catalogfmt.Encoder
		record.Uint(len(p.sources))
		for _, s := range p.sources {
			record.Str(s.module)
			record.Str(s.version)
			record.Str(s.date)
		}
		record.Strs(p.versions)
		record.Indexes(p.codes, index)
		var block catalogfmt.Encoder
		block.Actions(p.actions, p.codes)
		record.Str(string(block.Buf))
		e.Str(string(record.Buf))
	}
	return e.Buf
}
