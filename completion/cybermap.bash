# bash completion for cybermap: commands, options, formats, and node ids and
# short names read from the map (through the program itself, so -d counts).
_cybermap_nodes()
{
	local data=() i
	for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
		case ${COMP_WORDS[i]} in
		-d|--data) data+=(-d "${COMP_WORDS[i+1]}") ;;
		esac
	done
	cybermap "${data[@]}" list --with short -f tsv 2>/dev/null |
		awk -F'\t' 'NR > 1 {print $1; if ($5 != "") print $5}'
}

_cybermap()
{
	local cur prev words cword
	_init_completion || return
	local commands="check list show search path reach notify jurisdiction function counterpart stats export"
	local options="-d --data -f --format -o --output --as-of --country --lang --max-file-size --max-depth --no-cache --color -h --help --version --type --function --tag --with --strict --via --directed --all --max-hops --reverse --depth --trigger --force"
	case $prev in
	-f|--format)
		COMPREPLY=($(compgen -W "text tsv json dot png svg pdf graphml jgf cypher csv" -- "$cur"))
		return ;;
	-d|--data|-o|--output)
		_filedir
		return ;;
	--lang) COMPREPLY=($(compgen -W "en ja" -- "$cur")); return ;;
	--country) COMPREPLY=($(compgen -W "us jp" -- "$cur")); return ;;
	--color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
	--type)
		COMPREPLY=($(compgen -W "country agency office council organization sector function law mechanism step" -- "$cur"))
		return ;;
	--via)
		COMPREPLY=($(compgen -W "part_of notifies risk_manages regulates investigates leads supports counterpart coordinates_with member_of established_by succeeded_by next performed_by step_of" -- "$cur"))
		return ;;
	--as-of|--tag|--with|--trigger|--max-hops|--depth|--max-file-size|--max-depth) return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$options" -- "$cur"))
		return
	fi
	local i command=
	for ((i = 1; i < cword; i++)); do
		if [[ " $commands " == *" ${words[i]} "* ]]; then
			command=${words[i]}
			break
		fi
	done
	if [[ -z $command ]]; then
		COMPREPLY=($(compgen -W "$commands" -- "$cur"))
		return
	fi
	case $command in
	show|path|reach|notify|jurisdiction|function|counterpart)
		local IFS=$'\n'
		COMPREPLY=($(compgen -W "$(_cybermap_nodes)" -- "$cur")) ;;
	esac
}
complete -F _cybermap cybermap
