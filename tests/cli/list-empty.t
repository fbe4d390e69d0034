# nothing found exits 1
args: list --tag nosuchtag
exit: 1
