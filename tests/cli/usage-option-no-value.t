# an option missing its value
args: list --type
exit: 2
--- stderr
cybermap: option '--type' needs a value (TYPES)
