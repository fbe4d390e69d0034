# a two-stage duty: the preliminary report (promptly, about 3-5 days) and the final report, each its own line
args: --as-of 2026-11-25 notify energy --country jp --duty mandatory
exit: 0
--- stdout
notify jp.sector.energy (Electricity Sector) and jp.core.electricity (Electricity (core infrastructure)), as of 2026-11-25

Reports to make, by deadline:
  mandatory
    promptly (within 3 to 5 days)  Personal Information Protection Commission (initial report) - personal-data leak possibly caused by a cyber attack; preli…
    within 60 days                 Personal Information Protection Commission (final report) - personal-data leak possibly caused by a cyber attack; final…
    deadline set by a subordinate rule (not found)  National Cybersecurity Office  [from Electricity (core infrastructure)] - specified intrusion event on a specified important computer

Who is told, and who passes it on:
Duties of Electricity Sector (jp.sector.energy):
-> jp.ppc  Personal Information Protection Commission
   trigger: personal-data leak possibly caused by a cyber attack; preliminary report
   promptly (within 3 to 5 days); stage initial report; duty mandatory; basis statute; law jp.law.appi; incidents personal-data breach
-> jp.ppc  Personal Information Protection Commission
   trigger: personal-data leak possibly caused by a cyber attack; final report
   within 60 days; stage final report; duty mandatory; basis statute; law jp.law.appi; incidents personal-data breach
Duties of Electricity (core infrastructure) (jp.core.electricity):
-> jp.nco  National Cybersecurity Office
   trigger: specified intrusion event on a specified important computer
   deadline set by a subordinate rule (not found); duty mandatory; basis statute; incidents unauthorised access or intrusion
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
