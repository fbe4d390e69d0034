# a Japanese name resolves
args: show 国家サイバー統括室
exit: 0
--- stdout
show jp.nco, as of 2026-11-25

jp.nco
  type                     office
  name                     National Cybersecurity Office
  since                    2025-07-01
  short name               NCO
  Japanese name            国家サイバー統括室
  country                  jp
  description in Japanese  NISCを改組して2025年に内閣官房に置かれたサイバーセキュリティ政策の司令塔。
  web site                 https://www.cyber.go.jp/
  sources                  https://www.cyber.go.jp/
  checked                  2026-11-25
  adopted                  2025-05-16
  note                     Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act.
  -> leads                 fn.incident-response (Incident response)
  -> member of             bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)
  <- succeeded by          jp.nisc (National center of Incident readiness and Strategy for Cybersecurity) (ended)
  <-> counterpart          us.cisa (Cybersecurity and Infrastructure Security Agency) [basis practice]
  <- notifies              jp.sector.energy (Electricity Sector) [since 2025-07-01; incidents any cyber incident; trigger serious failure; basis policy; adopted 2025-05-16]
  <- notifies              jp.core.electricity (Electricity (core infrastructure)) [since 2025-07-01; adopted 2025-05-16; trigger specified intrusion event on a specified important computer; incidents unauthorised access or intrusion; within by-order; basis statute; duty mandatory]
