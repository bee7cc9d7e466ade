// Command tcerrcheck-sample is a small program written the way real callers
// of the Tencent Cloud Go SDK write: it is what tcerrcheck's demo and
// integration test run on. It builds against the real SDK modules and never
// needs the network to build.
//
// Lines ending in a "want:" comment are defects tcerrcheck must report with
// that category; every other comparison is correct and must stay silent.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

const region = "ap-guangzhou"

func main() {
	cred := common.NewCredential(os.Getenv("TENCENTCLOUD_SECRET_ID"), os.Getenv("TENCENTCLOUD_SECRET_KEY"))
	cpf := profile.NewClientProfile()
	cvmClient, err := cvm.NewClient(cred, region, cpf)
	if err != nil {
		log.Fatal(err)
	}
	cdnClient, err := cdn.NewClient(cred, region, cpf)
	if err != nil {
		log.Fatal(err)
	}
	vpcClient, err := vpc.NewClient(cred, region, cpf)
	if err != nil {
		log.Fatal(err)
	}
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: tcerrcheck-sample start|terminate|launch|purge|cleanup|intl ARG")
		os.Exit(2)
	}
	ctx := context.Background()
	arg := os.Args[2]
	switch os.Args[1] {
	case "start":
		err = start(ctx, cvmClient, arg)
	case "terminate":
		err = terminateInstance(cvmClient, arg)
	case "launch":
		var id string
		id, err = runInstance(cvmClient, arg, "S5.MEDIUM2", region+"-3", fmt.Sprint(os.Getpid()))
		fmt.Println(id)
	case "purge":
		var ok bool
		if ok, err = domainExists(cdnClient, arg); err == nil && ok {
			err = purgeSite(cdnClient, []string{"https://" + arg + "/"})
		}
	case "cleanup":
		err = cleanup(ctx, vpcClient, arg)
	case "intl":
		err = intlStatus(arg)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// start starts an instance after checking it exists.
func start(ctx context.Context, client *cvm.Client, id string) error {
	inst, err := describeInstance(client, id)
	if err != nil {
		return err
	}
	if inst == nil {
		return fmt.Errorf("instance %s not found", id)
	}
	if err := ensureRunning(ctx, &instanceService{client: client}, id); err != nil {
		return startFailed(id, err)
	}
	return nil
}

// cleanup unbinds and releases the VPC's elastic IPs, then deletes the VPC and its
// default security group.
func cleanup(ctx context.Context, client *vpc.Client, vpcID string) error {
	vpcs, err := listVpcs(client, []string{vpcID})
	if err != nil || len(vpcs) == 0 {
		return err
	}
	addresses, err := describeAddresses(ctx, client)
	if err != nil {
		return err
	}
	for _, a := range addresses.Response.AddressSet {
		if a.InstanceId != nil && *a.InstanceId != "" {
			if err := disassociateAddress(ctx, client, *a.AddressId); err != nil {
				return err
			}
		}
		if err := releaseAddress(ctx, client, *a.AddressId); err != nil {
			return err
		}
	}
	if err := deleteSecurityGroup(client, "sg-"+vpcID[len("vpc-"):]); err != nil {
		return err
	}
	return deleteVpc(client, vpcID)
}
