package v20220613

type Client struct{}
