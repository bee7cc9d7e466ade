// Command catalog generates codes/catalog.bin, the embedded catalog of the
// error codes every Tencent Cloud SDK product declares, with the releases
// that declared each and the codes each action documents.
//
// It reads the SDK's git repositories (bare mirrors will do): every
// release tag vMAJOR.MINOR.PATCH up to the one given, the errors.go files
// of every product's API version directories at each, and the client.go
// files of each product's newest state. Run it through go generate ./codes
// with the repositories named by environment variables:
//
//	TCERRCHECK_SDK_GIT=/path/to/tencentcloud-sdk-go.git \
//	TCERRCHECK_SDK_INTL_GIT=/path/to/tencentcloud-sdk-go-intl-en.git \
//	go generate ./codes
package main

import (
	"flag"

	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("catalog: ")
	sdk := flag.String("sdk", "", "git `repository` of github.com/tencentcloud/tencentcloud-sdk-go")
	sdkRelease := flag.String("sdk-release", "", "newest release `tag` of -sdk to read (v1.3.166)")
	intl := flag.String("intl", "", "git `repository` of github.com/tencentcloud/tencentcloud-sdk-go-intl-en")
	intlRelease := flag.String("intl-release", "", "newest release `tag` of -intl to read (v3.0.1474)")
	out := flag.String("out", "catalog.bin", "output `file`")
	flag.Parse()
	if *sdk == "" || *sdkRelease == "" || *intl == "" || *intlRelease == "" {
		log.Fatal("need -sdk, -sdk-release, -intl and -intl-release (see go doc ./codes/internal/gen/catalog)")
	}
	repos := []sdkRepo{
		{name: "tencentcloud-sdk-go", module: "github.com/tencentcloud/tencentcloud-sdk-go", dir: *sdk, release: *sdkRelease},
		{name: "tencentcloud-sdk-go-intl-en", module: "github.com/tencentcloud/tencentcloud-sdk-go-intl-en", dir: *intl, release: *intlRelease},
	}
	if err := generate(repos, *out); err != nil {
		log.Fatal(err)
	}
}

// generate is the whole run: repositories in, catalog file out. Nothing is
// written unless every release reads and parses.
func generate(repos []sdkRepo, out string) error {
	c, err := buildCatalog(repos)
	if err != nil {
		return err
	}
	b := encode(c)
	// Write beside the target and rename, so an interrupted run never
	// leaves a truncated catalog to be embedded.
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return err
	}
	log.Printf("%s: %d bytes; %s", out, len(b), c.release)
	s := summarize(c)
	log.Printf("all flavors: %d products, %d codes, %d actions at their newest releases; %d product-code pairs removed", s.products, s.codes, s.actions, s.removedPairs)
	for _, f := range c.flavors {
		s := f.summarize()
		log.Printf("%s at %s: %d products, %d codes, %d actions; %d products and %d product-code pairs dropped before", f.name, f.releases[len(f.releases)-1].tag, s.products, s.codes, s.actions, s.droppedProducts, s.removedPairs)
	}
	return nil
}
