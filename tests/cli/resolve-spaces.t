# a name of spaces only
args: notify '   '
exit: 2
--- stderr
cybermap: an empty name names no node; give an id or a name
