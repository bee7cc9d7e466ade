// Package extract is tcerrcheck's first stage: it finds the comparisons
// of SDK error codes in a package's functions and resolves where each
// compared error came from.
//
// A Comparison holds the code expression (CodeRef, with the Origin of the
// error: the SDK calls that produced it, or why it is unknown) and the
// compared Values (literals and constants, with where they are written).
// Finding and resolving are one loop: a comparison is recognised by the
// shape of its code side, and the code side is recognised by tracing the
// error back through assignments, closures and calls.
//
// Origins are SDK client calls, followed through wrappers, retry helpers
// and frameworks, func values, and the SDK's generic client (a request
// named by strings, which the callers may supply: generic_client.go). An
// origin that waits for the function's parameters is filled in at each
// call, or at a classifier by its callers in the package.
//
// Across functions and packages the results travel as facts this package
// computes and encodes: ErrorOriginFact (what a function's returned error
// comes from), CodeHelperFact and ClassifierFact (helpers comparing a
// caller's error with codes), ActionCodesFact (the codes each action of a
// product package documents) and SDKUserFact. It also reads retry logic
// (RetryPiece, BranchReader: what a matched code leads to) because the
// facts of classifiers need it, and knows which product packages are in
// view (View).
//
// It imports flow and suppress only; the checks (package check) read
// what it extracts and never the other way round.
package extract
