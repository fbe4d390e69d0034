# a Japanese name resolves
args: show 国家サイバー統括室
exit: 0
--- stdout
jp.nco
  type             office
  name             National Cybersecurity Office
  since            2025-07-01
  short            NCO
  name_ja          国家サイバー統括室
  country          jp
  url              https://www.cyber.go.jp/
  sources          https://www.cyber.go.jp/
  checked          2026-11-25
  adopted          2025-05-16
  note             Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act.
  -> leads         fn.incident-response (Incident response)
  -> member_of     bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)
  <- succeeded_by  jp.nisc (National center of Incident readiness and Strategy for Cybersecurity) (ended)
  <-> counterpart  us.cisa (Cybersecurity and Infrastructure Security Agency) [basis practice]
  <- notifies      jp.sector.energy (Electricity Sector) [since 2025-07-01; trigger serious failure; basis policy; adopted 2025-05-16]
