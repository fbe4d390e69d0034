#!/bin/sh
# valgrind-unit.sh: the unit tests under valgrind memcheck (`make valgrind`).
VALGRIND_PROGRAM=${VALGRIND_UNIT:?set VALGRIND_UNIT} exec "$(dirname "$0")/valgrind.sh" "$@"
