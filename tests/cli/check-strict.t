# check --strict passes when every element is sourced
args: check --strict
exit: 0
--- stdout
ok: 2 files, 17 nodes, 29 edges
