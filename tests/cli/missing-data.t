# a data path that does not exist
args: -d /nonexistent check
exit: 2
--- stderr
cybermap: cannot read '/nonexistent': No such file or directory
