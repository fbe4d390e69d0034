# an empty name names nothing: exit 2, nothing on standard output
args: show ''
exit: 2
--- stderr
cybermap: an empty name names no node; give an id or a name
