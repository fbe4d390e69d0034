# real map: who is told when an incident hits the US energy sector
args: -d graphs --as-of 2026-11-25 notify energy --country us
exit: 0
--- stdout
notify us.sector.energy (Energy Sector)
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: NERC registered entity determines a Reportable Cyber Security Incident (compromise or disruption of high/medium impact BES Cyber Systems, their EACMS or ESP)
   within 1h; by 1h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: NERC registered entity (U.S.) determines a Reportable Cyber Security Incident
   within 1h; by 1h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.doe  Department of Energy
   trigger: electric emergency incident meeting the DOE-417 emergency-alert criteria, which include cyber events affecting electric operations
   within 1h; by 1h; basis statute; duty mandatory; law us.law.doe-417
-> us.sec  Securities and Exchange Commission
   trigger: operator is an SEC registrant (listed company) and determines, without unreasonable delay after discovery, that a cybersecurity incident is material
   within 4bd; by 4bd; basis regulation; duty mandatory; law us.law.sec-cyber-rule
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: any cyber incident, especially one causing significant loss of data, availability or control, affecting many victims or critical infrastructure
   by unknown (no deadline at hop 1); basis policy; duty voluntary
-> us.fbi  Federal Bureau of Investigation
   trigger: cyber incident or cybercrime, including ransomware and intrusions
   by unknown (no deadline at hop 1); basis policy; duty voluntary
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: cyber threat or incident not subject to CIP-008 reporting
   by unknown (no deadline at hop 1); basis practice; duty voluntary
-> us.ong-isac  Oil and Natural Gas Information Sharing and Analysis Center
   trigger: cyber threat or incident at an oil and natural gas company
   by unknown (no deadline at hop 1); basis practice; duty voluntary
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: ransom payment made by a covered entity after a ransomware attack
   within 24h; by 24h; basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: CIRCIA report received by CISA
     within 24h; by 48h; basis statute; duty mandatory; law us.law.circia
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: covered cyber incident (substantial incident) at a covered entity; clock starts when the entity reasonably believes it occurred
   within 72h; by 72h; basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: CIRCIA report received by CISA
     within 24h; by 96h; basis statute; duty mandatory; law us.law.circia
