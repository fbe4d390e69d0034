# a rule not yet in force is marked pending
args: show us.sector.energy
exit: 0
--- stdout
show us.sector.energy, as of 2026-11-25

us.sector.energy
  type                          sector
  name                          Energy Sector
  Japanese name                 エネルギー・セクター
  country                       us
  description in Japanese       電力、石油及び天然ガスの生産・供給を担う重要インフラ分野。
  sources                       https://www.cisa.gov/topics/critical-infrastructure-security-and-resilience/critical-infrastructure-sectors/energy-sector
  checked                       2026-11-25
  -> notifies                   us.cisa (Cybersecurity and Infrastructure Security Agency) [since pending; incidents significant cyber incident; stage initial report; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia]  (pending: start date not set)
  -> notifies                   us.fbi (Federal Bureau of Investigation) [since 2002; incidents any cyber incident; trigger cybercrime; within 24h; basis practice; duty voluntary]
  -> notifies                   us.doe (Department of Energy) [since 1977-10-01; incidents outage or serious degradation of a service; trigger electric emergency; basis statute]
  <- manages the sector's risk  us.doe (Department of Energy) [basis executive order or directive]
  <- investigates               us.fbi (Federal Bureau of Investigation) [basis statute]
