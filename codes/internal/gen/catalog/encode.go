package main

import (
	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// The catalog.bin format, version 3, built from the primitives of
// catalogfmt (varints, strings, front-coded sorted lists, gap-coded index
// lists, string tables):
//
//	magic "TCEC", format byte 3
//	string release
//	flavor count, then per flavor (the SDK repositories):
//	  string name, string module
//	  byte length of the release block, then the block:
//	    release count, then per release, oldest first: string tag, string date
//	string table: every distinct code any release of any product declared
//	product count, then per product, sorted by name:
//	  string name
//	  byte length of the record, then the record:
//	    source count, then per source: flavor index, string module, string version, string date
//	    sorted string list: API versions ("v20170312")
//	    index list: the product's codes at the newest release, into the code table
//	    byte length of the action block, then the block:
//	      sorted string list: action names
//	      per action: index list into the product's own code list
//	    byte length of the history block, then the block:
//	      index list: every code the product ever declared, into the code table
//	      per flavor, per code of that list: 0 if the flavor never declared
//	      it, else the first release's index + 1, then the last's minus the first's
//
// The code table is read in place and records, action, history and release
// blocks are length-prefixed, so the loader decodes a product only when it
// is first asked about, its actions and history only when they are, and
// the release lists only to name a release.
const (
	magic         = "TCEC"
	formatVersion = 3
)

// encode serializes c. Equal catalogs encode to equal bytes: every list is
// sorted and maps are walked in sorted order.
func encode(c *catalog) []byte {
	var all []string
	for _, p := range c.products {
		all = append(all, p.ever...)
	}
	all = sortedSet(all)
	index := catalogfmt.IndexOf(all)

	e := &catalogfmt.Encoder{Buf: append([]byte(magic), formatVersion)}
	e.Str(c.release)
	e.Uint(len(c.flavors))
	for _, f := range c.flavors {
		e.Str(f.name)
		e.Str(f.module)
		var block catalogfmt.Encoder
		block.Uint(len(f.releases))
		for _, r := range f.releases {
			block.Str(r.tag)
			block.Str(r.date)
		}
		e.Str(string(block.Buf))
	}
	e.Table(all)
	e.Uint(len(c.products))
	for _, p := range c.products {
		e.Str(p.name)
		e.Str(string(encodeRecord(p, index)))
	}
	return e.Buf
}

// encodeRecord serializes one product's record.
func encodeRecord(p *product, index map[string]int) []byte {
	var record catalogfmt.Encoder
	record.Uint(len(p.sources))
	for _, s := range p.sources {
		record.Uint(s.flavor)
		record.Str(s.module)
		record.Str(s.version)
		record.Str(s.date)
	}
	record.Strs(p.versions)
	record.Indexes(p.codes, index)
	var actions catalogfmt.Encoder
	actions.Actions(p.actions, p.codes)
	record.Str(string(actions.Buf))
	var history catalogfmt.Encoder
	history.Indexes(p.ever, index)
	for _, ranges := range p.history {
		for _, r := range ranges {
			if r.first < 0 {
				history.Uint(0)
				continue
			}
			history.Uint(r.first + 1)
			history.Uint(r.last - r.first)
		}
	}
	record.Str(string(history.Buf))
	return record.Buf
}
