# The two commands of the README: `make run` runs the main job, `make test` the whole test suite.
# Both install missing system packages first (scripts/ensure-deps).

SWIFT ?= swift
BIN = .build/debug/channelflow

.PHONY: deps build run test bench release

deps:
	@scripts/ensure-deps

build: deps
	$(SWIFT) build --product channelflow

SAMPLE_SUBJECT = 91110000600037341L

# Lints the shipped files, then runs the sample new-certificate order (sandbox providers) on the
# default database ./channelflow.sqlite and shows it. An earlier demo order of the sample company
# is cancelled first: one open application per subject is the rule.
run: build
	$(BIN) lint
	@$(BIN) orders list --subject $(SAMPLE_SUBJECT) | awk -F'\t' '$$4 ~ /^(active|waiting)/ {print $$1}' | \
		while read order; do $(BIN) cancel "$$order"; done
	$(BIN) run --channel ca_outlet --flow new_certificate --answers Examples/answers/ca_outlet-new_certificate.yaml
	$(BIN) show "$$($(BIN) orders list --subject $(SAMPLE_SUBJECT) --limit 1 | cut -f1)"

# The tests run beside a private PC/SC stack (pcscd + the vpcd virtual reader), stopped afterwards.
PCSC_DIR ?= $(or $(TMPDIR),/tmp)/channelflow-pcsc

test: deps
	$(SWIFT) build --build-tests
	scripts/pcsc-stack $(PCSC_DIR) -- $(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product channelflow

bench: release
	.build/release/channelflow bench yaml
	.build/release/channelflow bench hostile
	.build/release/channelflow bench lint
	.build/release/channelflow bench engine
	.build/release/channelflow bench serve
