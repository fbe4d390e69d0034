# reach --reverse --depth 1
args: reach us.dhs --reverse --via part_of --depth 1
exit: 0
--- stdout
reach us.dhs (reverse), as of 2026-11-25

depth  id       type    name                                              via         from
1      us.cisa  agency  Cybersecurity and Infrastructure Security Agency  <- part of  us.dhs
