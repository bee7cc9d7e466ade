// Package util is a utility package of the program's ecosystem that knows
// nothing of the SDK: membership tests written three ways, two of them
// handing their arguments on.
package util

import "slices"

// IsInArray walks any comparable slice.
func IsInArray[T comparable](arr []T, v T) bool { // want IsInArray:`codeHelper\(code 1, codes 0, exact\)`
	for _, x := range arr {
		if x == v {
			return true
		}
	}
	return false
}

// IsInStringArray forwards to the generic walk.
func IsInStringArray(arr []string, s string) bool { // want IsInStringArray:`codeHelper\(code 1, codes 0, exact\)`
	return IsInArray(arr, s)
}

// ContainsString forwards to slices.Contains.
func ContainsString(list []string, s string) bool { // want ContainsString:`codeHelper\(code 1, codes 0, exact\)`
	return slices.Contains(list, s)
}

// HasPrefixIn is a look-alike: a list and a string, but not membership.
func HasPrefixIn(list []string, s string) bool {
	return len(list) > 0 && len(s) > len(list[0])
}

// InArray takes the value first, as some utility packages write it.
func InArray[T comparable](v T, arr []T) bool { // want InArray:`codeHelper\(code 0, codes 1, exact\)`
	for _, x := range arr {
		if x == v {
			return true
		}
	}
	return false
}

// InStringArray forwards, value first, to InArray.
func InStringArray(s string, arr []string) bool { // want InStringArray:`codeHelper\(code 0, codes 1, exact\)`
	return InArray(s, arr)
}
