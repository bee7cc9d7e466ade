package codes

//go:generate go run ./internal/gen/catalog -pins internal/gen/catalog/pins.tsv -out catalog.bin
