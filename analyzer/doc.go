// Package analyzer is tcerrcheck's go/analysis pass: it finds comparisons
// of Tencent Cloud SDK error codes with strings, resolves which product and
// API action produced the error, and reports codes that cannot match and
// retry handling that leaves retryable codes out.
//
// # Analyzer tcerrcheck
//
// tcerrcheck: check Tencent Cloud SDK error code comparisons
//
// A code is an SDK error's Code field or GetCode() result (reached through
// type assertions with or without ok, type switches, errors.As, and local
// copies), its first segment (strings.Split(code, ".")[0], strings.Cut,
// code[:strings.Index(code, ".")]), or the "Code=X"
// text of err.Error() (or fmt.Sprintf("%s", err)). It is compared by ==,
// !=, switch cases, strings.Index(text, s) > 0,
// strings.HasPrefix, strings.Contains, strings.EqualFold, slices.Contains,
// map lookups and calls of code helpers, against literals, constants
// (local, package or SDK), variables holding constants and code lists.
//
// The origin is the SDK client call that produced the error
// (client.DescribeInstances or DescribeInstancesWithContext on a product
// Client). Within a function it is followed through assignments and
// closures, each comparison seeing the assignments that reach it. Across
// functions and packages it is carried by facts: a function whose returned
// error comes from SDK calls, from its error parameter (fmt.Errorf with %w
// keeps it) or from a func parameter (a retry helper returning its
// closure's error); and a helper that compares its error parameter's code
// with codes its caller passes (exactly, by first segment, or in the
// error's text). Errors of the program's own (errors.New, fmt.Errorf
// without %w, wrapped or not) add nothing beside them, and an SDK error the
// program builds with errors.NewTencentCloudSDKError adds its constant
// code. An error that may come from anything else has an unknown origin,
// and then only product-independent checks run.
//
// SDK packages are recognised by layout, not module path, and so are
// copies and forks: an SDK error type is a struct with string Code,
// Message and RequestId fields and GetCode() string declared in a
// …/common/errors package or a product package, whatever its name; a
// product is …/tencentcloud/<product>/v<date>, or a folder …/<name>/v<date>
// whose Client embeds another package's Client (its package functions
// taking that *Client are actions too). A copy that declares no codes is
// judged by the catalog's codes of the same product and API version, if
// any, without wrong-product.
//
// A code is valid for a product when the product's SDK package in view or
// a page given with -pages declares it, when the embedded catalog has it
// among the product's codes at the newest release of either SDK or at a
// release that may be newer than the SDK in view, when it is an API 3.0
// public code, an SDK client-side code (ClientError.*), or in
// the -allow list. Each invalid code gets one diagnostic, from the first
// of these categories that explains it:
//
// # wrong-case
//
// The code equals a valid code only up to letter case:
// "InvalidInstanceID.NotFound" for "InvalidInstanceId.NotFound". Codes are
// compared case-sensitively. Fix: the correctly cased code.
//
// # legacy-code
//
// An API 2.0 code such as "InvalidRequest.LimitExceeded", which the API 3.0
// SDK never returns. Fix: its API 3.0 equivalent ("RequestLimitExceeded")
// where there is one.
//
// # removed-code
//
// A code the producing product declared in older SDK releases and no
// longer does: the message names the last release that declared it, and
// the code that looks like its replacement when there is one (with a fix
// when exactly one). Reported only when the SDK in view is known to be
// newer than that release, or with no codes in view when the product's
// newest release lacks the code. Needs a known origin.
//
// # wrong-product
//
// A real code that the producing product never returns: typically copied
// from another product's handling. The message names the products that
// declare it, and suggests the same suffix under another family of this
// product when there is one (with a fix when exactly one). Needs a known
// origin, and with several producing products, all must lack the code.
// Not reported beside a code the product returns in the same || chain or
// case: the branch is taken for that one, and the copy changes nothing. A
// dot-less piece searched for with strings.Contains that no code of the
// product contains is reported when it is a whole piece of another
// product's codes.
//
// # unknown-code
//
// A code no product declares that is a misspelling of one that exists:
// letters swapped, dropped or doubled. With a known origin the message
// suggests the nearest codes of the product, and fixes when exactly one
// is nearest; when the product has nothing near, a misspelling of another
// product's code is named without a fix. With an unknown origin, the
// nearest codes of any product. A code merely unknown to the SDK, or one
// sharing only a suffix with a real code under another family, is not
// reported: services send codes no release declares. A dot-less piece
// searched for with strings.Contains is reported when it is a misspelt
// piece of a code, with the piece as fix.
//
// Valid codes are then put to these checks:
//
// # family-exact
//
// An exact comparison with a retryable family root ("RequestLimitExceeded")
// when the origin can return sub-codes of the family that nothing else in
// the function matches. Fix for == and !=: strings.HasPrefix. With
// -family-exact-all every family root counts. ResourceNotFound counts too
// where every producing action documents a sub-code of it beside the root.
//
// # retry-incomplete
//
// Retry logic (a bool predicate named for retrying or used to continue a
// retry loop, or used to stop one, where true gives up; a loop that
// repeats an SDK call; a closure returning a retry framework's retryable
// or non-retryable error) that retries some
// retryable families but never others the origin can return, or that
// gives up on one. Reported once, at the start of the retry logic, with
// a fix adding the missing roots when the retried codes come from one
// literal list matched by family. The
// retryable families are RequestLimitExceeded, InternalError,
// ServiceUnavailable and ClientError.NetworkError unless -retryable says
// otherwise.
//
// # wrong-error-type
//
// A type assertion, one-type type switch case or errors.As target of one
// SDK flavour's error type on an error that only calls of another
// flavour's clients produced: the Chinese and intl-en SDKs and forks each
// have their own type, and a product's calls return the one of the errors
// package beside the common Client its Client embeds. Such a test never
// succeeds. An unexported helper's error parameter is judged by what its
// callers in the package pass. Silent for unknown origins, several-type
// cases, functions that also name the returned type, and forks whose
// errors package is out of view. Also a type assertion or one-type case
// on an error wrapped on every path that reaches it (fmt.Errorf with %w,
// errors.WithStack, Wrap, WithMessage), here or in a function it calls:
// it never succeeds, and the codes compared behind it are not judged.
// errors.As and errors.Cause look through the wrapping.
//
// # action-near-miss
//
// A code the product declares that none of the producing actions
// documents, where each of them documents the same close spelling of it (a
// few letters apart, or the dot elsewhere). Fix: the documented code. Not
// when the function compares the documented code too.
//
// # shadowed-case
//
// A code compared in a case of a tagless switch or in an else-if that an
// earlier case or if already matches on the same code expression, by
// prefix or family: the later branch is never taken. Not when the two
// branches end alike, nor when the earlier test is guarded by &&.
//
// # wrong-action
//
// Off by default. A product code that none of the producing actions
// documents (the "可能返回的错误码" list of the SDK's client.go, read when
// the analyzer runs on the product package, or the catalog's copy). The
// lists are incomplete in practice, hence off.
//
// # prefer-constant
//
// Off by default. A code literal whose value is a constant of the
// producing product's SDK package (cvm.INVALIDINSTANCEID_NOTFOUND for
// "InvalidInstanceId.NotFound"), found by value; reported once every
// comparison of the package that sees the literal agrees on the product,
// with a fix that uses the file's import or adds one named after the
// product. Public and client codes belong to no product and are left.
//
// # inventory
//
// Off by default, and not a defect: every comparison site with the origin
// resolved for it ("origin: cvm DescribeInstances"), the reason it is
// unknown ("origin unknown: ..."), or that it is inside a helper and
// checked at each call site.
//
// # unused-ignore
//
// A //tcerrcheck:ignore directive that suppresses nothing: the code it was
// written for has been fixed, it names the wrong category, or one that
// does not exist. A stale directive would silently hide the next real
// finding of that category on the line. Fix: the directive removed. One
// naming only categories that are turned off is left alone, since another
// configuration may turn them on; //nolint is left to golangci-lint's
// nolintlint.

