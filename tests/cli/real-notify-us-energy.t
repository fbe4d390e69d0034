# real map: who is told when an incident hits the US energy sector
args: -d graphs --as-of 2026-11-25 notify energy --country us
exit: 0
--- stdout
notify us.sector.energy (Energy Sector) and us.sector.transportation (Transportation Systems Sector), as of 2026-11-25

Reports to make, by deadline:
  mandatory
    immediately             Federal Bureau of Investigation  [from Transportation Systems Sector] - evidence of sabotage, subversive activity or an actual or t…
    immediately             Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - evidence of sabotage, subversive activity or an actual or t…
    immediately             United States Coast Guard  [from Transportation Systems Sector] - evidence of sabotage, subversive activity or an actual or t…
    promptly                Cybersecurity and Infrastructure Security Agency (supplemental report) - substantial new or different information about a reported c…  (pending: start date not set)
    promptly                Cybersecurity and Infrastructure Security Agency (supplemental report)  [from Transportation Systems Sector] - substantial new or different information about a reported c…  (pending: start date not set)
    without undue delay     United States Coast Guard  [from Transportation Systems Sector] - a reportable cyber incident at a U.S.-flagged vessel, Outer…
    within 1 hour           Electricity Information Sharing and Analysis Center (initial report) - a NERC registered entity determines that a Cyber Security I…
    within 1 hour           Cybersecurity and Infrastructure Security Agency (initial report) - a NERC registered entity determines that a Cyber Security I…
    within 1 hour           Department of Energy (initial report) - an electric emergency incident meeting the DOE-417 emergenc…
    within 6 hours          Department of Energy (initial report) - an incident meeting only the DOE-417 normal-report criteria…
    within 12 hours         Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - a confirmed or potential cybersecurity incident at a TSA-de…
    within 1 day            Electricity Information Sharing and Analysis Center (initial report) - a NERC registered entity determines that a Cyber Security I…
    within 1 day            Cybersecurity and Infrastructure Security Agency (initial report) - a NERC registered entity determines that a Cyber Security I…
    within 1 day            Department of Energy (initial report) - determination of an attempted cyber compromise of a system …
    within 1 business day   Department of Energy (initial report) - an incident meeting only the DOE-417 system-report criteria…
    within 24 hours         Cybersecurity and Infrastructure Security Agency - ransom payment made by a covered entity after a ransomware …  (pending: start date not set)
    within 24 hours         Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - a cybersecurity incident at a higher-risk freight railroad,…
    within 24 hours         Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - a cybersecurity incident at a TSA-regulated airport operato…
    within 24 hours         Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - ransom payment made by a covered entity after a ransomware …  (pending: start date not set)
    within 72 hours         Department of Energy (final report) - a DOE-417 report has been filed; the final report is due wi…
    within 72 hours         Cybersecurity and Infrastructure Security Agency (initial report) - covered cyber incident (a substantial cyber incident) at a …  (pending: start date not set)
    within 72 hours         Cybersecurity and Infrastructure Security Agency (initial report)  [from Transportation Systems Sector] - covered cyber incident (a substantial cyber incident) at a …  (pending: start date not set)
    within 4 business days  Securities and Exchange Commission (initial report) - an SEC registrant (listed company) determines, without unre…
    within 4 business days  Securities and Exchange Commission (amendment) - information that Item 1.05 requires was not determined or w…
    within 4 business days  Securities and Exchange Commission (initial report)  [from Transportation Systems Sector] - an SEC registrant (listed company) determines, without unre…
    within 4 business days  Securities and Exchange Commission (amendment)  [from Transportation Systems Sector] - information that Item 1.05 requires was not determined or w…
    within 7 days           Electricity Information Sharing and Analysis Center (update) - new or changed information on the attributes required in th…
    within 7 days           Cybersecurity and Infrastructure Security Agency (update) - new or changed information on the attributes required in th…
    no deadline set         Department of Energy (update) - significant changes after a DOE-417 report has been filed
  voluntary
    no deadline set         Cybersecurity and Infrastructure Security Agency - any cyber incident, especially one causing significant loss…
    no deadline set         Federal Bureau of Investigation - cyber incident or cybercrime, including ransomware and intr…
    no deadline set         Electricity Information Sharing and Analysis Center - cyber threat or incident not subject to CIP-008 reporting
    no deadline set         Oil and Natural Gas Information Sharing and Analysis Center - cyber threat or incident at an oil and natural gas company
    no deadline set         Cybersecurity and Infrastructure Security Agency  [from Transportation Systems Sector] - any cyber incident, especially one causing significant loss…
    no deadline set         Federal Bureau of Investigation  [from Transportation Systems Sector] - cyber incident or cybercrime, including ransomware and intr…
    no deadline set         Aviation ISAC  [from Transportation Systems Sector] - cyber threat or incident in aviation

Who is told, and who passes it on:
Duties of Energy Sector (us.sector.energy):
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: a NERC registered entity determines that a Cyber Security Incident is a Reportable Cyber Security Incident (it compromised or disrupted a high or medium impact BES Cyber System, its Electronic Security Perimeter or its EACMS)
   within 1 hour; stage initial report; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents significant cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a NERC registered entity determines that a Cyber Security Incident is a Reportable Cyber Security Incident (it compromised or disrupted a high or medium impact BES Cyber System, its Electronic Security Perimeter or its EACMS)
   within 1 hour; stage initial report; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents significant cyber incident
