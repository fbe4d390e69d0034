# no command is a usage error
args: 
exit: 2
--- stderr
cybermap: no command given; see 'cybermap --help'
