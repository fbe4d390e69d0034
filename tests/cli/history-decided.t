# a body decided before it began shows the day it was decided first
args: history jp.nco
exit: 0
--- stdout
history jp.nco (National Cybersecurity Office), as of 2026-11-25

date        event        relation         node                  name                                              detail
2015-01-09  predecessor                   jp.nisc               National center of Incident readiness and Strat…  2015-01-09 to 2025-07-01
2025-05-16  decided                       jp.nco                National Cybersecurity Office                     from 2025-07-01
2025-07-01  began                         jp.nco                National Cybersecurity Office                     from 2025-07-01
2025-07-01  began        -> leads         fn.incident-response  Incident response                                 
2025-07-01  began        -> member of     bi.cyber-dialogue     Japan-U.S. Cyber Dialogue                         
2025-07-01  began        <-> counterpart  us.cisa               Cybersecurity and Infrastructure Security Agency  basis practice
2025-07-01  began        <- notifies      jp.sector.energy      Electricity Sector                                since 2025-07-01; incidents any cyber incident; trigger serious failure; basis policy; adopted 2025-05-16
2025-07-01  began        <- notifies      jp.core.electricity   Electricity (core infrastructure)                 since 2025-07-01; adopted 2025-05-16; trigger specified intrusion event on a specified important computer; incidents unauthorised access or intrusion; within by-order; basis statute; duty mandatory
