# search matches Japanese names
args: search 統括
exit: 0
--- stdout
search '統括', as of 2026-11-25

id      type    name                           field          text
jp.nco  office  National Cybersecurity Office  Japanese name  国家サイバー統括室
