# the map before the NCO: NISC current, the NCO adopted (2025-05-16) and pending
args: --as-of 2025-06-01 notify energy --country jp
exit: 0
--- stdout
notify jp.sector.energy (Electricity Sector)
-> jp.nisc  National center of Incident readiness and Strategy for Cybersecurity
   trigger: serious failure
   by unknown (no deadline at hop 1); basis policy
-> jp.nco  National Cybersecurity Office  (pending: from 2025-07-01)
   trigger: serious failure
   by unknown (no deadline at hop 1); basis policy
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
