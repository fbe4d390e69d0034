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
  <- succeeded_by  us.nppd (National Protection and Programs Directorate) (ended)
  <- notifies      us.sector.energy (Energy Sector) [since pending; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia]  (pending: start date not set)
