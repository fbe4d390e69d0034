# a short name resolves, any case
args: show cisa
exit: 0
--- stdout
show us.cisa, as of 2026-11-25

us.cisa
  type                     agency
  name                     Cybersecurity and Infrastructure Security Agency
  since                    2018-11-16
  short name               CISA
  other names              America's Cyber Defense Agency
  Japanese name            サイバーセキュリティ・インフラストラクチャー安全保障庁
  country                  us
  description              Leads the national effort to understand and reduce cyber risk to critical infrastructure.
  description in Japanese  重要インフラに対するサイバーリスクの把握と低減に向けた国家的取組を主導する。
  web site                 https://www.cisa.gov/
  sources                  https://www.cisa.gov/about
  checked                  2026-11-25
  -> part of               us.dhs (Department of Homeland Security)
  -> leads                 fn.incident-response (Incident response)
  <-> counterpart          jp.nco (National Cybersecurity Office) [basis practice]
  -> member of             bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)
  -> notifies              us.fbi (Federal Bureau of Investigation) [since 2018-11-16; incidents a report received by the body upstream; trigger report shared for threat response; within 1bd; basis policy]
  <- succeeded by          us.nppd (National Protection and Programs Directorate) (ended)
  <- performed by          us.step.ir.1-report (Incident reported)
  <- performed by          us.step.ir.2-respond (Threat and asset response)
  <- notifies              us.sector.energy (Energy Sector) [since pending; incidents significant cyber incident; stage initial report; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia]  (pending: start date not set)
  <- notifies              us.fbi (Federal Bureau of Investigation) [since 2018-11-16; incidents a report received by the body upstream; trigger report shared for asset response; within 2d; basis policy]
