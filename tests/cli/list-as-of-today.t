# today NISC has gone and NCO is current
args: --as-of 2026-11-25 list --type office
exit: 0
--- stdout
list: type office, as of 2026-11-25

id      type    country  name
jp.nco  office  jp       National Cybersecurity Office
