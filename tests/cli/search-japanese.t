# search matches Japanese names
args: search 統括
exit: 0
--- stdout
id      type    name                           field    text
jp.nco  office  National Cybersecurity Office  name_ja  国家サイバー統括室
