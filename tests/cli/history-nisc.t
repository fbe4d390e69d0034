# NISC's timeline: its successor, its flows, its end
args: --as-of 2026-11-25 history nisc
exit: 0
--- stdout
history jp.nisc (National center of Incident readiness and Strategy for Cybersecurity), as of 2026-11-25

date        event      relation     node              name                                              detail
2015-01-09  began                   jp.nisc           National center of Incident readiness and Strat…  2015-01-09 to 2025-07-01
2015-01-09  began      <- notifies  jp.sector.energy  Electricity Sector                                since 2015-01-09; incidents any cyber incident; trigger serious failure; basis policy
2025-07-01  ended                   jp.nisc           National center of Incident readiness and Strat…  2015-01-09 to 2025-07-01
2025-07-01  successor               jp.nco            National Cybersecurity Office                     from 2025-07-01
--- stderr
cybermap: jp.nisc ended on 2025-07-01; the body now is jp.nco (National Cybersecurity Office):
      cybermap --as-of 2026-11-25 history jp.nco
