package analyzer

// checker decides whether one category explains what is wrong with a
// compared value that is not valid for its origin.
type checkFunc func(k *knowledge, q query) (verdict, bool)

// checkers maps each category to its check; categories gives the order.
var checkers = map[string]checkFunc{
	catWrongCase:   checkWrongCase,
	catLegacyCode:  checkLegacyCode,
	catWrongProd:   checkWrongProduct,
	catUnknownCode: checkUnknownCode,
}
