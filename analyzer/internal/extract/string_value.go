package extract

import (
	"slices"
	"strings"
)

// A request sent through the SDK's generic client names its product and
// action with strings, and programs that call many products through one
// function carry those strings down from their callers:
//
//	self.cbsRequest("ResizeDisk", params)
//	  → cbsRequest(cli, apiName, ...)   domain := apiDomain("cbs", params)
//	  → _jsonRequest(cli, domain, version, apiName, ...)
//	      req.Init().WithApiInfo(strings.Split(domain, ".")[0], version, apiName)
//
// strValue is what such a string is as far as a function can tell: the
// ways it is built, each a concatenation of constant text, the function's
// own string parameters (its callers fill them in) and parts not followed.
// It answers one question once every parameter is filled in: which
// constant strings can it be?

// strValue lists the ways a string can be built. It is never empty: a
// string not followed at all is one way made of one unknown piece.
type strValue []strAlt

// strAlt is one way a string is built: its pieces in order. firstSegment
// says that only the text before the first dot counts, as after
// strings.Split(domain, ".")[0].
type strAlt struct {
	pieces       []strPiece
	firstSegment bool
}

type strPieceKind uint8

const (
	pieceText    strPieceKind = iota // constant text
	pieceParam                       // a string parameter of the function
	pieceUnknown                     // a part not followed
)

type strPiece struct {
	kind  strPieceKind
	text  string // pieceText
	param int    // pieceParam: the parameter's index
}

// maxStrAlts bounds the ways a value is kept: past it the string is
// unknown, which only makes an origin unknown.
const maxStrAlts = 32

func strText(s string) strValue { return strValue{{pieces: []strPiece{{kind: pieceText, text: s}}}} }
func strParam(k int) strValue   { return strValue{{pieces: []strPiece{{kind: pieceParam, param: k}}}} }
func strUnknown() strValue      { return strValue{{pieces: []strPiece{{kind: pieceUnknown}}}} }

// union is the string built one way or the other.
func (v strValue) union(w strValue) strValue {
	out := append(append(strValue(nil), v...), w...)
	if len(out) > maxStrAlts {
		return strUnknown()
	}
	return out
}

// concat is v followed by w, each way of one with each way of the other.
func (v strValue) concat(w strValue) strValue {
	if len(v)*len(w) > maxStrAlts {
		return strUnknown()
	}
	var out strValue
	for _, a := range v {
		for _, b := range w {
			pieces := append(append([]strPiece(nil), a.flat()...), b.flat()...)
			out = append(out, strAlt{pieces: pieces})
		}
	}
	return out
}

// firstSegment is v's text before its first dot.
func (v strValue) firstSegment() strValue {
	out := make(strValue, len(v))
	for i, a := range v {
		out[i] = strAlt{pieces: a.pieces, firstSegment: true}
	}
	return out
}

// flat returns the pieces of an alternative that goes inside a longer
// concatenation: a first segment must be cut first, which needs its
// text; otherwise the whole piece is unknown.
func (a strAlt) flat() []strPiece {
	if !a.firstSegment {
		return a.pieces
	}
	if s, ok := a.text(); ok {
		return []strPiece{{kind: pieceText, text: s}}
	}
	return []strPiece{{kind: pieceUnknown}}
}

// text returns the constant an alternative stands for, when every piece
// it needs is constant.
func (a strAlt) text() (string, bool) {
	var b strings.Builder
	for _, p := range a.pieces {
		if p.kind != pieceText {
			return "", false
		}
		if a.firstSegment {
			if head, _, cut := strings.Cut(p.text, "."); cut {
				b.WriteString(head)
				return b.String(), true
			}
		}
		b.WriteString(p.text)
	}
	return b.String(), true
}

// constants returns the strings v can be, deduplicated; ok is false when
// some way is not constant.
func (v strValue) constants() (out []string, ok bool) {
	for _, a := range v {
		s, ok := a.text()
		if !ok {
			return nil, false
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, true
}

// hasParam reports whether some way of building v uses a parameter: its
// callers may still make it constant.
func (v strValue) hasParam() bool {
	for _, a := range v {
		for _, p := range a.pieces {
			if p.kind == pieceParam {
				return true
			}
		}
	}
	return false
}

// substitute fills the parameters in with what a call passes: arg(k) is
// the value of the call's k-th argument, in the caller's own terms.
func (v strValue) substitute(arg func(k int) strValue) strValue {
	var out strValue
	for _, a := range v {
		ways := strValue{{firstSegment: a.firstSegment}}
		for _, p := range a.pieces {
			var next strValue
			if p.kind != pieceParam {
				for _, w := range ways {
					next = append(next, strAlt{pieces: append(append([]strPiece(nil), w.pieces...), p), firstSegment: w.firstSegment})
				}
			} else {
				given := arg(p.param)
				if len(ways)*len(given) > maxStrAlts {
					return strUnknown()
				}
				for _, w := range ways {
					for _, g := range given {
						if len(a.pieces) == 1 { // the whole string is the argument
							next = append(next, strAlt{pieces: g.pieces, firstSegment: w.firstSegment || g.firstSegment})
							continue
						}
						next = append(next, strAlt{pieces: append(append([]strPiece(nil), w.pieces...), g.flat()...), firstSegment: w.firstSegment})
					}
				}
			}
			ways = next
		}
		out = out.union(ways)
	}
	return out
}
