package v20200217

import (
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type DeleteClusterRequest struct {
	*tchttp.BaseRequest

	ClusterId *string `json:"ClusterId,omitempty" name:"ClusterId"`
}

type DeleteClusterResponseParams struct {
	ClusterId *string `json:"ClusterId,omitempty" name:"ClusterId"`
	RequestId *string `json:"RequestId,omitempty" name:"RequestId"`
}

type DeleteClusterResponse struct {
	*tchttp.BaseResponse
	Response *DeleteClusterResponseParams `json:"Response"`
}

type DescribeRocketMQClusterRequest struct {
	*tchttp.BaseRequest

	ClusterId *string `json:"ClusterId,omitempty" name:"ClusterId"`
}

type DescribeRocketMQClusterResponseParams struct {
	RequestId *string `json:"RequestId,omitempty" name:"RequestId"`
}

type DescribeRocketMQClusterResponse struct {
	*tchttp.BaseResponse
	Response *DescribeRocketMQClusterResponseParams `json:"Response"`
}
