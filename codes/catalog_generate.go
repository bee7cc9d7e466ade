package codes

// Regenerating the catalog needs the SDK's two git repositories (bare
// mirrors will do; see the README): name them in TCERRCHECK_SDK_GIT and
// TCERRCHECK_SDK_INTL_GIT. The releases read up to are pinned here.
//
//go:generate go run ./internal/gen/catalog -sdk $TCERRCHECK_SDK_GIT -sdk-release v1.3.166 -intl $TCERRCHECK_SDK_INTL_GIT -intl-release v3.0.1474 -out catalog.bin