-> us.doe  Department of Energy
   trigger: an electric emergency incident meeting the DOE-417 emergency-alert criteria (1-9), which include cyber events that cause interruptions of electrical system operations
   within 1 hour; stage initial report; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident, outage or serious degradation of a service
-> us.doe  Department of Energy
   trigger: an incident meeting only the DOE-417 normal-report criteria (10-13), which include cyber events that could potentially affect electric power system adequacy or reliability
   within 6 hours; stage initial report; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident, outage or serious degradation of a service
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: a NERC registered entity determines that a Cyber Security Incident was an attempt to compromise an applicable system; due by the end of the next calendar day after the determination
   within 1 day; stage initial report; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents any cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a NERC registered entity determines that a Cyber Security Incident was an attempt to compromise an applicable system; due by the end of the next calendar day after the determination
   within 1 day; stage initial report; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents any cyber incident
-> us.doe  Department of Energy
   trigger: determination of an attempted cyber compromise of a system that operates or monitors the bulk electric system (criterion 14); due by the end of the next calendar day
   within 1 day; stage initial report; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident
-> us.doe  Department of Energy
   trigger: an incident meeting only the DOE-417 system-report criteria (15-26); due by the later of 24 hours after recognition or the end of the next business day
   within 1 business day; stage initial report; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident, outage or serious degradation of a service
-> us.doe  Department of Energy
   trigger: a DOE-417 report has been filed; the final report is due within 72 hours of the incident
   within 72 hours; stage final report; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident, outage or serious degradation of a service
-> us.sec  Securities and Exchange Commission
   trigger: an SEC registrant (listed company) determines, without unreasonable delay after discovery, that a cybersecurity incident is material; the 4 business days run from that determination
   within 4 business days; stage initial report; duty mandatory; basis regulation; law us.law.sec-cyber-rule; incidents significant cyber incident
-> us.sec  Securities and Exchange Commission
   trigger: information that Item 1.05 requires was not determined or was unavailable when the Form 8-K was filed and is now determined or available
   within 4 business days; stage amendment; duty mandatory; basis regulation; law us.law.sec-cyber-rule; incidents significant cyber incident
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: new or changed information on the attributes required in the notification (functional impact, attack vector, level of intrusion) is determined after a notification
   within 7 days; stage update; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents significant cyber incident, any cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: new or changed information on the attributes required in the notification (functional impact, attack vector, level of intrusion) is determined after a notification
   within 7 days; stage update; duty mandatory; basis regulation; law us.law.nerc-cip-008; incidents significant cyber incident, any cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: any cyber incident, especially one causing significant loss of data, availability or control, affecting many victims or critical infrastructure
   no deadline set; duty voluntary; basis policy; incidents any cyber incident
-> us.fbi  Federal Bureau of Investigation
   trigger: cyber incident or cybercrime, including ransomware and intrusions
   no deadline set; duty voluntary; basis policy; incidents cybercrime (for a criminal complaint)
-> us.doe  Department of Energy
   trigger: significant changes after a DOE-417 report has been filed
   no deadline set; stage update; duty mandatory; basis statute; law us.law.doe-417; incidents any cyber incident, outage or serious degradation of a service
-> us.eisac  Electricity Information Sharing and Analysis Center
   trigger: cyber threat or incident not subject to CIP-008 reporting
   no deadline set; duty voluntary; basis practice; incidents any cyber incident, threat or vulnerability information
-> us.ong-isac  Oil and Natural Gas Information Sharing and Analysis Center
   trigger: cyber threat or incident at an oil and natural gas company
   no deadline set; duty voluntary; basis practice; incidents any cyber incident, threat or vulnerability information
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: substantial new or different information about a reported covered cyber incident becomes available, or the entity pays a ransom after its incident report; until it tells CISA the incident is concluded and fully mitigated and resolved
   promptly; stage supplemental report; duty mandatory; basis statute; law us.law.circia; incidents significant cyber incident, ransom payment
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 24 hours, then promptly); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: ransom payment made by a covered entity after a ransomware attack, even if the attack is not a covered cyber incident
   within 24 hours; duty mandatory; basis statute; law us.law.circia; incidents ransom payment
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 48 hours); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: covered cyber incident (a substantial cyber incident) at a covered entity; the clock starts when the entity reasonably believes it occurred
   within 72 hours; stage initial report; duty mandatory; basis statute; law us.law.circia; incidents significant cyber incident
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 96 hours); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
Duties of Transportation Systems Sector (us.sector.transportation):
-> us.fbi  Federal Bureau of Investigation
   trigger: evidence of sabotage, subversive activity or an actual or threatened cyber incident involving or endangering a vessel, harbor, port or waterfront facility (33 CFR 6.16-1)
   immediately; duty mandatory; basis executive order or directive; law us.law.eo-14116; incidents any cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: evidence of sabotage, subversive activity or an actual or threatened cyber incident involving or endangering a vessel, harbor, port or waterfront facility (33 CFR 6.16-1)
   immediately; duty mandatory; basis executive order or directive; law us.law.eo-14116; incidents any cyber incident
