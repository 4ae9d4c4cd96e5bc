# Thin wrapper around CMake: install what is missing, configure, build, act.
#   make run [SCRIPT=x.py]   run examples/tour.py (or SCRIPT) with build/ouro
#   make test                the whole suite (Check units + golden scripts)
#   make test-sanitize       the same suite under ASan+UBSan, plain malloc and
#                            the switch-dispatch VM (so CI builds both loops)
#   make regen               rewrite golden expectations from python3.11
#   make bench               benchmarks against python3.11

PACKAGES := cmake re2c lemon check pkg-config libgmp-dev libedit-dev python3
JOBS     := $(shell nproc 2>/dev/null || echo 2)
SCRIPT   ?= examples/tour.py
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build build-sanitize run test test-sanitize regen bench clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

build: deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build -j $(JOBS)

build-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DOU_SANITIZE=ON -DOU_OBMALLOC=OFF -DOU_DEBUG=ON -DOU_COMPUTED_GOTO=OFF >/dev/null
	cmake --build build-sanitize -j $(JOBS)

run: build
	./build/ouro $(SCRIPT)

test: build
	cd build && ctest -j $(JOBS) --output-on-failure

test-sanitize: build-sanitize
	cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 ctest -j $(JOBS) --output-on-failure

regen: build
	python3 tests/golden.py --regen

bench: build
	python3 bench/run.py ./build/ouro

clean:
	rm -rf build build-sanitize
