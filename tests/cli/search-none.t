# search with no match exits 1
args: search zzzz
exit: 1
--- stderr
cybermap: nothing found: nothing matches the pattern in names, short names, Japanese names, aliases or descriptions
