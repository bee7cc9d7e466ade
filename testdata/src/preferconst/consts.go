package preferconst

// A constant compared in another file: its declaration is not rewritten
// from there.
const instanceMissing = "InvalidInstanceId.NotFound"
