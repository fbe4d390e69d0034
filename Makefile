# cybermap: settings first, rules below.  `make V=1` shows full commands;
# `make SANITIZE=address,undefined test` runs the suite under the sanitizers.

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
DATADIR = $(PREFIX)/share/cybermap
MANDIR = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/site-functions

CC ?= cc
PKGS = yaml-0.1 libpcre2-8 libcgraph libgvc
# Graphviz is opened with dlopen on the first drawing (lib/graphviz.c), so
# only its headers are needed at build time; its sonames come from here.
LINK_PKGS = yaml-0.1 libpcre2-8
soname = $(shell objdump -p "$$(pkg-config --variable=libdir $(1) 2>/dev/null)/$(2)" 2>/dev/null | awk '/SONAME/ {print $$2}')
# Warnings are errors for developers and in CI; a packager building with
# another compiler can turn that off with `make WERROR=`.
WERROR ?= -Werror
WARNINGS = -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wpointer-arith -Wformat=2 -Wvla
CFLAGS ?= -O2 -g
# emscripten, for the library in the browser (make wasm, site-assets)
EMCC ?= emcc
# include/ is the public interface: the only header directory the program,
# the web site (site/), the examples and the benchmarks see.  lib/ (and its
# white-box unit tests and fuzz targets) also see the library's private
# headers; site/ sees its own (and cmd/site.c the site's entry point).
CPPFLAGS += -Iinclude -DCM_DATADIR='"$(DATADIR)/graphs"' -DCM_SITE_ASSETS='"$(DATADIR)/site"' \
	-D_POSIX_C_SOURCE=200809L
PRIVATE_CPPFLAGS = -Ilib
ALL_CFLAGS = -std=c11 -pthread -fPIC $(WARNINGS) $(CFLAGS) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS = $(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null) -ldl -pthread

# Debian packages the build, the tests and the diagrams need.
DEB_PACKAGES = gcc make pkg-config libyaml-dev libpcre2-dev libgraphviz-dev graphviz \
	fonts-noto-cjk jq mandoc clang libclang-rt-14-dev python3 python3-yaml python3-networkx \
	valgrind bash-completion zsh chromium emscripten

ifdef SANITIZE
BUILD = build/san
ALL_CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all -DCM_ARENA_DEBUG
LDFLAGS += -fsanitize=$(SANITIZE)
PROGRAM = $(BUILD)/cybermap
else
BUILD = build/release
PROGRAM = cybermap
endif

ifeq ($(V),1)
Q =
else
Q = @
endif

