package v20170312

const (
	// The instance does not exist.
	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"

	// A code this vendored version declares and the catalog does not.
	INVALIDINSTANCEID_VENDOREDONLY = "InvalidInstanceId.VendoredOnly"
)
