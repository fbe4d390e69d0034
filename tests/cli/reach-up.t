# reach up the part_of tree
args: reach cisa --via part_of
exit: 0
--- stdout
reach us.cisa, as of 2026-11-25

depth  id      type     name                             via         from
1      us.dhs  agency   Department of Homeland Security  -> part of  us.cisa
2      us      country  United States                    -> part of  us.dhs
