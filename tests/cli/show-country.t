# --country narrows the candidates
args: show energy --country jp
exit: 0
--- stdout
show jp.sector.energy, as of 2026-11-25

jp.sector.energy
  type                     sector
  name                     Electricity Sector
  Japanese name            電力
  country                  jp
  description in Japanese  重要インフラ分野の一つである電力分野。
  sources                  https://www.nisc.go.jp/policy/group/infra/index.html
  checked                  2026-11-25
  -> notifies              jp.nisc (National center of Incident readiness and Strategy for Cybersecurity) [since 2015-01-09; incidents any cyber incident; trigger serious failure; basis policy] (ended)
  -> notifies              jp.nco (National Cybersecurity Office) [since 2025-07-01; incidents any cyber incident; trigger serious failure; basis policy; adopted 2025-05-16]
  -> notifies              jp.ppc (Personal Information Protection Commission) [since 2022-04-01; adopted 2020-06-12; trigger personal-data leak possibly caused by a cyber attack; preliminary report; incidents personal-data breach; within promptly 3-5d; stage initial report; basis statute; duty mandatory; law jp.law.appi]
  -> notifies              jp.ppc (Personal Information Protection Commission) [since 2022-04-01; adopted 2020-06-12; trigger personal-data leak possibly caused by a cyber attack; final report; incidents personal-data breach; within 60d; stage final report; basis statute; duty mandatory; law jp.law.appi]
  <-> overlaps             jp.core.electricity (Electricity (core infrastructure))
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
