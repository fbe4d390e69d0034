# the map before the NCO: NISC current, the NCO adopted (2025-05-16) and pending
args: --as-of 2025-06-01 list --type office
exit: 0
--- stdout
list: type office, as of 2025-06-01

id       type    country  name
jp.nisc  office  jp       National center of Incident readiness and Strategy for Cybersecurity
jp.nco   office  jp       National Cybersecurity Office  (pending: from 2025-07-01)
