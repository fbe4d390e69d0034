#!/bin/sh
# valgrind.sh: runs a program under valgrind memcheck for the test suite
# (`make valgrind`).  Any error of ours, or a definite leak outside the
# libraries tests/valgrind.supp names, makes it exit 99, which no test expects.
here=$(cd "$(dirname "$0")" && pwd)
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
	--errors-for-leak-kinds=definite --suppressions="$here/valgrind.supp" \
	"${VALGRIND_PROGRAM:?set VALGRIND_PROGRAM}" "$@"
