# what changed between the workshop and today on the fixture map: NISC ended, the NCO appeared
args: --as-of 2026-11-25 diff 2022-07-20 2026-11-25
exit: 0
--- stdout
diff 2022-07-20 2026-11-25

change    date        country  type      element                        name
appeared  2025-07-01  jp       office    jp.nco                         National Cybersecurity Office
ended     2025-07-01  jp       office    jp.nisc                        National center of Incident readiness and Strategy for Cybersecurity
appeared  2023-11-17  jp       sector    jp.core.electricity            Electricity (core infrastructure)
appeared  2025-07-01  jp       notifies  jp.core.electricity -> jp.nco  Electricity (core infrastructure) -> National Cybersecurity Office
ended     2025-07-01  jp       notifies  jp.sector.energy -> jp.nisc    Electricity Sector -> National center of Incident readiness and Strategy for Cybersecurity
appeared  2025-07-01  jp       notifies  jp.sector.energy -> jp.nco     Electricity Sector -> National Cybersecurity Office
