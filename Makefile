# AccountDesk — two commands do everything on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, builds, opens the window
#   make test   installs what is missing (including test-only packages), runs every test
SHELL := /bin/bash
.DEFAULT_GOAL := help

GO_TOOLCHAIN        := go1.27.3
WAILS_VERSION       := v2.16.0
STATICCHECK_VERSION := v0.8.2
GOVULNCHECK_VERSION := v1.9.0
# The Go vulnerability database as published in golang.org/x/vulndb on the Go
# module proxy (vuln.go.dev itself is not reachable from every build machine).
# Newer: `go list -m -versions golang.org/x/vulndb` shows none (pseudo-versions);
# take the date-stamped one `go list -m golang.org/x/vulndb@latest` gives.
VULNDB_VERSION      := v0.0.0-20261105234957-e22db6528018
TAGS                := webkit2_41,sqlite_fts5
BIN                 := $(CURDIR)/.bin/$(GO_TOOLCHAIN)
WAILS               := $(BIN)/wails
export WAILS
VERSION             ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS             := -X main.version=$(VERSION)
APP                 := build/bin/accountdesk

APT_RUN  := libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config gcc
APT_TEST := xvfb chromium x11-utils xdotool imagemagick poppler-utils binutils dbus gnome-keyring apache2 rclone \
            libreoffice-calc-nogui python3-openpyxl python3-icalendar default-jre-headless
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export CGO_ENABLED := 1

# Go 1.27.3, fetched once from the Go module proxy (about 76 MB) by the go
# command itself: Go 1.26.8 has 13 standard-library vulnerabilities that the
# app reaches (net/http, crypto/tls, crypto/x509, html/template; see vulncheck
# below), fixed only in 1.26.9/1.26.10, which this machine's proxy does not
# serve. Exported so every go, wails and script run by make uses it; tools are
# built per toolchain so a Go 1.26 staticcheck never reads Go 1.27 sources.
export GOTOOLCHAIN := $(GO_TOOLCHAIN)

.PHONY: help run build test deps deps-apt deps-apt-test deps-go deps-npm tools generate check-generated \
        lint vulncheck test-go test-keyring fuzz-short lint-web test-web test-e2e test-desktop dist dist-linux dist-windows test-dist bench clean

help:
	@echo "make run    build and open AccountDesk (installs what is missing)"
	@echo "make test   run every test (installs what is missing)"
	@echo "make build  leave the app in $(APP)"
	@echo "make bench  benchmarks on a generated large workspace"

## ---- set-up -----------------------------------------------------------------

# Installs only the Debian packages that are missing, without recommends (which
# would pull in systemd and more).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-apt:
	$(call apt_install,$(APT_RUN))

deps-apt-test: deps-apt
	$(call apt_install,$(APT_TEST))

deps-go:
	@go mod download

# npm ci from the lock file; skipped when node_modules already matches it.
deps-npm: frontend/node_modules/.package-lock.json
frontend/node_modules/.package-lock.json: frontend/package-lock.json frontend/package.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

$(WAILS):
	GOBIN=$(BIN) CC=gcc go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION)

$(BIN)/staticcheck:
	GOBIN=$(BIN) go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

tools: $(WAILS)

deps: deps-apt deps-go deps-npm tools

## ---- build and run ----------------------------------------------------------

build: deps
	$(WAILS) build -tags "$(TAGS)" -ldflags "$(LDFLAGS)" -trimpath -m -skipbindings
	@ls -la $(APP)

run: build
	$(APP)

# Regenerates frontend/wailsjs from the bound Go structs.
generate: deps
	$(WAILS) generate module -tags "$(TAGS)"
	@chmod -R a-x,a+X frontend/wailsjs  # wails generate writes them executable

# CI fails when the committed bindings differ from what the Go code generates.
check-generated: generate
	@git -c core.fileMode=false diff --exit-code --stat -- frontend/wailsjs || \
	  (echo "frontend/wailsjs is stale: run 'make generate' and commit it"; exit 1)
	@test -z "$$(git -c core.fileMode=false status --porcelain -- frontend/wailsjs)" || \
	  (echo "frontend/wailsjs has uncommitted generated files: run 'make generate' and commit them"; exit 1)

## ---- tests ------------------------------------------------------------------

test: deps deps-apt-test check-generated lint vulncheck test-go test-keyring fuzz-short lint-web test-web build test-e2e test-desktop test-dist
	@echo "All tests passed."

lint: $(BIN)/staticcheck
	@test -z "$$(gofmt -l app backend main.go)" || (gofmt -l app backend main.go; echo "gofmt: files above need formatting"; exit 1)
	go vet -tags "$(TAGS)" ./...
	$(BIN)/staticcheck -tags "$(TAGS)" ./...
	node frontend/scripts/check-lockfile.mjs

# govulncheck against a local copy of the vulnerability database: fails when
# the app calls a function with a known vulnerability (stdlib or module).
VULNDB := $(BIN)/vulndb-$(VULNDB_VERSION)
$(VULNDB)/index/db.json:
	@dir=$$(go mod download -json golang.org/x/vulndb@$(VULNDB_VERSION) | sed -n 's/^\t"Dir": "\(.*\)",$$/\1/p'); \
	  test -d "$$dir/data/osv" || { echo "vulncheck: golang.org/x/vulndb@$(VULNDB_VERSION) has no data/osv"; exit 1; }; \
	  rm -rf $(VULNDB).tmp && go run golang.org/x/vulndb/cmd/indexdb@$(VULNDB_VERSION) -vulns "$$dir/data/osv" -out $(VULNDB).tmp && \
	  rm -rf $(VULNDB) && mv $(VULNDB).tmp $(VULNDB)

