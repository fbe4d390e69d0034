# path across the alliance over a symmetric edge
args: --as-of 2026-11-25 path cisa 国家サイバー統括室
exit: 0
--- stdout
path us.cisa to jp.nco, as of 2026-11-25

path  hop  from     relation         to      name
1     1    us.cisa  <-> counterpart  jp.nco  National Cybersecurity Office
