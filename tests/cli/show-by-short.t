# a short name resolves, any case
args: show cisa
exit: 0
--- stdout
us.cisa
  type             agency
  name             Cybersecurity and Infrastructure Security Agency
  since            2018-11-16
  short            CISA
  aliases          America's Cyber Defense Agency
  country          us
  description      Leads the national effort to understand and reduce cyber risk to critical infrastructure.
  url              https://www.cisa.gov/
  sources          https://www.cisa.gov/about
  checked          2026-11-25
  -> part_of       us.dhs (Department of Homeland Security)
  -> leads         fn.incident-response (Incident response)
  <-> counterpart  jp.nco (National Cybersecurity Office) [basis practice]
  -> member_of     bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)
  -> notifies      us.fbi (Federal Bureau of Investigation) [since 2018-11-16; trigger report shared for threat response; within 1bd; basis policy]
  <- succeeded_by  us.nppd (National Protection and Programs Directorate) (ended)
  <- performed_by  us.step.ir.1-report (Incident reported)
  <- performed_by  us.step.ir.2-respond (Threat and asset response)
  <- notifies      us.sector.energy (Energy Sector) [since pending; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia]  (pending: start date not set)
  <- notifies      us.fbi (Federal Bureau of Investigation) [since 2018-11-16; trigger report shared for asset response; within 2d; basis policy]
