# an output path that is a folder
args: list -o tests
exit: 2
--- stderr
cybermap: cannot write 'tests': it is a directory
