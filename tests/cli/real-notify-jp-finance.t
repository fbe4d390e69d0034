# real map: Japan's finance sector
args: -d graphs --as-of 2026-11-25 notify finance --country jp
exit: 0
--- stdout
notify jp.sector.finance (Finance)
-> jp.fsa  Financial Services Agency
   trigger: reportable personal-data leak other than one possibly caused with an unauthorised purpose (sensitive data, risk of financial harm, or more than 1,000 people); final report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   within 30d; by 30d; basis statute; duty mandatory; law jp.law.appi-2020-amendment
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     within promptly; by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.cip-policy-2022
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.appi-2020-amendment
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.ppc  Personal Information Protection Commission
   trigger: reportable leak of specific personal information other than one with an unauthorised purpose; final report
   within 30d; by 30d; basis statute; duty mandatory; law jp.law.my-number-act
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.fsa  Financial Services Agency
   trigger: personal-data leak possibly caused with an unauthorised purpose, such as unauthorised access or ransomware (actual or suspected); final report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   within 60d; by 60d; basis statute; duty mandatory; law jp.law.appi-2020-amendment
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     within promptly; by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.cip-policy-2022
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.appi-2020-amendment
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.ppc  Personal Information Protection Commission
   trigger: leak or misuse of specific personal information possibly with an unauthorised purpose, such as a cyber attack; final report
   within 60d; by 60d; basis statute; duty mandatory; law jp.law.my-number-act
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.fsa  Financial Services Agency
   trigger: IT failure, near miss or cyber attack affecting a critical-infrastructure service
   within none; by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.cip-policy-2022
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     within promptly; by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.cip-policy-2022
-> jp.fsa  Financial Services Agency
   trigger: system failure or cybersecurity incident at a bank or other supervised financial firm
   by unknown (no deadline at hop 1); basis regulation; duty expected; law jp.law.fsa-supervisory-guidelines
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     within promptly; by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.cip-policy-2022
-> jp.fsa  Financial Services Agency
   trigger: reportable personal-data leak (sensitive data, risk of financial harm, possible unauthorised purpose such as a cyber attack, or more than 1,000 people; actual or suspected); preliminary report (financial businesses whose APPI powers the PPC has delegated to the FSA)
   within promptly 3-5d; by unknown (no deadline at hop 1); basis statute; duty mandatory; law jp.law.appi-2020-amendment
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     within promptly; by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.cip-policy-2022
  -> jp.ppc  Personal Information Protection Commission
     trigger: APPI leak report received from a financial business under the delegated power
     by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.appi-2020-amendment
    -> jp.nco  National Cybersecurity Office
       trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
       by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.party.individuals  Affected individuals (data subjects)
   trigger: reportable personal-data leak (the same situations that must be reported to the PPC)
   within promptly; by unknown (no deadline at hop 1); basis statute; duty mandatory; law jp.law.appi-2020-amendment
-> jp.ppc  Personal Information Protection Commission
   trigger: reportable leak of specific personal information (personal information containing a My Number); preliminary report
   within promptly 3-5d; by unknown (no deadline at hop 1); basis statute; duty mandatory; law jp.law.my-number-act
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form, with the victim organisation's consent
     by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.party.individuals  Affected individuals (data subjects)
   trigger: reportable leak of specific personal information (My Number data)
   within promptly; by unknown (no deadline at hop 1); basis statute; duty mandatory; law jp.law.my-number-act
-> jp.prefectural-police  Prefectural Police
   trigger: cybercrime such as ransomware, unauthorised access or DDoS (victim report or consultation)
   within none; by unknown (no deadline at hop 1); basis practice; duty voluntary; law jp.law.unauthorized-access-act
  -> jp.npa  National Police Agency
     trigger: cyber case received or investigated by a prefectural force, reported so that the NPA can judge whether it is a serious cyber incident (attack seriously affecting government or critical infrastructure, needing advanced technique, or involving offenders abroad)
     by unknown (no deadline at hop 1); basis practice; duty expected; law jp.law.police-act-2022
  -> jp.nco  National Cybersecurity Office
     trigger: consultation received on a common DDoS or ransomware form, with the victim organisation's consent
     by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.common-report-forms-2025
