# --country takes a country's name, in any case or in Japanese
args: --country 日本 list --type office
exit: 0
--- stdout
list: type office; country jp, as of 2026-11-25

id      type    country  name
jp.nco  office  jp       National Cybersecurity Office
