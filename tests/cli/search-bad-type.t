# search with an unknown type
args: search cyber --type agencyy
exit: 2
--- stderr
cybermap: unknown node type 'agencyy' (did you mean 'agency'?)
