# as of 2010 the header names Japan's finance sector alone: its core-infrastructure area exists only from 2023
args: -d graphs --as-of 2010 -q notify finance --country japan
exit: 0
--- stdout
notify jp.sector.finance (Finance), as of 2010-01-01

Reports to make, by deadline:
  expected
    no deadline stated  Financial Services Agency - IT failure, near miss or cyber attack affecting a critical-…
    no deadline stated  Financial Services Agency - leak, loss or damage of personal information at a financial…
  voluntary
    no deadline set     Prefectural Police - cybercrime such as ransomware, unauthorised access or DDoS …

Who is told, and who passes it on:
-> jp.fsa  Financial Services Agency
   trigger: IT failure, near miss or cyber attack affecting a critical-infrastructure service
   no deadline stated; duty expected; basis policy; law jp.law.cip-action-plan-2009; incidents any cyber incident, outage or serious degradation of a service
  -> jp.nisc-2005  National Information Security Center
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     no deadline stated; duty expected; basis policy; law jp.law.cip-action-plan-2009; incidents a report received by the body upstream
-> jp.fsa  Financial Services Agency
   trigger: leak, loss or damage of personal information at a financial business (banks, insurers, securities firms and other businesses the FSA supervises)
   no deadline stated; duty expected; basis regulation; law jp.law.fsa-appi-guideline-2004; incidents personal-data breach
  -> jp.nisc-2005  National Information Security Center
     trigger: operator report of a failure or attack in a sector the ministry is responsible for
     no deadline stated; duty expected; basis policy; law jp.law.cip-action-plan-2009; incidents a report received by the body upstream
-> jp.prefectural-police  Prefectural Police
   trigger: cybercrime such as ransomware, unauthorised access or DDoS (victim report or consultation)
   no deadline set; duty voluntary; basis practice; law jp.law.unauthorized-access-act; incidents cybercrime (for a criminal complaint)
