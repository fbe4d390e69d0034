# between the workshop and the law that created the NCO: the NCO became pending
args: diff 2022-07-20 2025-06-01 --country jp
exit: 0
--- stdout
diff 2022-07-20 2025-06-01

change    date        country  type      element                        name
pending   2025-05-16  jp       office    jp.nco                         National Cybersecurity Office  (pending: from 2025-07-01)
appeared  2023-11-17  jp       sector    jp.core.electricity            Electricity (core infrastructure)
pending   2025-05-16  jp       notifies  jp.core.electricity -> jp.nco  Electricity (core infrastructure) -> National Cybersecurity Office  (pending: from 2025-07-01)
pending   2025-05-16  jp       notifies  jp.sector.energy -> jp.nco     Electricity Sector -> National Cybersecurity Office  (pending: from 2025-07-01)
