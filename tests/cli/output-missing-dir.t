# an output path in a missing folder
args: list -o /nonexistent/dir/out.txt
exit: 2
--- stderr
cybermap: cannot write '/nonexistent/dir/out.txt': No such file or directory
