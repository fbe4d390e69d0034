# a flag given a value
args: check --strict=yes
exit: 2
--- stderr
cybermap: option '--strict' takes no value
