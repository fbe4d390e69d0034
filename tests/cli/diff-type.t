# diff narrowed to one edge type
args: diff 2022 2026-11 --type notifies
exit: 0
--- stdout
diff 2022-01-01 2026-11-01

change    date        country  type      element                        name
appeared  2022-04-01  jp       notifies  jp.sector.energy -> jp.ppc     Electricity Sector -> Personal Information Protection Commission
appeared  2022-04-01  jp       notifies  jp.sector.energy -> jp.ppc     Electricity Sector -> Personal Information Protection Commission
appeared  2025-07-01  jp       notifies  jp.core.electricity -> jp.nco  Electricity (core infrastructure) -> National Cybersecurity Office
ended     2025-07-01  jp       notifies  jp.sector.energy -> jp.nisc    Electricity Sector -> National center of Incident readiness and Strategy for Cybersecurity
appeared  2025-07-01  jp       notifies  jp.sector.energy -> jp.nco     Electricity Sector -> National Cybersecurity Office
pending   2022-03-15  us       notifies  us.sector.energy -> us.cisa    Energy Sector -> Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
