# check --strict passes when every element is sourced
args: check --strict
exit: 0
--- stdout
ok: 2 files, 20 nodes, 33 edges
