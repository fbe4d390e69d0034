# an unknown command is a usage error
args: frobnicate
exit: 2
--- stderr
cybermap: unknown command 'frobnicate'; see 'cybermap --help'
