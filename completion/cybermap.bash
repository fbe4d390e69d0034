# bash completion for cybermap.  The candidates come from the program itself
# (`cybermap __complete N WORDS...`), so they follow its command table and
# the map the command line names with -d.  Works for `cybermap` on PATH and
# for `./cybermap` (the program completed is the one typed), with or
# without the bash-completion package.
_cybermap()
{
	local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]} line
	local IFS=$'\n'
	local -a found
	found=($("$program" __complete "$COMP_CWORD" "${COMP_WORDS[@]:1}" 2>/dev/null))
	COMPREPLY=()
	if [[ ${found[0]-} == __files__ ]]; then
		COMPREPLY=($(compgen -f -- "$cur"))
		return
	fi
	for line in "${found[@]}"; do
		if [[ $line == *[[:space:]\'\"\\\(\)\&\;\|\<\>\$\`]* ]]; then
			printf -v line '%q' "$line"
		fi
		COMPREPLY+=("$line")
	done
}
complete -F _cybermap cybermap ./cybermap
