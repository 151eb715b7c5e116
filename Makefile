# mtlint — make targets. Needs only Go (1.26 or later).
GO      ?= go
BIN     := bin/mtlint
EXAMPLE := testdata/examples/port-strike.txt
FUZZTIME ?= 60s

.PHONY: all build test lint bench demo fuzz clean

all: lint test build

build:
	$(GO) build -o $(BIN) ./cmd/mtlint

# The test suite. Tests that read ../shared/corpus skip with a message when it is absent.
test:
	$(GO) test ./...

# gofmt and go vet must be clean.
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Lint the bundled example article and print the report (exit status 1: it has findings).
demo: build
	@./$(BIN) check $(EXAMPLE) || true

# Each fuzz target for FUZZTIME. Minimising an interesting input re-runs every
# check (and may load language models), so minimisation is kept short.
FUZZFLAGS = -run '^$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s
fuzz:
	$(GO) test ./article $(FUZZFLAGS) -fuzz FuzzParse
	$(GO) test ./article $(FUZZFLAGS) -fuzz FuzzIndex
	$(GO) test ./checks $(FUZZFLAGS) -fuzz FuzzEngine
	$(GO) test ./fix $(FUZZFLAGS) -fuzz FuzzFix
	$(GO) test ./fix $(FUZZFLAGS) -fuzz FuzzUnified
	$(GO) test ./report $(FUZZFLAGS) -fuzz FuzzJSONString
	$(GO) test ./reader $(FUZZFLAGS) -fuzz FuzzRead

clean:
	rm -rf bin
