#!/bin/sh
# completion.sh: the real completion functions, in bash (with no
# bash-completion package loaded) and zsh, for `cybermap` on PATH and for
# `./cybermap`.  Prints "ok NAME" or "not ok NAME" per case (run by
# tests/run.sh).  CYBERMAP is the program under test; WORK a scratch dir.
set -u
root=$(pwd)
bindir=$WORK/completion-bin
here=$WORK/completion-here
mkdir -p "$bindir" "$here"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$CYBERMAP" >"$bindir/cybermap"
chmod +x "$bindir/cybermap"
cp "$bindir/cybermap" "$here/cybermap"
export CYBERMAP_DATA="$root/graphs"

# bash_complete CWORD WORD...: the candidates, one per line (WORD 0 is the program)
bash_complete() {
	(cd "$here" && PATH="$bindir:$PATH" bash --norc --noprofile -c '
		. "$1/completion/cybermap.bash"
		shift; COMP_CWORD=$1; shift; COMP_WORDS=("$@")
		_cybermap; printf "%s\n" "${COMPREPLY[@]}"' - "$root" "$@")
}

zsh_complete() {
	(cd "$here" && PATH="$bindir:$PATH" zsh -f -c '
		compadd() { while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -M ]] && shift; shift; done; shift; print -rl -- "$@"; }
		_files() { print __files__; }
		source "$1/completion/_cybermap" >/dev/null 2>&1
		shift; CURRENT=$1; shift; words=("$@")
		_cybermap' - "$root" "$@")
}

check() { # name command...
	name=$1
	shift
	if "$@" >/dev/null 2>&1; then echo "ok $name"; else echo "not ok $name"; fi
}

has() { # expected candidate-list-file
	grep -qxF -- "$1" "$2"
}

for program in cybermap ./cybermap; do
	tag=$(echo "$program" | tr -d './')
	[ "$program" = ./cybermap ] && tag=dot-slash
	bash_complete 1 "$program" "" >"$WORK/c-commands"
	for c in $("$CYBERMAP" --help | awk '/^commands:/ {c=1; next} /^$/ {c=0} c {print $1}'); do
		check "bash-$tag-command-$c" has "$c" "$WORK/c-commands"
	done
	bash_complete 1 "$program" "--" >"$WORK/c-options"
	for o in data format output as-of country lang no-cache quiet help version; do
		check "bash-$tag-option-$o" has "--$o" "$WORK/c-options"
	done
	bash_complete 2 "$program" function "" >"$WORK/c-function"
	check "bash-$tag-function-offers-functions" has fn.incident-response "$WORK/c-function"
	check "bash-$tag-function-offers-no-agency" sh -c '! grep -qx us.cisa "$1"' - "$WORK/c-function"
	bash_complete 2 "$program" notify "金" >"$WORK/c-notify"
	check "bash-$tag-notify-japanese-names" has "金融" "$WORK/c-notify"
	bash_complete 2 "$program" notify "fin" >"$WORK/c-notify"
	check "bash-$tag-notify-quotes-spaces" has 'Financial\ Services\ Sector' "$WORK/c-notify"
	bash_complete 2 "$program" show "us.ci" >"$WORK/c-show"
	check "bash-$tag-show-ids" has us.cisa "$WORK/c-show"
	bash_complete 2 "$program" --country "" >"$WORK/c-country"
	check "bash-$tag-country-names" has "日本" "$WORK/c-country"
	bash_complete 2 "$program" -f "" >"$WORK/c-format"
	check "bash-$tag-formats" has svg "$WORK/c-format"
	if command -v zsh >/dev/null 2>&1; then
		zsh_complete 2 "$program" "" >"$WORK/z-commands"
		check "zsh-$tag-command-site" has site "$WORK/z-commands"
		zsh_complete 3 "$program" function "inc" >"$WORK/z-function"
		check "zsh-$tag-function" has 'incident\ response' "$WORK/z-function"
		zsh_complete 3 "$program" -o "" >"$WORK/z-files"
		check "zsh-$tag-files" has __files__ "$WORK/z-files"
	fi
done
