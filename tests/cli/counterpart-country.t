# counterpart --country: the side says which body is meant; its counterparts, of the other side, are still found
args: --as-of 2026-11-25 counterpart nco --country jp
exit: 0
--- stdout
counterpart jp.nco, as of 2026-11-25

kind      id       country  name                                              detail
declared  us.cisa  us       Cybersecurity and Infrastructure Security Agency  basis practice