$(BIN)/govulncheck:
	GOBIN=$(BIN) go install golang.org/x/vuln/cmd/govulncheck@$(GOVULNCHECK_VERSION)

vulncheck: $(BIN)/govulncheck $(VULNDB)/index/db.json
	$(BIN)/govulncheck -db file://$(VULNDB) -tags "$(TAGS)" ./...

# ACCOUNTDESK_REQUIRE_TOOLS: tests that run real servers and readers
# (Apache, rclone, LibreOffice, Python's openpyxl, …) fail instead of
# skipping when one is missing.
test-go:
	ACCOUNTDESK_REQUIRE_TOOLS=1 go test -tags "$(TAGS)" -count=1 ./...

# Saved export places with their password in a real Secret Service (a private
# D-Bus session and gnome-keyring).
test-keyring: deps-apt-test
	scripts/test-keyring.sh

# A short run of every fuzz target (the committed corpus in testdata/fuzz runs
# in test-go; after a longer run, copy new entries from $(go env GOCACHE)/fuzz).
# A count, not a duration: with a duration, Go 1.26's fuzz coordinator can fail
# a target with a bare "context deadline exceeded" when a worker is mid-input
# as the time runs out on a loaded machine (golang/go#75804, fixed in Go 1.27);
# a count has no deadline to race, and is as long on a slow machine as on a
# fast one. 30000 inputs take 1–5 s per target here.
FUZZ_TIME ?= 30000x
# FuzzWorkbookText writes and re-reads a whole workbook per input (~20 ms) and FuzzImportFile
# opens and previews a whole file (~1.5 ms): fewer runs keep fuzz-short short.
FUZZ_TARGETS := \
	./backend/:FuzzSettingsValidate \
	./backend/:FuzzFTSQuery \
	./backend/:FuzzPeriodFiscalYear \
	./backend/:FuzzParseQuarter \
	./backend/:FuzzRelationsValidate \
	./backend/:FuzzPeerResponse \
	./backend/:FuzzCarryForwardPeriod \
	./app/:FuzzHTTPArguments \
	./backend/vault/:FuzzDecryptBackup \
	./backend/export/:FuzzSlug \
	./backend/export/:FuzzNewDestination \
	./backend/export/:FuzzRollup \
	./backend/export/:FuzzWebDAVListing \
	./backend/export/:FuzzICSText \
	./backend/export/:FuzzWorkbookText:500x \
	./backend/:FuzzCSVStyleForLocale \
	./backend/tabular/:FuzzOpenCSV \
	./backend/tabular/:FuzzOpenXLSX \
	./backend/tabular/:FuzzParseAmount \
	./backend/tabular/:FuzzParseDate \
	./backend/importer/:FuzzReadMapping \
	./backend/importer/:FuzzRows \
	./app/:FuzzImportFile:10000x:-test.fuzzminimizetime=0

fuzz-short:
	TAGS="$(TAGS)" FUZZ_TIME="$(FUZZ_TIME)" scripts/fuzz-short.sh $(FUZZ_TARGETS)

# ESLint (type-aware rules, hooks rules, feature boundaries) and Prettier over src/, e2e/, scripts/
# and the config files; both cache in node_modules/.cache, so a warm run takes seconds.
lint-web: deps-npm
	cd frontend && npm run -s lint

test-web: deps-npm
	cd frontend && npm run typecheck && npx vitest run

# Journeys two at a time: each waits on its app and browser much of the time
# (31 journeys: about 700 s of journey time in 360 s on two loaded cores).
test-e2e: build
	cd frontend && ACCOUNTDESK_BIN=$(CURDIR)/$(APP) node --test --test-concurrency=2 e2e/

test-desktop: build
	scripts/desktop-smoke.sh $(APP)
	scripts/desktop-close-saves.sh $(APP)
	scripts/desktop-import.sh $(APP)

# Linux packages (.deb, .rpm, .tar.gz) in build/dist with nfpm.
dist-linux: deps-apt-test build
	scripts/package-linux.sh $(VERSION)

# Windows exe and NSIS installer, signed when ACCOUNTDESK_SIGN_CERT/_PASSWORD are set.
dist-windows: build
	$(call apt_install,gcc-mingw-w64-x86-64 nsis osslsigncode openssl)
	scripts/package-windows.sh $(VERSION)

dist: dist-linux dist-windows

# Installs the .deb here, runs it, uninstalls it; signs the Windows files with
# a throwaway certificate and verifies them; runs the Windows command line
# under Wine.
test-dist: dist-linux
	scripts/test-deb.sh
	$(call apt_install,gcc-mingw-w64-x86-64 nsis osslsigncode openssl wine wine64)
	scripts/test-windows-signing.sh 1.2.3
	scripts/test-windows-wine.sh build/dist/accountdesk.exe

# The whole performance run in one go (scripts/bench.sh): a 5 000-account
# workspace, every Go benchmark, the window beside the stock Wails template on
# that workspace, the portfolio export, and the first screens in Chromium.
# Well over 10 minutes here (docs/performance.md); the report is in build/bench/report.txt.
bench: deps-apt-test deps-npm build
	TAGS="$(TAGS)" scripts/bench.sh $(APP) "$(WAILS)"

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
