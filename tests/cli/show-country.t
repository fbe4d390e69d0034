# --country narrows the candidates
args: show energy --country jp
exit: 0
--- stdout
jp.sector.energy
  type         sector
  name         Electricity Sector
  name_ja      電力
  country      jp
  sources      https://www.nisc.go.jp/policy/group/infra/index.html
  checked      2026-11-25
  -> notifies  jp.nisc (National center of Incident readiness and Strategy for Cybersecurity) [since 2015-01-09; trigger serious failure; basis policy] (ended)
  -> notifies  jp.nco (National Cybersecurity Office) [since 2025-07-01; trigger serious failure; basis policy; adopted 2025-05-16]
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
