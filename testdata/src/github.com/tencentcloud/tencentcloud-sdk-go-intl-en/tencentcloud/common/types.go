package common

// Pointer helpers: request fields are pointers, so callers use these.

func IntPtr(v int) *int             { return &v }
func Int64Ptr(v int64) *int64       { return &v }
func UintPtr(v uint) *uint          { return &v }
func Uint64Ptr(v uint64) *uint64    { return &v }
func Float64Ptr(v float64) *float64 { return &v }
func BoolPtr(v bool) *bool          { return &v }
func StringPtr(v string) *string    { return &v }

func StringValues(ptrs []*string) []string {
	vals := make([]string, len(ptrs))
	for i := range ptrs {
		if ptrs[i] != nil {
			vals[i] = *ptrs[i]
		}
	}
	return vals
}

func StringPtrs(vals []string) []*string {
	ptrs := make([]*string, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	return ptrs
}

func Int64Ptrs(vals []int64) []*int64 {
	ptrs := make([]*int64, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	return ptrs
}
