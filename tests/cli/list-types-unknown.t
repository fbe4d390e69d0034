# an unknown name in a --type list is an error with a suggestion
args: list --type agency,offce
exit: 2
--- stderr
cybermap: unknown node type 'offce' (did you mean 'office'?)
