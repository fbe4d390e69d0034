# real map: Japan's finance sector
args: -d graphs --as-of 2026-11-25 notify finance --country jp
exit: 0
--- stdout
notify jp.sector.finance (Finance) and jp.core.finance (Finance (core infrastructure)), as of 2026-11-25

Reports to make, by deadline:
  mandatory
    promptly                       Affected individuals (data subjects) - reportable personal-data leak (the same situations that mus…
    promptly                       Affected individuals (data subjects) - reportable leak of specific personal information (My Number…
    promptly (within 3 to 5 days)  Financial Services Agency (initial report) - reportable personal-data leak (sensitive data, risk of fina…
    promptly (within 3 to 5 days)  Personal Information Protection Commission (initial report) - reportable leak of specific personal information (personal …
    within 30 days                 Financial Services Agency (final report) - reportable personal-data leak other than one possibly cause…
    within 30 days                 Personal Information Protection Commission (final report) - reportable leak of specific personal information other than…
    within 60 days                 Financial Services Agency (final report) - personal-data leak possibly caused with an unauthorised pur…
    within 60 days                 Personal Information Protection Commission (final report) - leak or misuse of specific personal information possibly wi…
    deadline set by a subordinate rule (not found)  Financial Services Agency  [from Finance (core infrastructure)] - operator learns of a specified intrusion event (特定侵害事…
    deadline set by a subordinate rule (not found)  National Cybersecurity Office  [from Finance (core infrastructure)] - operator learns of a specified intrusion event (特定侵害事…
  expected
    no deadline set                Financial Services Agency - IT failure, near miss or cyber attack affecting a critical-…
    no deadline stated             Financial Services Agency - system failure or cybersecurity incident at a bank or other…
  voluntary
    no deadline set                Prefectural Police - cybercrime such as ransomware, unauthorised access or DDoS …

Who is told, and who passes it on:
Duties of Finance (jp.sector.finance):
-> jp.party.individuals  Affected individuals (data subjects)
   trigger: reportable personal-data leak (the same situations that must be reported to the PPC)
   promptly; duty mandatory; basis statute; law jp.law.appi-2020-amendment; incidents personal-data breach
-> jp.party.individuals  Affected individuals (data subjects)
   trigger: reportable leak of specific personal information (My Number data)
   promptly; duty mandatory; basis statute; law jp.law.my-number-act; incidents personal-data breach
-> jp.fsa  Financial Services Agency
   trigger: reportable personal-data leak (sensitive data, risk of financial harm, possible unauthorised purpose such as a cyber attack, or more than 1,000 people; actual or suspected); preliminary report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   promptly (within 3 to 5 days); stage initial report; duty mandatory; basis statute; law jp.law.appi-2020-amendment; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly (counted from the incident: within 3 to 5 days, then promptly); duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     no deadline stated; duty expected; basis policy; law jp.law.appi-2020-amendment; incidents a report received by the body upstream
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.ppc  Personal Information Protection Commission
   trigger: reportable leak of specific personal information (personal information containing a My Number); preliminary report
   promptly (within 3 to 5 days); stage initial report; duty mandatory; basis statute; law jp.law.my-number-act; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.fsa  Financial Services Agency
   trigger: reportable personal-data leak other than one possibly caused with an unauthorised purpose (sensitive data, risk of financial harm, or more than 1,000 people); final report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   within 30 days; stage final report; duty mandatory; basis statute; law jp.law.appi-2020-amendment; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly (counted from the incident: within 30 days, then promptly); duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     no deadline stated; duty expected; basis policy; law jp.law.appi-2020-amendment; incidents a report received by the body upstream
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.ppc  Personal Information Protection Commission
   trigger: reportable leak of specific personal information other than one with an unauthorised purpose; final report
   within 30 days; stage final report; duty mandatory; basis statute; law jp.law.my-number-act; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.fsa  Financial Services Agency
   trigger: personal-data leak possibly caused with an unauthorised purpose, such as unauthorised access or ransomware (actual or suspected); final report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   within 60 days; stage final report; duty mandatory; basis statute; law jp.law.appi-2020-amendment; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly (counted from the incident: within 60 days, then promptly); duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     no deadline stated; duty expected; basis policy; law jp.law.appi-2020-amendment; incidents a report received by the body upstream
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.ppc  Personal Information Protection Commission
   trigger: leak or misuse of specific personal information possibly with an unauthorised purpose, such as a cyber attack; final report
   within 60 days; stage final report; duty mandatory; basis statute; law jp.law.my-number-act; incidents personal-data breach
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     no deadline stated; duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
-> jp.fsa  Financial Services Agency
   trigger: IT failure, near miss or cyber attack affecting a critical-infrastructure service
   no deadline set; duty expected; basis policy; law jp.law.cip-policy-2022; incidents any cyber incident, outage or serious degradation of a service
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly (counted from the incident: no deadline set); duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
-> jp.fsa  Financial Services Agency
   trigger: system failure or cybersecurity incident at a bank or other supervised financial firm
   no deadline stated; duty expected; basis regulation; law jp.law.fsa-supervisory-guidelines; incidents any cyber incident, outage or serious degradation of a service
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly; duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
-> jp.prefectural-police  Prefectural Police
   trigger: cybercrime such as ransomware, unauthorised access or DDoS (victim report or consultation)
   no deadline set; duty voluntary; basis practice; law jp.law.unauthorized-access-act; incidents cybercrime (for a criminal complaint)
  -> jp.npa  National Police Agency
     trigger: cyber case received or investigated by a prefectural force, reported so that the NPA can judge whether it is a serious cyber incident (attack seriously affecting government or critical infrastructure, needing advanced technique, or involving offenders abroad)
     no deadline stated (counted from the incident: no deadline set); duty expected; basis practice; law jp.law.police-act-2022; incidents a report received by the body upstream
  -> jp.nco  National Cybersecurity Office
     trigger: consultation received on a common DDoS or ransomware form, with the victim organisation's consent
     no deadline stated (counted from the incident: no deadline set); duty expected; basis policy; law jp.law.common-report-forms-2025; incidents a report received by the body upstream
Duties of Finance (core infrastructure) (jp.core.finance):
-> jp.fsa  Financial Services Agency
   trigger: operator learns of a specified intrusion event (特定侵害事象) affecting a specified important computer
   deadline set by a subordinate rule (not found); duty mandatory; basis statute; law jp.law.acd-act; incidents any cyber incident
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     promptly (counted from the incident: deadline set by a subordinate rule (not found)); duty expected; basis policy; law jp.law.cip-policy-2022; incidents a report received by the body upstream
-> jp.nco  National Cybersecurity Office
   trigger: operator learns of a specified intrusion event (特定侵害事象) affecting a specified important computer
   deadline set by a subordinate rule (not found); duty mandatory; basis statute; law jp.law.acd-act; incidents any cyber incident
