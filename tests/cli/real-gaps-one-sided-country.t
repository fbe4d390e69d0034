# a function led on one side only is a gap of the alliance's: --country keeps it, and never makes one
args: -d graphs --as-of 2026-11-25 gaps --country us --kind one-sided-lead
exit: 1
--- stderr
cybermap: nothing found: the map shows no gap of the kinds the schema declares
