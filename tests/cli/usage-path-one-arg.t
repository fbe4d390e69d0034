# path needs two nodes
args: path cisa
exit: 2
--- stderr
cybermap: usage: cybermap [options] path FROM TO
