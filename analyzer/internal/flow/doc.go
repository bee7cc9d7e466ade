// Package flow answers questions about one function body with go/ast and
// go/types alone: which assignments reach a use of a local variable
// (FuncIndex, Reaching), what a call calls (CalleeFunc), and whether it is
// errors.As or a given package function. It knows nothing of the SDK.
package flow
