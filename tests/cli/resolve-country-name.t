# --country takes a country's name, in any case or in Japanese
args: --country 日本 list --type office
exit: 0
--- stdout
id      type    country  name
jp.nco  office  jp       National Cybersecurity Office
