# counterpart: declared first, then inferred
args: counterpart cisa
exit: 0
--- stdout
counterpart us.cisa, as of 2026-11-25

kind      id      country  name                           detail
declared  jp.nco  jp       National Cybersecurity Office  basis practice
