# an unknown type gets a suggestion
args: list --type agncy
exit: 2
--- stderr
cybermap: unknown node type 'agncy' (did you mean 'agency'?)
