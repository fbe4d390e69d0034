# --max-depth needs a number
args: --max-depth -3 check
exit: 2
--- stderr
cybermap: --max-depth takes a whole number from 1 to 1000000, not '-3'
