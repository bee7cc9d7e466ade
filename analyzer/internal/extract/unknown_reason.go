package extract

import (
	"go/ast"
	"go/types"
)

// unknownReason says why an error's origin is unknown: the first source
// the resolver could not follow. It is built on every path that gives up,
// so it holds a kind and a name, and is worded only when the inventory
// reports it.
type unknownReason struct {
	kind reasonKind
	name string      // the variable or package concerned
	fn   *types.Func // whyCallee: the function called, named only when worded
}

type reasonKind uint8

const (
	whyUnstated       reasonKind = iota // a path that gives no reason
	whyExpr                             // name: the kind of expression
	whyNotVar                           // name: the identifier
	whyNotLocal                         // name: the variable
	whyCycle                            // name: the variable
	whyNoSource                         // name: the variable
	whyAssign                           // a source the resolver does not follow
	whyNotErrResult                     // a call result that is not its error
	whyOpaqueProduct                    // name: the product package
	whyCallee                           // fn: the function called
	whyDynamicCall                      // a call of a func value or interface method
	whyNoWrap                           // fmt.Errorf without an error operand
	whyRetryReturn                      // a retry closure returns something else than a wrapper
	whyRetryNothing                     // a retry closure wraps no error
	whyGenericRequest                   // name: what of a generic client's request is not followed
	whyLiteralParam                     // name: the parameter
	whyHandBuilt                        // name: the SDK function that built the error
)

// String words the reason for the inventory's messages.
func (r unknownReason) String() string {
	switch r.kind {
	case whyExpr:
		return "the error is " + r.name + ", not a variable or call the analyzer follows"
	case whyNotVar:
		return r.name + " is not a variable"
	case whyNotLocal:
		return r.name + " is not a local variable of the function (a field, global or variable of an enclosing function)"
	case whyCycle:
		return r.name + " is assigned from itself"
	case whyNoSource:
		return r.name + " is never assigned an error the analyzer follows"
	case whyAssign:
		return "the error comes from an assignment the analyzer does not follow"
	case whyNotErrResult:
		return "a call result that is not the call's error"
	case whyOpaqueProduct:
		return "nothing tells the codes of " + r.name + " (an SDK without errors.go, or a product no catalog has)"
	case whyCallee:
		return "the error comes from " + r.fn.FullName() + ", which returns no error of an SDK call the analyzer follows"
	case whyDynamicCall:
		return "the error comes from a call of a function value or interface method"
	case whyNoWrap:
		return "fmt.Errorf wraps no error"
	case whyRetryReturn:
		return "the retry closure returns something other than the framework's wrappers or a helper returning one"
	case whyRetryNothing:
		return "the retry closure wraps no error"
	case whyHandBuilt:
		return "the error is built by the program (" + r.name + "), not returned by an API call: the code it carries is the program's, not a product's"
	case whyLiteralParam:
		return r.name + " is a parameter of a function literal whose calls the analyzer does not see (passed on, or kept in a configuration that leaves the function)"
	case whyGenericRequest:
		return "the error comes from the SDK's generic client, sending " + r.name
	}
	return "the analyzer does not follow where the error comes from"
}

// exprKind words the kind of an expression for whyExpr.
func exprKind(e ast.Expr) string {
	switch e.(type) {
	case *ast.SelectorExpr:
		return "a field or package-level value"
	case *ast.IndexExpr, *ast.IndexListExpr:
		return "an element of a slice or map"
	case *ast.FuncLit:
		return "a function literal"
	}
	return "an expression"
}
