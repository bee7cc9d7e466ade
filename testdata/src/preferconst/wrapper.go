package preferconst

import (
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

func describe(client *cvm.Client) error {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err
}

func deleteVpc(client *vpc.Client) error {
	_, err := client.DeleteVpc(vpc.NewDeleteVpcRequest())
	return err
}
