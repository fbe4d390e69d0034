# a 10 KB name is refused with a short message
args: show "$(printf '%010240d' 0)"
exit: 2
--- stderr
cybermap: no node matches '0000000000000000000000000000000000000000000000000000000000000000000000000000000...'
