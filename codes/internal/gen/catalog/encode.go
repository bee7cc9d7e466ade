package main

import (
	"encoding/binary"
	"maps"
	"slices"
)

// The catalog.bin format, version 1. Integers are unsigned varints; a
// string is its length and bytes; a sorted string list is its length, then
// per string the length of the prefix shared with the previous one, the
// length of the rest and the rest ("front coding": codes and action names
// share long prefixes). An index list is its length, then the first index
// and the gaps between sorted indexes, which are mostly one byte.
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
	index := indexOf(all)

	e := &encoder{buf: append([]byte(magic), formatVersion)}
	e.str(c.release)
	e.strs(all)
	e.uint(len(c.products))
	for _, p := range c.products {
		e.str(p.name)
		e.uint(len(p.sources))
		for _, s := range p.sources {
			e.str(s.module)
			e.str(s.version)
			e.str(s.date)
		}
		e.strs(p.versions)
		e.indexes(p.codes, index)
		block := encodeActions(p)
		e.uint(len(block))
		e.buf = append(e.buf, block...)
	}
	return e.buf
}

// encodeActions encodes p's action block.
func encodeActions(p *product) []byte {
	local := indexOf(p.codes)
	names := slices.Sorted(maps.Keys(p.actions))
	e := &encoder{}
	e.strs(names)
	for _, a := range names {
		e.indexes(p.actions[a], local)
	}
	return e.buf
}

// indexOf maps each string of a sorted list to its position.
func indexOf(list []string) map[string]int {
	m := make(map[string]int, len(list))
	for i, s := range list {
		m[s] = i
	}
	return m
}

type encoder struct{ buf []byte }

func (e *encoder) uint(n int) { e.buf = binary.AppendUvarint(e.buf, uint64(n)) }

func (e *encoder) str(s string) {
	e.uint(len(s))
	e.buf = append(e.buf, s...)
}

// strs front-codes a sorted list.
func (e *encoder) strs(list []string) {
	e.uint(len(list))
	prev := ""
	for _, s := range list {
		n := 0
		for n < len(s) && n < len(prev) && s[n] == prev[n] {
			n++
		}
		e.uint(n)
		e.str(s[n:])
		prev = s
	}
}

// indexes writes sorted codes as gaps between their indexes in index.
func (e *encoder) indexes(codes []string, index map[string]int) {
	e.uint(len(codes))
	prev := 0
	for _, c := range codes {
		i := index[c]
		e.uint(i - prev)
		prev = i
	}
}
