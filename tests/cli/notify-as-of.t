# notify as of the workshop: NISC is told, the NCO is pending
args: --as-of 2022-07-20 notify energy --country jp
exit: 0
--- stdout
notify jp.sector.energy (Electricity Sector)
-> jp.nisc  National center of Incident readiness and Strategy for Cybersecurity
   trigger: serious failure
   by unknown (no deadline at hop 1); basis policy
-> jp.nco  National Cybersecurity Office  (pending: from 2025-07-01)
   trigger: serious failure
   by unknown (no deadline at hop 1); basis policy
