# The two commands of the README: `make run` runs the main job, `make test` the whole test suite.
# Both install missing system packages first (scripts/ensure-deps).

SWIFT ?= swift
BIN = .build/debug/channelflow

.PHONY: deps build run test bench release

deps:
	@scripts/ensure-deps

build: deps
	$(SWIFT) build --product channelflow

run: build
	$(BIN) lint
	$(BIN) catalog

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product channelflow

bench: release
	.build/release/channelflow bench yaml
	.build/release/channelflow bench hostile
	.build/release/channelflow bench lint
