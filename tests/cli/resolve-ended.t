# a body that has ended: say what succeeded it, and the command for it
args: --as-of 2026-11-25 path cisa NISC
exit: 1
--- stderr
cybermap: jp.nisc ended on 2025-07-01; the body now is jp.nco (National Cybersecurity Office):
      cybermap --as-of 2026-11-25 path cisa jp.nco
cybermap: nothing found: no path joins us.cisa and jp.nisc over edges in force
