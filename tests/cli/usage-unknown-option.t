# an unknown option is a usage error
args: list --frob
exit: 2
--- stderr
cybermap: unknown option '--frob'; see 'cybermap --help'
