# an output path that is a folder
args: list -o /tmp
exit: 2
--- stderr
cybermap: cannot write '/tmp': it is a directory
