// Package common is a test stub of a repackaged fork of
// tencentcloud-sdk-go/tencentcloud/common v1.3.210 living under another
// module path: same layout and API, different import path. The analyzer
// must recognise SDK packages by layout, not by module path.
package common

// CredentialIface is what product NewClient functions accept.
type CredentialIface interface {
	GetSecretId() string
	GetToken() string
	GetSecretKey() string
	GetCredential() (string, string, string)
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

func (c *Credential) GetCredential() (string, string, string) {
	return c.SecretId, c.SecretKey, c.Token
}
