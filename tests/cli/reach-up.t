# reach up the part_of tree
args: reach cisa --via part_of
exit: 0
--- stdout
depth  id      type     name                             via         from
1      us.dhs  agency   Department of Homeland Security  -> part_of  us.cisa
2      us      country  United States                    -> part_of  us.dhs
