# check --strict passes when every element is sourced
args: check --strict
exit: 0
--- stdout
coverage, as of 2026-11-25

rule                                              country  complete  total  share
a mandatory report says by when (or that the la…  jp       3         3      100
a mandatory report says by when (or that the la…  us       1         1      100
what sets every report off: incidents, trigger    jp       5         5      100
what sets every report off: incidents, trigger    us       5         5      100
japanese: name_ja, description_ja                 jp       7         7      100
japanese: name_ja, description_ja                 us       9         9      100
japanese: name_ja, description_ja                          4         4      100
japanese: trigger_ja                              jp       5         5      100
japanese: trigger_ja                              us       5         5      100
--- stderr
ok: 2 files, 20 nodes, 34 edges
