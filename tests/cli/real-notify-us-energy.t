# real map: who is told when an incident hits the US energy sector
args: -d graphs --as-of 2026-11-25 notify energy --country us
exit: 0
--- stdout
notify us.sector.energy (Energy Sector)
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: a NERC registered entity determines that a Cyber Security Incident is a Reportable Cyber Security Incident (it compromised or disrupted a high or medium impact BES Cyber System, its Electronic Security Perimeter or its EACMS)
   within 1h; by 1h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a NERC registered entity determines that a Cyber Security Incident is a Reportable Cyber Security Incident (it compromised or disrupted a high or medium impact BES Cyber System, its Electronic Security Perimeter or its EACMS)
   within 1h; by 1h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.doe  Department of Energy
   trigger: an electric emergency incident meeting the DOE-417 emergency-alert criteria (1-9), which include cyber events that cause interruptions of electrical system operations
   within 1h; by 1h; basis statute; duty mandatory; law us.law.doe-417
-> us.doe  Department of Energy
   trigger: an incident meeting only the DOE-417 normal-report criteria (10-13), which include cyber events that could potentially affect electric power system adequacy or reliability
   within 6h; by 6h; basis statute; duty mandatory; law us.law.doe-417
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: a NERC registered entity determines that a Cyber Security Incident was an attempt to compromise an applicable system; due by the end of the next calendar day after the determination
   within 1d; by 24h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a NERC registered entity determines that a Cyber Security Incident was an attempt to compromise an applicable system; due by the end of the next calendar day after the determination
   within 1d; by 24h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.doe  Department of Energy
   trigger: determination of an attempted cyber compromise of a system that operates or monitors the bulk electric system (criterion 14); due by the end of the next calendar day
   within 1d; by 24h; basis statute; duty mandatory; law us.law.doe-417
-> us.doe  Department of Energy
   trigger: an incident meeting only the DOE-417 system-report criteria (15-26); due by the later of 24 hours after recognition or the end of the next business day
   within 1bd; by 1bd; basis statute; duty mandatory; law us.law.doe-417
-> us.doe  Department of Energy
   trigger: a DOE-417 report has been filed; the final report is due within 72 hours of the incident
   within 72h; by 72h; basis statute; duty mandatory; law us.law.doe-417
-> us.sec  Securities and Exchange Commission
   trigger: an SEC registrant (listed company) determines, without unreasonable delay after discovery, that a cybersecurity incident is material; the 4 business days run from that determination
   within 4bd; by 4bd; basis regulation; duty mandatory; law us.law.sec-cyber-rule
-> us.sec  Securities and Exchange Commission
   trigger: information that Item 1.05 requires was not determined or was unavailable when the Form 8-K was filed and is now determined or available
   within 4bd; by 4bd; basis regulation; duty mandatory; law us.law.sec-cyber-rule
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: new or changed information on the attributes required in the notification (functional impact, attack vector, level of intrusion) is determined after a notification
   within 7d; by 168h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: new or changed information on the attributes required in the notification (functional impact, attack vector, level of intrusion) is determined after a notification
   within 7d; by 168h; basis regulation; duty mandatory; law us.law.nerc-cip-008
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: any cyber incident, especially one causing significant loss of data, availability or control, affecting many victims or critical infrastructure
   within none; by unknown (no deadline at hop 1); basis policy; duty voluntary
-> us.fbi  Federal Bureau of Investigation
   trigger: cyber incident or cybercrime, including ransomware and intrusions
   within none; by unknown (no deadline at hop 1); basis policy; duty voluntary
-> us.doe  Department of Energy
   trigger: significant changes after a DOE-417 report has been filed
   within none; by unknown (no deadline at hop 1); basis statute; duty mandatory; law us.law.doe-417
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: cyber threat or incident not subject to CIP-008 reporting
   within none; by unknown (no deadline at hop 1); basis practice; duty voluntary
-> us.ong-isac  Oil and Natural Gas Information Sharing and Analysis Center
   trigger: cyber threat or incident at an oil and natural gas company
   within none; by unknown (no deadline at hop 1); basis practice; duty voluntary
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: ransom payment made by a covered entity after a ransomware attack, even if the attack is not a covered cyber incident
   within 24h; by 24h; basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24h; by 48h; basis statute; duty mandatory; law us.law.circia
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: covered cyber incident (a substantial cyber incident) at a covered entity; the clock starts when the entity reasonably believes it occurred
   within 72h; by 72h; basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24h; by 96h; basis statute; duty mandatory; law us.law.circia
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: substantial new or different information about a reported covered cyber incident becomes available, or the entity pays a ransom after its incident report; until it tells CISA the incident is concluded and fully mitigated and resolved
   within promptly; by unknown (no deadline at hop 1); basis statute; duty mandatory; law us.law.circia
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24h; by unknown (no deadline at hop 1); basis statute; duty mandatory; law us.law.circia
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
