# too many arguments
args: search a b
exit: 2
--- stderr
cybermap: usage: cybermap [options] search PATTERN
