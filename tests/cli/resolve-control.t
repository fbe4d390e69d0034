# control characters in a name are shown as spaces, by the rule every message
# follows, and never reach the terminal raw
args: show "$(printf 'a\033]0;title\007b')"
exit: 2
--- stderr
cybermap: no node matches 'a ]0;title b'
