// Package common is a test stub of tencentcloud-sdk-go-intl-en/tencentcloud/common
// (v3.0.646+incompatible): the base Client every product client embeds, credentials and
// pointer helpers. Send never touches the network; it fails with the SDK's
// own ClientError.NetworkError, which is what a real call does offline.
package common

// CredentialIface is what product NewClient functions accept.
type CredentialIface interface {
	GetSecretId() string
	GetToken() string
	GetSecretKey() string
}

// Credential is the plain SecretId/SecretKey(/Token) credential.
type Credential struct {
	SecretId  string
	SecretKey string
	Token     string
}

func NewCredential(secretId, secretKey string) *Credential {
	return &Credential{
		SecretId:  secretId,
		SecretKey: secretKey,
	}
}

func NewTokenCredential(secretId, secretKey, token string) *Credential {
	return &Credential{
		SecretId:  secretId,
		SecretKey: secretKey,
		Token:     token,
	}
}

func (c *Credential) GetSecretKey() string { return c.SecretKey }
func (c *Credential) GetSecretId() string  { return c.SecretId }
func (c *Credential) GetToken() string     { return c.Token }
