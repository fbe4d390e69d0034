# --incident: a ransomware attack sets off what any cyber incident does, and the data-breach reports it may cause
args: --as-of 2026-11-25 notify energy --country jp --incident ransomware
exit: 0
--- stdout
notify jp.sector.energy (Electricity Sector) and jp.core.electricity (Electricity (core infrastructure)), as of 2026-11-25

Reports to make, by deadline:
  mandatory
    promptly (within 3 to 5 days)  Personal Information Protection Commission (initial report) - personal-data leak possibly caused by a cyber attack; preli…
    within 60 days                 Personal Information Protection Commission (final report) - personal-data leak possibly caused by a cyber attack; final…
  duty not stated
    no deadline stated             National Cybersecurity Office - serious failure

Who is told, and who passes it on:
Duties of Electricity Sector (jp.sector.energy):
-> jp.ppc  Personal Information Protection Commission
   trigger: personal-data leak possibly caused by a cyber attack; preliminary report
   promptly (within 3 to 5 days); stage initial report; duty mandatory; basis statute; law jp.law.appi; incidents personal-data breach; matched personal-data breach (may follow from: ransomware attack)
-> jp.ppc  Personal Information Protection Commission
   trigger: personal-data leak possibly caused by a cyber attack; final report
   within 60 days; stage final report; duty mandatory; basis statute; law jp.law.appi; incidents personal-data breach; matched personal-data breach (may follow from: ransomware attack)
-> jp.nco  National Cybersecurity Office
   trigger: serious failure
   no deadline stated; basis policy; incidents any cyber incident; matched any cyber incident (a broader kind)
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
