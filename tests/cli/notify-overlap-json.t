# the overlapping core area's duty comes with its sector, for scripts too
args: --as-of 2026-11-25 notify energy --country jp --duty mandatory -f json
exit: 0
--- stdout
{"query":"notify jp.sector.energy (Electricity Sector) and jp.core.electricity (Electricity (core infrastructure))","as_of":"2026-11-25",
"rows":[
{"depth":1,"sector":"jp.sector.energy","from":"jp.sector.energy","to":"jp.ppc","name":"Personal Information Protection Commission","trigger":"personal-data leak possibly caused by a cyber attack; preliminary report","within":"promptly 3-5d","by":"3-5d","stage":"initial","duty":"mandatory","basis":"statute","law":"jp.law.appi","incidents":"data-breach","by_hours_min":72,"by_hours_max":120,"by_business_days_min":0,"by_business_days_max":0},
{"depth":1,"sector":"jp.sector.energy","from":"jp.sector.energy","to":"jp.ppc","name":"Personal Information Protection Commission","trigger":"personal-data leak possibly caused by a cyber attack; final report","within":"60d","by":"60d","stage":"final","duty":"mandatory","basis":"statute","law":"jp.law.appi","incidents":"data-breach","by_hours_min":1440,"by_hours_max":1440,"by_business_days_min":0,"by_business_days_max":0},
{"depth":1,"sector":"jp.core.electricity","from":"jp.core.electricity","to":"jp.nco","name":"National Cybersecurity Office","trigger":"specified intrusion event on a specified important computer","within":"by-order","by":"by-order","stage":"","duty":"mandatory","basis":"statute","law":"","incidents":"intrusion","by_hours_min":null,"by_hours_max":null,"by_business_days_min":null,"by_business_days_max":null}],
"nodes":[
{"id":"jp.sector.energy","type":"sector","name":"Electricity Sector","name_ja":"電力","country":"jp","sources":["https://www.nisc.go.jp/policy/group/infra/index.html"],"checked":"2026-11-25","status":"current"},
{"id":"jp.ppc","type":"agency","name":"Personal Information Protection Commission","since":"2016-01-01","short":"PPC","name_ja":"個人情報保護委員会","country":"jp","sources":["https://www.ppc.go.jp/"],"checked":"2026-11-25","status":"current"},
{"id":"jp.core.electricity","type":"sector","name":"Electricity (core infrastructure)","since":"2023-11-17","name_ja":"電気(特定社会基盤事業)","country":"jp","sources":["https://www.cao.go.jp/keizai_anzen_hosho/index.html"],"checked":"2026-11-25","status":"current"},
{"id":"jp.nco","type":"office","name":"National Cybersecurity Office","since":"2025-07-01","short":"NCO","name_ja":"国家サイバー統括室","country":"jp","adopted":"2025-05-16","note":"Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act.","url":"https://www.cyber.go.jp/","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"}],
"edges":[
{"from":"jp.sector.energy","to":"jp.ppc","type":"notifies","since":"2022-04-01","trigger":"personal-data leak possibly caused by a cyber attack; preliminary report","incidents":["data-breach"],"within":"promptly 3-5d","stage":"initial","basis":"statute","duty":"mandatory","law":"jp.law.appi","sources":["https://www.ppc.go.jp/personalinfo/legal/leakAction/"],"checked":"2026-11-25","status":"current"},
{"from":"jp.sector.energy","to":"jp.ppc","type":"notifies","since":"2022-04-01","trigger":"personal-data leak possibly caused by a cyber attack; final report","incidents":["data-breach"],"within":"60d","stage":"final","basis":"statute","duty":"mandatory","law":"jp.law.appi","sources":["https://www.ppc.go.jp/personalinfo/legal/leakAction/"],"checked":"2026-11-25","status":"current"},
{"from":"jp.core.electricity","to":"jp.nco","type":"notifies","since":"2025-07-01","adopted":"2025-05-16","trigger":"specified intrusion event on a specified important computer","incidents":["intrusion"],"within":"by-order","basis":"statute","duty":"mandatory","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"}]}
--- stderr
cybermap: taking 'energy' as jp.sector.energy (Electricity Sector)
