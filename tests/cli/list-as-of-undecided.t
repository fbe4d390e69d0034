# at the workshop nobody had decided on the NCO: it is not in the view at all
args: --as-of 2022-07-20 list --type office
exit: 0
--- stdout
list: type office, as of 2022-07-20

id       type    country  name
jp.nisc  office  jp       National center of Incident readiness and Strategy for Cybersecurity