LIB_SRC = $(wildcard lib/*.c)
CMD_SRC = $(wildcard cmd/*.c)
SITE_SRC = $(wildcard site/*.c)
UNIT_SRC = $(wildcard tests/unit/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
CMD_OBJ = $(CMD_SRC:%.c=$(BUILD)/%.o)
SITE_OBJ = $(SITE_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=$(BUILD)/%.o)
LIBRARY = $(BUILD)/libcybermap.a
VERSION = 0.1.0
SONAME = libcybermap.so.0
SHARED = $(BUILD)/libcybermap.so.$(VERSION)
UNIT_TESTS = $(BUILD)/unit-tests
FAULT_TEST = $(BUILD)/fault-injection
FUZZ_TARGETS = load resolve search dates escape events
REPLAYS = $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay-%)

.PHONY: all test deps install uninstall clean demo bench bench-deps bench-queries fuzz valgrind

all: $(PROGRAM) $(SHARED) $(BUILD)/cybermap.pc $(if $(shell command -v $(EMCC) 2>/dev/null),site-assets)

# The site's own stylesheet and script, carried in the program.
site/static.h: site/static/embed.sh site/static/style.css site/static/site.js
	$(Q)sh site/static/embed.sh

$(BUILD)/site/pages.o: site/static.h

CGRAPH_SONAME := $(call soname,libcgraph,libcgraph.so)
GVC_SONAME := $(call soname,libgvc,libgvc.so)
$(BUILD)/lib/graphviz.o: CPPFLAGS += $(if $(CGRAPH_SONAME),-DCM_CGRAPH_SONAME='"$(CGRAPH_SONAME)"') \
	$(if $(GVC_SONAME),-DCM_GVC_SONAME='"$(GVC_SONAME)"')

$(BUILD)/lib/%.o $(BUILD)/tests/unit/%.o: CPPFLAGS += $(PRIVATE_CPPFLAGS)
# the site is a client of the public interface: no -Ilib
$(BUILD)/site/%.o $(BUILD)/cmd/site.o $(BUILD)/tests/unit/test_site.o: CPPFLAGS += -Isite
# what the site copies into its assets/ (the ask page's scripts), installed
# from SITE_ASSETS_DIR when that was built
SITE_ASSETS_DIR ?= build/site

$(BUILD)/%.o: %.c include/cybermap.h
	@mkdir -p $(dir $@)
	@[ "$(V)" = 1 ] || echo "  CC  $<"
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(LIBRARY): $(LIB_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

$(SHARED): $(LIB_OBJ)
	$(Q)$(CC) -shared -Wl,-soname,$(SONAME) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/cybermap.pc: cybermap.pc.in Makefile
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' $< >$@

# the program is cmd/ and the site, over the library
$(PROGRAM): $(CMD_OBJ) $(SITE_OBJ) $(LIBRARY)
	@[ "$(V)" = 1 ] || echo "  LD  $@"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CMD_OBJ) $(SITE_OBJ) $(LIBRARY) $(LIBS)

$(UNIT_TESTS): $(UNIT_OBJ) $(SITE_OBJ) $(LIBRARY)
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(SITE_OBJ) $(LIBRARY) $(LIBS)

# the examples suite builds programs against the library the way a user
# would, with this build's compiler flags (the sanitizers need theirs)
EXAMPLE_ENV = EXAMPLE_CC="$(CC) -std=c11 -pthread $(WARNINGS) $(CFLAGS) $(filter -fsanitize=%,$(ALL_CFLAGS)) $(LDFLAGS)" \
	EXAMPLE_LIBS="$(abspath $(LIBRARY)) $(LIBS)"

test: $(PROGRAM) $(UNIT_TESTS) $(REPLAYS) $(BUILD)/bench-floor $(FAULT_TEST) $(if $(shell command -v $(EMCC) 2>/dev/null),site-assets)
	$(Q)CYBERMAP=$(abspath $(PROGRAM)) UNIT_TESTS=$(UNIT_TESTS) REPLAY_DIR=$(BUILD) \
		FAULT_TEST=$(abspath $(FAULT_TEST)) $(EXAMPLE_ENV) sh tests/run.sh

# Fault injection (tests/fault.c): the library's own calls to the allocators
# go through wrappers that fail each in turn.
FAULT_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup
$(FAULT_TEST): tests/fault.c $(LIBRARY)
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/fault.c $(LIBRARY) $(LIBS) $(FAULT_WRAP)

# Install the Debian packages that are missing (as root, or through sudo).
deps:
	@missing=; for p in $(DEB_PACKAGES); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
	@[ -d tests/browser/node_modules/playwright-core ] || \
		(cd tests/browser && npm install --no-audit --no-fund --no-package-lock --silent)
	@[ -f site/node_modules/@viz-js/viz/lib/viz-standalone.js ] || \
		(cd site && npm install --no-audit --no-fund --no-package-lock --silent)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR) \
		$(DESTDIR)$(DATADIR)/graphs $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(PROGRAM) $(DESTDIR)$(BINDIR)/cybermap
	install -m 644 $(LIBRARY) $(DESTDIR)$(LIBDIR)/libcybermap.a
	install -m 755 $(SHARED) $(DESTDIR)$(LIBDIR)/libcybermap.so.$(VERSION)
	ln -sf libcybermap.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libcybermap.so
	install -m 644 $(BUILD)/cybermap.pc $(DESTDIR)$(LIBDIR)/pkgconfig/cybermap.pc
	install -m 644 include/cybermap.h $(DESTDIR)$(INCLUDEDIR)/cybermap.h
	install -m 644 graphs/*.yaml $(DESTDIR)$(DATADIR)/graphs/
	@if [ -d "$(SITE_ASSETS_DIR)" ]; then \
		install -d $(DESTDIR)$(DATADIR)/site && \
		find "$(SITE_ASSETS_DIR)" -maxdepth 1 -type f ! -name '.*' \
			-exec install -m 644 {} $(DESTDIR)$(DATADIR)/site/ \; ; \
	fi
	install -m 644 docs/cybermap.1 $(DESTDIR)$(MANDIR)/man1/cybermap.1
	install -m 644 docs/cybermap.3 $(DESTDIR)$(MANDIR)/man3/cybermap.3
	install -m 644 docs/cybermap-map.5 $(DESTDIR)$(MANDIR)/man5/cybermap-map.5
	install -m 644 completion/cybermap.bash $(DESTDIR)$(BASHCOMPDIR)/cybermap
	install -m 644 completion/_cybermap $(DESTDIR)$(ZSHCOMPDIR)/_cybermap

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/cybermap $(DESTDIR)$(LIBDIR)/libcybermap.a \
		$(DESTDIR)$(LIBDIR)/libcybermap.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
		$(DESTDIR)$(LIBDIR)/libcybermap.so $(DESTDIR)$(LIBDIR)/pkgconfig/cybermap.pc \
		$(DESTDIR)$(INCLUDEDIR)/cybermap.h $(DESTDIR)$(MANDIR)/man1/cybermap.1 \
		$(DESTDIR)$(MANDIR)/man3/cybermap.3 $(DESTDIR)$(MANDIR)/man5/cybermap-map.5 \
		$(DESTDIR)$(BASHCOMPDIR)/cybermap $(DESTDIR)$(ZSHCOMPDIR)/_cybermap
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build cybermap

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(SITE_OBJ:.o=.d) $(UNIT_OBJ:.o=.d)

# The main job on the bundled map: validate it and answer a few questions.
demo: all
	@# emscripten may have been installed by `make deps` in this very run
	@if command -v $(EMCC) >/dev/null 2>&1; then $(MAKE) -s site-assets; fi
	./$(PROGRAM) check
	./$(PROGRAM) show cisa
	./$(PROGRAM) search 'サイバー統括|National Cyber Director'
	./$(PROGRAM) stats
	./$(PROGRAM) site -o build/demo-site

# Benchmarks (not tests): path and reach on a synthetic map of BENCH_NODES.
BENCH_NODES ?= 100000
BENCH_DIR = build/bench
$(BUILD)/query_bench: bench/query_bench.c $(LIBRARY)
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(LIBRARY) $(LIBS)

$(BUILD)/bench-floor: bench/floor.c
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(shell pkg-config --libs yaml-0.1)

# The benchmark suite against the libyaml floor, networkx, igraph and gvpr.
BENCH_SIZES ?= 500 10000 100000
BENCH_RUNS ?= 3
bench-deps:
	@for p in python3-yaml python3-networkx python3-igraph graphviz time; do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

bench: $(PROGRAM) $(BUILD)/bench-floor
	CYBERMAP=$(abspath $(PROGRAM)) FLOOR=$(abspath $(BUILD)/bench-floor) sh bench/run.sh "$(BENCH_SIZES)" $(BENCH_RUNS)

bench-queries: $(BUILD)/query_bench
	python3 bench/gen.py $(BENCH_NODES) $(BENCH_DIR)/$(BENCH_NODES)
	$(BUILD)/query_bench $(BENCH_DIR)/$(BENCH_NODES) s.n0 s.n$$(($(BENCH_NODES) - 20))

# Fuzzing: `make fuzz FUZZ_SECONDS=N` builds each target with libFuzzer and
# the sanitizers (clang) and runs it for N seconds over a corpus seeded from
# tests/fuzz/TARGET, the map and the bad-input corpus.  New crashes are
# written to build/fuzz/crash-TARGET-*; keep each in tests/fuzz/TARGET/.
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-DCM_ARENA_DEBUG -Iinclude -Ilib -Ifuzz -D_POSIX_C_SOURCE=200809L -std=c11 \
	$(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_DIR = build/fuzz
FUZZ_LIB_SRC = $(LIB_SRC) fuzz/common.c

$(FUZZ_DIR)/fuzz-%: fuzz/fuzz_%.c $(FUZZ_LIB_SRC) $(wildcard lib/*.h) include/cybermap.h fuzz/fuzz.h
	@mkdir -p $(FUZZ_DIR)
	$(Q)$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB_SRC) $(LIBS)

fuzz: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz-%)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus-$$t tests/fuzz/$$t; \
		echo "fuzz $$t for $(FUZZ_SECONDS) s"; \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		$(FUZZ_DIR)/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-dict=fuzz/map.dict -artifact_prefix=$(FUZZ_DIR)/crash-$$t- \
			-print_final_stats=1 $(FUZZ_DIR)/corpus-$$t tests/fuzz/$$t \
			$$(case $$t in load) echo graphs tests/bad;; esac) \
			2>$(FUZZ_DIR)/log-$$t || { tail -n 30 $(FUZZ_DIR)/log-$$t; exit 1; }; \
		grep -E "stat::number_of_executed_units|cov:" $(FUZZ_DIR)/log-$$t | tail -n 2; \
	done

# The replay drivers: every saved input, run by the ordinary test suite.
$(BUILD)/fuzz-replay-%: fuzz/fuzz_%.c fuzz/replay.c fuzz/common.c $(LIBRARY)
	$(Q)$(CC) $(CPPFLAGS) $(PRIVATE_CPPFLAGS) -Ifuzz $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< fuzz/replay.c fuzz/common.c $(LIBRARY) $(LIBS)


# The whole suite with every program run under valgrind memcheck.
valgrind: $(PROGRAM) $(UNIT_TESTS) $(REPLAYS)
	$(Q)VALGRIND_PROGRAM=$(abspath $(PROGRAM)) CYBERMAP=$(abspath tests/valgrind.sh) \
		UNIT_TESTS="$(abspath tests/valgrind-unit.sh)" VALGRIND_UNIT=$(abspath $(UNIT_TESTS)) \
		REPLAY_DIR=$(BUILD) $(EXAMPLE_ENV) sh tests/run.sh

# ---- the library compiled to WebAssembly, for the web site ----
# Debian's emscripten; its cache copied where it may be written (the
# package's is frozen) and Debian's node modules made visible (PITFALLS.md).
# The browser has no libyaml, PCRE2 or Graphviz: the map travels as a
# snapshot (lib/snapshot.c), patterns use the browser's RegExp
# (lib/wasm/pattern_regexp.c), and charts leave as DOT (lib/wasm/graphviz_dot.c)
# for Graphviz compiled to WebAssembly (@viz-js/viz) to draw.  Only the
# headers of libyaml and Graphviz are used, for their types.
WASM = build/wasm
WASM_LIB_SRC = $(filter-out lib/yamlparse.c lib/pattern.c lib/graphviz.c lib/graphviz_ids.c \
	lib/site.c lib/site_dir.c lib/remove_tree.c,$(LIB_SRC)) $(wildcard lib/wasm/*.c)
WASM_CMD_SRC = $(filter-out cmd/site.c,$(CMD_SRC)) cmd/wasm/site.c
WASM_OBJ = $(WASM_LIB_SRC:%.c=$(WASM)/%.o) $(WASM_CMD_SRC:%.c=$(WASM)/%.o)
# as natively, cmd/ sees only include/; lib/ also its own headers
WASM_FLAGS = -std=c11 -O2 $(WARNINGS) -Iinclude -I$(WASM)/include \
	-D_POSIX_C_SOURCE=200809L -DCM_DATADIR='"/map.snapshot"'
WASM_LINK = -O2 -sSINGLE_FILE=1 -sMODULARIZE=1 -sEXPORT_NAME=CybermapEngine -sINVOKE_RUN=0 \
	-sEXIT_RUNTIME=0 -sALLOW_MEMORY_GROWTH=1 -sFORCE_FILESYSTEM=1 -sENVIRONMENT=web,node \
	-sEXPORTED_RUNTIME_METHODS=callMain,FS
EM_ENV = EM_CACHE=$(abspath $(WASM)/em-cache) EM_FROZEN_CACHE=0 NODE_PATH=/usr/share/nodejs

$(WASM)/include/.made:
	@mkdir -p $(WASM)/include
	@ln -sf /usr/include/yaml.h $(WASM)/include/yaml.h
	@ln -sfn /usr/include/graphviz $(WASM)/include/graphviz
	@[ -d $(WASM)/em-cache ] || cp -r /usr/share/emscripten/cache $(WASM)/em-cache
	@touch $@

$(WASM)/lib/%.o: lib/%.c $(WASM)/include/.made
	@mkdir -p $(dir $@)
	@[ "$(V)" = 1 ] || echo "  EMCC $<"
	$(Q)$(EM_ENV) $(EMCC) $(WASM_FLAGS) -Ilib -MMD -MP -c -o $@ $<

$(WASM)/cmd/%.o: cmd/%.c $(WASM)/include/.made
	@mkdir -p $(dir $@)
	@[ "$(V)" = 1 ] || echo "  EMCC $<"
	$(Q)$(EM_ENV) $(EMCC) $(WASM_FLAGS) -MMD -MP -c -o $@ $<

$(WASM)/engine.js: $(WASM_OBJ)
	@echo "  EMLD $@"
	$(Q)$(EM_ENV) $(EMCC) $(WASM_LINK) -o $@ $(WASM_OBJ)

-include $(WASM_OBJ:.o=.d)

wasm: $(WASM)/engine.js

# What `cybermap site` copies into a site's assets/ for ask.html: the engine,
# Graphviz for the browser, the page's script and style (the map itself,
# map.js, is written by `site` from the map it is given).
SITE_ASSETS = build/site
VIZ_JS = site/node_modules/@viz-js/viz/lib/viz-standalone.js
$(SITE_ASSETS)/engine.js: $(WASM)/engine.js
	@mkdir -p $(SITE_ASSETS)
	cp $< $@
$(SITE_ASSETS)/viz.js: $(VIZ_JS)
	@mkdir -p $(SITE_ASSETS)
	cp $< $@
$(SITE_ASSETS)/%: site/ask/%
	@mkdir -p $(SITE_ASSETS)
	cp $< $@
site-assets: $(SITE_ASSETS)/engine.js $(SITE_ASSETS)/viz.js $(SITE_ASSETS)/ask.js $(SITE_ASSETS)/ask.css
.PHONY: wasm site-assets
