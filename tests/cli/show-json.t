# show as JSON carries rows, nodes and edges
args: --as-of 2026-11-25 show nco -f json
exit: 0
--- stdout
{"query":"show jp.nco","as_of":"2026-11-25",
"headings":{"node":"node","key":"key","value":"value"},
"rows":[
{"node":"jp.nco","key":"type","value":"office"},
{"node":"jp.nco","key":"name","value":"National Cybersecurity Office"},
{"node":"jp.nco","key":"since","value":"2025-07-01"},
{"node":"jp.nco","key":"short","value":"NCO","shown":{"key":"short name"}},
{"node":"jp.nco","key":"name_ja","value":"国家サイバー統括室","shown":{"key":"Japanese name"}},
{"node":"jp.nco","key":"country","value":"jp"},
{"node":"jp.nco","key":"description_ja","value":"NISCを改組して2025年に内閣官房に置かれたサイバーセキュリティ政策の司令塔。","shown":{"key":"description in Japanese"}},
{"node":"jp.nco","key":"url","value":"https://www.cyber.go.jp/","shown":{"key":"web site"}},
{"node":"jp.nco","key":"sources","value":"https://www.cyber.go.jp/"},
{"node":"jp.nco","key":"checked","value":"2026-11-25"},
{"node":"jp.nco","key":"adopted","value":"2025-05-16"},
{"node":"jp.nco","key":"note","value":"Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act."},
{"node":"jp.nco","key":"-\u003e leads","value":"fn.incident-response (Incident response)"},
{"node":"jp.nco","key":"-\u003e member_of","value":"bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)","shown":{"key":"-\u003e member of"}},
{"node":"jp.nco","key":"\u003c- succeeded_by","value":"jp.nisc (National center of Incident readiness and Strategy for Cybersecurity) (ended)","shown":{"key":"\u003c- succeeded by"}},
{"node":"jp.nco","key":"\u003c-\u003e counterpart","value":"us.cisa (Cybersecurity and Infrastructure Security Agency) [basis practice]"},
{"node":"jp.nco","key":"\u003c- notifies","value":"jp.sector.energy (Electricity Sector) [since 2025-07-01; incidents any cyber incident; trigger serious failure; basis policy; adopted 2025-05-16]"},
{"node":"jp.nco","key":"\u003c- notifies","value":"jp.core.electricity (Electricity (core infrastructure)) [since 2025-07-01; adopted 2025-05-16; trigger specified intrusion event on a specified important computer; incidents unauthorised access or intrusion; within by-order; basis statute; duty mandatory]"}],
"nodes":[
{"id":"jp.nco","type":"office","name":"National Cybersecurity Office","since":"2025-07-01","description_ja":"NISCを改組して2025年に内閣官房に置かれたサイバーセキュリティ政策の司令塔。","short":"NCO","name_ja":"国家サイバー統括室","country":"jp","adopted":"2025-05-16","note":"Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act.","url":"https://www.cyber.go.jp/","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"},
{"id":"fn.incident-response","type":"function","name":"Incident response","description_ja":"サイバーインシデントの検知、封じ込め及び復旧。","name_ja":"インシデント対応","description":"Detecting, containing and recovering from cyber incidents.","sources":["https://www.cisa.gov/topics/cyber-threats-and-advisories"],"checked":"2026-11-25","status":"current"},
{"id":"bi.cyber-dialogue","type":"mechanism","name":"Japan-U.S. Cyber Dialogue","since":"2013-05-10","description_ja":"サイバー分野の政策全般を協議する日米間の政府間対話。","name_ja":"日米サイバー対話","scope":"bilateral","sources":["https://www.mofa.go.jp/"],"checked":"2026-11-25","status":"current"},
{"id":"jp.nisc","type":"office","name":"National center of Incident readiness and Strategy for Cybersecurity","since":"2015-01-09","until":"2025-07-01","description_ja":"2015年から2025年まで内閣官房に置かれたサイバーセキュリティ政策の司令塔。","short":"NISC","name_ja":"内閣サイバーセキュリティセンター","country":"jp","sources":["https://www.nisc.go.jp/"],"checked":"2026-11-25","status":"gone"},
{"id":"us.cisa","type":"agency","name":"Cybersecurity and Infrastructure Security Agency","since":"2018-11-16","name_ja":"サイバーセキュリティ・インフラストラクチャー安全保障庁","description_ja":"重要インフラに対するサイバーリスクの把握と低減に向けた国家的取組を主導する。","short":"CISA","aliases":["America's Cyber Defense Agency"],"country":"us","description":"Leads the national effort to understand and reduce cyber risk to critical infrastructure.","url":"https://www.cisa.gov/","sources":["https://www.cisa.gov/about"],"checked":"2026-11-25","status":"current"},
{"id":"jp.sector.energy","type":"sector","name":"Electricity Sector","description_ja":"重要インフラ分野の一つである電力分野。","name_ja":"電力","country":"jp","sources":["https://www.nisc.go.jp/policy/group/infra/index.html"],"checked":"2026-11-25","status":"current"},
{"id":"jp.core.electricity","type":"sector","name":"Electricity (core infrastructure)","since":"2023-11-17","description_ja":"経済安全保障推進法に基づく基幹インフラ事業の一つである電気事業。","name_ja":"電気(特定社会基盤事業)","country":"jp","sources":["https://www.cao.go.jp/keizai_anzen_hosho/index.html"],"checked":"2026-11-25","status":"current"}],
"edges":[
{"from":"jp.nco","to":"fn.incident-response","type":"leads","status":"current"},
{"from":"jp.nco","to":"bi.cyber-dialogue","type":"member_of","status":"current"},
{"from":"jp.nisc","to":"jp.nco","type":"succeeded_by","status":"gone"},
{"from":"us.cisa","to":"jp.nco","type":"counterpart","symmetric":true,"basis":"practice","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"},
{"from":"jp.sector.energy","to":"jp.nco","type":"notifies","since":"2025-07-01","incidents":["cyber-incident"],"trigger":"serious failure","trigger_ja":"重大な障害","basis":"policy","adopted":"2025-05-16","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"},
{"from":"jp.core.electricity","to":"jp.nco","type":"notifies","since":"2025-07-01","adopted":"2025-05-16","trigger":"specified intrusion event on a specified important computer","trigger_ja":"特定重要電子計算機に係る特定侵害事象","incidents":["intrusion"],"within":"by-order","basis":"statute","duty":"mandatory","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"}]}
