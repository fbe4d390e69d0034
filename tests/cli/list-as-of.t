# the map as of the workshop: NISC current, NCO pending
args: --as-of 2022-07-20 list --type office
exit: 0
--- stdout
id       type    country  name
jp.nisc  office  jp       National center of Incident readiness and Strategy for Cybersecurity
jp.nco   office  jp       National Cybersecurity Office  (pending: from 2025-07-01)