-> us.uscg  United States Coast Guard
   trigger: evidence of sabotage, subversive activity or an actual or threatened cyber incident involving or endangering a vessel, harbor, port or waterfront facility (33 CFR 6.16-1)
   immediately; duty mandatory; basis executive order or directive; law us.law.eo-14116; incidents any cyber incident
-> us.uscg  United States Coast Guard
   trigger: a reportable cyber incident at a U.S.-flagged vessel, Outer Continental Shelf facility or MTSA-regulated facility; report to the National Response Center, run by the Coast Guard
   without undue delay; duty mandatory; basis regulation; law us.law.uscg-mts-cyber; incidents significant cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a confirmed or potential cybersecurity incident at a TSA-designated critical hazardous liquid or natural gas pipeline or LNG facility, counted from identification (pipelines are a transportation mode; they also serve the energy sector)
   within 12 hours; duty mandatory; basis regulation; law us.law.tsa-sd-pipeline; incidents any cyber incident
  -> us.tsa  Transportation Security Administration
     trigger: a pipeline cybersecurity incident report received by CISA under the TSA requirements
     no deadline set (counted from the incident: within 12 hours, then no deadline set); duty mandatory; basis regulation; law us.law.tsa-sd-pipeline; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a cybersecurity incident at a higher-risk freight railroad, passenger railroad or rail transit system covered by TSA Security Directive 1580-21-01 or 1582-21-01
   within 24 hours; duty mandatory; basis regulation; law us.law.tsa-sd-rail; incidents any cyber incident
  -> us.tsa  Transportation Security Administration
     trigger: a rail cybersecurity incident report received by CISA under the TSA requirements
     no deadline set (counted from the incident: within 24 hours, then no deadline set); duty mandatory; basis regulation; law us.law.tsa-sd-rail; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: a cybersecurity incident at a TSA-regulated airport operator, passenger aircraft operator or all-cargo aircraft operator
   within 24 hours; duty mandatory; basis regulation; law us.law.tsa-aviation-cyber; incidents any cyber incident
  -> us.tsa  Transportation Security Administration
     trigger: a aviation cybersecurity incident report received by CISA under the TSA requirements
     no deadline set (counted from the incident: within 24 hours, then no deadline set); duty mandatory; basis regulation; law us.law.tsa-aviation-cyber; incidents a report received by the body upstream
-> us.sec  Securities and Exchange Commission
   trigger: an SEC registrant (listed company) determines, without unreasonable delay after discovery, that a cybersecurity incident is material; the 4 business days run from that determination
   within 4 business days; stage initial report; duty mandatory; basis regulation; law us.law.sec-cyber-rule; incidents significant cyber incident
-> us.sec  Securities and Exchange Commission
   trigger: information that Item 1.05 requires was not determined or was unavailable when the Form 8-K was filed and is now determined or available
   within 4 business days; stage amendment; duty mandatory; basis regulation; law us.law.sec-cyber-rule; incidents significant cyber incident
-> us.cisa  Cybersecurity and Infrastructure Security Agency
   trigger: any cyber incident, especially one causing significant loss of data, availability or control, affecting many victims or critical infrastructure
   no deadline set; duty voluntary; basis policy; incidents any cyber incident
-> us.fbi  Federal Bureau of Investigation
   trigger: cyber incident or cybercrime, including ransomware and intrusions
   no deadline set; duty voluntary; basis policy; incidents cybercrime (for a criminal complaint)
-> us.a-isac  Aviation ISAC
   trigger: cyber threat or incident in aviation
   no deadline set; duty voluntary; basis practice; incidents any cyber incident, threat or vulnerability information
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: substantial new or different information about a reported covered cyber incident becomes available, or the entity pays a ransom after its incident report; until it tells CISA the incident is concluded and fully mitigated and resolved
   promptly; stage supplemental report; duty mandatory; basis statute; law us.law.circia; incidents significant cyber incident, ransom payment
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 24 hours, then promptly); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: ransom payment made by a covered entity after a ransomware attack, even if the attack is not a covered cyber incident
   within 24 hours; duty mandatory; basis statute; law us.law.circia; incidents ransom payment
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 48 hours); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
-> us.cisa  Cybersecurity and Infrastructure Security Agency  (pending: start date not set)
   trigger: covered cyber incident (a substantial cyber incident) at a covered entity; the clock starts when the entity reasonably believes it occurred
   within 72 hours; stage initial report; duty mandatory; basis statute; law us.law.circia; incidents significant cyber incident
  -> us.fbi  Federal Bureau of Investigation  (pending: start date not set)
     trigger: a CIRCIA report received by CISA
     within 24 hours (counted from the incident: within 96 hours); duty mandatory; basis statute; law us.law.circia; incidents a report received by the body upstream
--- stderr
cybermap: taking 'energy' as us.sector.energy (Energy Sector)
