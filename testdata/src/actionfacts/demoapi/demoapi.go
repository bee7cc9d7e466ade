// Package demoapi wraps the made-up demo product, which the catalog does
// not know: its callers learn the actions' lists from the product's fact.
package demoapi // want package:"sdkUser"

import demo "example.com/factsdk/tencentcloud/demo/v20200101"

// Service calls demo.
type Service struct{ client *demo.Client }

// Other calls DoOther.
func (s *Service) Other() error { // want Other:`errorFrom\(demo.DoOther\)`
	return s.client.DoOther(demo.NewDoOtherRequest())
}