// # Object storage (COS)
//
// The Code of a COS error (*cos.ErrorResponse of
// github.com/tencentyun/cos-go-sdk-v5, or a copy of its shape in a package
// named cos) is judged against COS's own codes, never the API 3.0 catalog:
// a misspelling of a COS code is unknown-code and a case-only difference
// wrong-case, both with a fix; an API 3.0 code COS lacks is wrong-product
// when the error comes from calls of COS's Service, Bucket or Object
// operations alone, or when it is dotted. A COS code no API 3.0 product
// declares, compared on an API 3.0 error of known origin, is wrong-product
// too. Names both sides have (InternalError, ServiceUnavailable) are valid
// on either. COS retry logic is retry-incomplete when it retries some of
// COS's transient codes (InternalError, RequestTimeout,
// ServiceUnavailable, SlowDown) but not the others, or gives up on one.
// Code helpers comparing a COS error's code with their caller's codes
// carry that in their fact; a helper shared by both SDKs has a call's
// codes judged as COS's when the error passed comes from COS calls. A
// function returning a COS call's error is not summarized.
//
// # Suppressing
//
// //tcerrcheck:ignore <category>[,<category>] <reason> on the line or the
// line above silences that category there; the reason is required.
// golangci-lint's //nolint:tcerrcheck works too. One that suppresses
// nothing is reported as unused-ignore. Generated files are not
// checked (cgo output counts as the hand-written file it came from);
// _test.go files are.
package analyzer
