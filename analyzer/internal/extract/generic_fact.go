package extract

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// A waiting generic request travels in ErrorOriginFact: a wrapper package
// exporting Call(product, action string) is filled in by its importers.

// String words a request for fact tests: generic(param 1), or
// generic(service, version, action[, domain]) with each name's ways.
func (g genericRequest) String() string {
	if g.param >= 0 {
		return fmt.Sprintf("generic(param %d)", g.param)
	}
	names := []string{g.service.String(), g.version.String(), g.action.String()}
	if g.domain != nil {
		names = append(names, "domain "+g.domain.String())
	}
	return "generic(" + strings.Join(names, ", ") + ")"
}

// String words a value: its ways joined by |, pieces by +, parameters as
// $k, unknown parts as ?, a first segment as seg(...).
func (v strValue) String() string {
	var ways []string
	for _, a := range v {
		var pieces []string
		for _, p := range a.pieces {
			switch p.kind {
			case pieceText:
				pieces = append(pieces, fmt.Sprintf("%q", p.text))
			case pieceParam:
				pieces = append(pieces, fmt.Sprintf("$%d", p.param))
			default:
				pieces = append(pieces, "?")
			}
		}
		way := strings.Join(pieces, "+")
		if a.firstSegment {
			way = "seg(" + way + ")"
		}
		ways = append(ways, way)
	}
	return strings.Join(ways, "|")
}

// appendRequest encodes a request: its root, its parameter plus one (0:
// none), then its names, each a count of ways and per way a first-segment
// flag, a count of pieces and the pieces (kind, then text or parameter);
// the domain is preceded by 1 when set, 0 when not.
func appendRequest(b []byte, g genericRequest) []byte {
	b = appendString(b, g.root)
	b = binary.AppendUvarint(b, uint64(g.param+1))
	if g.param >= 0 {
		return b
	}
	for _, v := range []strValue{g.service, g.version, g.action} {
		b = appendStrValue(b, v)
	}
	if g.domain == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, 1)
	return appendStrValue(b, g.domain)
}

func appendStrValue(b []byte, v strValue) []byte {
	b = binary.AppendUvarint(b, uint64(len(v)))
	for _, a := range v {
		seg := uint64(0)
		if a.firstSegment {
			seg = 1
		}
		b = binary.AppendUvarint(b, seg)
		b = binary.AppendUvarint(b, uint64(len(a.pieces)))
		for _, p := range a.pieces {
			b = binary.AppendUvarint(b, uint64(p.kind))
			switch p.kind {
			case pieceText:
				b = appendString(b, p.text)
			case pieceParam:
				b = binary.AppendUvarint(b, uint64(p.param))
			}
		}
	}
	return b
}

func (r *factReader) request() genericRequest {
	g := genericRequest{root: r.string(), param: int(r.uint()) - 1}
	if g.param >= 0 || r.err != nil {
		return g
	}
	g.service, g.version, g.action = r.strValue(), r.strValue(), r.strValue()
	if r.uint() == 1 {
		g.domain = r.strValue()
	}
	return g
}

func (r *factReader) strValue() strValue {
	var v strValue
	for range r.count() {
		a := strAlt{firstSegment: r.uint() == 1}
		for range r.count() {
			p := strPiece{kind: strPieceKind(r.uint())}
			switch p.kind {
			case pieceText:
				p.text = r.string()
			case pieceParam:
				p.param = int(r.uint())
			case pieceUnknown:
			default:
				r.fail("bad string piece")
			}
			a.pieces = append(a.pieces, p)
		}
		v = append(v, a)
	}
	if len(v) == 0 {
		r.fail("empty string value")
	}
	return v
}
