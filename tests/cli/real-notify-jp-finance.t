# real map: Japan's finance sector
args: -d graphs --as-of 2026-11-25 notify finance --country jp
exit: 0
--- stdout
notify jp.sector.finance (Finance)
-> jp.ppc  Personal Information Protection Commission
   trigger: leak (or possible leak) of personal data caused by an act with an unauthorised purpose, such as a cyber attack; final report
   within 60d; by 60d; basis statute; duty mandatory; law jp.law.appi-2020-amendment
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form
     by unknown (no deadline at hop 2); basis policy; duty expected; law jp.law.common-report-forms-2025
-> jp.fsa  Financial Services Agency
   trigger: system failure or cyber incident at a bank or other supervised financial firm
   by unknown (no deadline at hop 1); basis regulation; duty expected; law jp.law.fsa-supervisory-guidelines
  -> jp.nco  National Cybersecurity Office
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.cip-policy-2022
-> jp.prefectural-police  Prefectural Police
   trigger: cybercrime such as ransomware, unauthorised access or DDoS
   by unknown (no deadline at hop 1); basis practice; duty voluntary; law jp.law.unauthorized-access-act
  -> jp.nco  National Cybersecurity Office
     trigger: report received on a common DDoS or ransomware form
     by unknown (no deadline at hop 1); basis policy; duty expected; law jp.law.common-report-forms-2025
  -> jp.npa  National Police Agency
     trigger: cyber case received or investigated by a prefectural force, reported so that the NPA can judge whether it is a serious cyber incident (attack seriously affecting government or critical infrastructure, needing advanced technique, or involving offenders abroad)
     by unknown (no deadline at hop 1); basis practice; duty expected; law jp.law.police-act-2022
