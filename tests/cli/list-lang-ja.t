# --lang ja labels with Japanese names
args: list --country jp --lang ja
exit: 0
--- stdout
id                type    country  name
jp.nco            office  jp       国家サイバー統括室
jp.npa            agency  jp       警察庁
jp.sector.energy  sector  jp       電力
