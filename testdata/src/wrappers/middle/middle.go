package middle // want package:"sdkUser"

// middle imports no SDK package, only the wrapper: it is analyzed because
// cloud exported facts, and it exports its own.

import (
	"context"

	"wrappers/cloud"
)

func EnsureStarted(ctx context.Context, s *cloud.Service) error { // want EnsureStarted:`errorFrom\(cvm.StartInstances, wrapped\)`
	if err := s.Start(ctx); err != nil {
		return cloud.Wrap(err)
	}
	return nil
}
