# -o with an unknown extension writes text
args: show cisa -o /dev/null
exit: 0
