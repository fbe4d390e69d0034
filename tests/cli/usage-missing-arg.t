# show needs a NODE
args: show
exit: 2
--- stderr
cybermap: usage: cybermap [options] show NODE...
