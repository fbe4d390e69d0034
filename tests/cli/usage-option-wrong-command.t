# an option of another command is refused
args: show cisa --strict
exit: 2
--- stderr
cybermap: option '--strict' does not apply to 'show'
