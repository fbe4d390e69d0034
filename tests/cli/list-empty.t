# nothing found exits 1
args: list --tag nosuchtag
exit: 1
--- stderr
cybermap: nothing found: no node in the view passes the filters
