# a bad pattern is a usage error
args: search '(unclosed'
exit: 2
--- stderr
cybermap: bad pattern '(unclosed': missing closing parenthesis at offset 9
