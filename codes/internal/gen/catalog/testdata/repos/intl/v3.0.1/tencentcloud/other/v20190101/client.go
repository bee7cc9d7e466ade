package v20190101

type Client struct{}

// RunJob
// This API is used to run a job.
//
// Error code that may be returned:
//
//  INTERNALERROR_SYS_ERR = "InternalError.SYS_ERR"
//  MISSINGPARAMETER_ = "MissingParameter."
func (c *Client) RunJob(request *RunJobRequest) (response *RunJobResponse, err error) {
	return nil, nil
}

type (
	RunJobRequest  struct{}
	RunJobResponse struct{}
)
