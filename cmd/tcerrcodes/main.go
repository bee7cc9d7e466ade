// Command tcerrcodes looks Tencent Cloud API error codes, and the error
// codes of COS's XML API, up in the catalogs tcerrcheck embeds, so a code
// can be checked from a terminal before it is written into a comparison.
//
//	tcerrcodes InvalidInstanceId.NotFound         which products declare a code, and its kind
//	tcerrcodes -product cvm InvalidInstanceId.NotFound   … and which cvm actions document it
//	tcerrcodes -actions InternalError.Timeout     … with the documenting actions of every declarer
//	tcerrcodes -product cvm                       a product's codes
//	tcerrcodes -product cvm -action DescribeInstances   one action's documented codes
//	tcerrcodes -family RequestLimitExceeded [-product dnspod]   codes of one family
//	tcerrcodes -products                          the catalogued products
//	tcerrcodes -cos                               COS's (object storage) XML API codes with their HTTP status
//	tcerrcodes -cos NoSuchKey                     … a code looked up among COS's codes alone
//	tcerrcodes -V                                 its version, and the SDK releases the catalog knows
//
// A plain lookup answers COS codes too (cos-go-sdk-v5's *cos.ErrorResponse
// carries them), marked as COS. A code declared nowhere is answered with the
// nearest known codes. Output is plain text, or JSON with -json. The exit
// status is 0 when everything asked for was found, 1 when something was not
// (an unknown code, product or action, a code the -product does not return,
// an empty listing), and 2 on a usage error.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }
