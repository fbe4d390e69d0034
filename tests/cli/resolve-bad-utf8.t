# bytes that are not UTF-8 in a name are shown as U+FFFD, the replacement character
args: show "$(printf 'x\377\376y')"
exit: 2
--- stderr
cybermap: no node matches 'x��y'
