# CISA's timeline for scripts: its predecessor NPPD first
args: --as-of 2026-11-25 history cisa -f json
exit: 0
--- stdout
{"query":"history us.cisa (Cybersecurity and Infrastructure Security Agency)","as_of":"2026-11-25",
"headings":{"date":"date","event":"event","relation":"relation","node":"node","name":"name","detail":"detail"},
"rows":[
{"date":"2007","event":"predecessor","relation":"","node":"us.nppd","name":"National Protection and Programs Directorate","detail":"2007 to 2018-11-16"},
{"date":"2018-11-16","event":"began","relation":"","node":"us.cisa","name":"Cybersecurity and Infrastructure Security Agency","detail":"from 2018-11-16"},
{"date":"2018-11-16","event":"began","relation":"-\u003e part_of","node":"us.dhs","name":"Department of Homeland Security","detail":"","shown":{"relation":"-\u003e part of"}},
{"date":"2018-11-16","event":"began","relation":"-\u003e leads","node":"fn.incident-response","name":"Incident response","detail":""},
{"date":"2018-11-16","event":"began","relation":"-\u003e member_of","node":"bi.cyber-dialogue","name":"Japan-U.S. Cyber Dialogue","detail":"","shown":{"relation":"-\u003e member of"}},
{"date":"2018-11-16","event":"began","relation":"-\u003e notifies","node":"us.fbi","name":"Federal Bureau of Investigation","detail":"since 2018-11-16; incidents a report received by the body upstream; trigger report shared for threat response; within 1bd; basis policy"},
{"date":"2018-11-16","event":"began","relation":"\u003c- notifies","node":"us.fbi","name":"Federal Bureau of Investigation","detail":"since 2018-11-16; incidents a report received by the body upstream; trigger report shared for asset response; within 2d; basis policy"},
{"date":"2025-07-01","event":"began","relation":"\u003c-\u003e counterpart","node":"jp.nco","name":"National Cybersecurity Office","detail":"basis practice"},
{"date":"pending","event":"began","relation":"\u003c- notifies","node":"us.sector.energy","name":"Energy Sector","detail":"since pending; incidents significant cyber incident; stage initial report; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia","pending":"pending"}],
"nodes":[
{"id":"us.cisa","type":"agency","name":"Cybersecurity and Infrastructure Security Agency","since":"2018-11-16","name_ja":"サイバーセキュリティ・インフラストラクチャー安全保障庁","description_ja":"重要インフラに対するサイバーリスクの把握と低減に向けた国家的取組を主導する。","short":"CISA","aliases":["America's Cyber Defense Agency"],"country":"us","description":"Leads the national effort to understand and reduce cyber risk to critical infrastructure.","url":"https://www.cisa.gov/","sources":["https://www.cisa.gov/about"],"checked":"2026-11-25","status":"current"},
{"id":"us.nppd","type":"office","name":"National Protection and Programs Directorate","since":"2007","until":"2018-11-16","name_ja":"国家保護・プログラム局","description_ja":"CISAの前身となった国土安全保障省の部局。","short":"NPPD","country":"us","note":"Formed in 2007 in a reorganisation of DHS; the day is not recorded here.","sources":["https://www.cisa.gov/about"],"checked":"2026-11-25","status":"gone"},
{"id":"us.dhs","type":"agency","name":"Department of Homeland Security","since":"2003-01-24","name_ja":"国土安全保障省","description_ja":"国土安全保障を担う連邦省。CISAを所管する。","short":"DHS","country":"us","sources":["https://www.dhs.gov/"],"checked":"2026-11-25","status":"current"},
{"id":"fn.incident-response","type":"function","name":"Incident response","description_ja":"サイバーインシデントの検知、封じ込め及び復旧。","name_ja":"インシデント対応","description":"Detecting, containing and recovering from cyber incidents.","sources":["https://www.cisa.gov/topics/cyber-threats-and-advisories"],"checked":"2026-11-25","status":"current"},
{"id":"bi.cyber-dialogue","type":"mechanism","name":"Japan-U.S. Cyber Dialogue","since":"2013-05-10","description_ja":"サイバー分野の政策全般を協議する日米間の政府間対話。","name_ja":"日米サイバー対話","scope":"bilateral","sources":["https://www.mofa.go.jp/"],"checked":"2026-11-25","status":"current"},
{"id":"us.fbi","type":"agency","name":"Federal Bureau of Investigation","since":"1908-07-26","name_ja":"連邦捜査局","description_ja":"サイバー犯罪を含む連邦犯罪の捜査を担う司法省の機関。","short":"FBI","country":"us","sources":["https://www.fbi.gov/investigate/cyber"],"checked":"2026-11-25","status":"current"},
{"id":"jp.nco","type":"office","name":"National Cybersecurity Office","since":"2025-07-01","description_ja":"NISCを改組して2025年に内閣官房に置かれたサイバーセキュリティ政策の司令塔。","short":"NCO","name_ja":"国家サイバー統括室","country":"jp","adopted":"2025-05-16","note":"Created by the law the Diet enacted on 2025-05-16 with the Active Cyber Defence Act.","url":"https://www.cyber.go.jp/","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"},
{"id":"us.sector.energy","type":"sector","name":"Energy Sector","name_ja":"エネルギー・セクター","description_ja":"電力、石油及び天然ガスの生産・供給を担う重要インフラ分野。","country":"us","sources":["https://www.cisa.gov/topics/critical-infrastructure-security-and-resilience/critical-infrastructure-sectors/energy-sector"],"checked":"2026-11-25","status":"current"}],
"edges":[
{"from":"us.cisa","to":"us.dhs","type":"part_of","status":"current"},
{"from":"us.cisa","to":"fn.incident-response","type":"leads","status":"current"},
{"from":"us.cisa","to":"bi.cyber-dialogue","type":"member_of","status":"current"},
{"from":"us.cisa","to":"us.fbi","type":"notifies","since":"2018-11-16","incidents":["report-received"],"trigger":"report shared for threat response","trigger_ja":"脅威対応のための報告の共有","within":"1bd","basis":"policy","sources":["https://www.cisa.gov/about"],"checked":"2026-11-25","status":"current"},
{"from":"us.fbi","to":"us.cisa","type":"notifies","since":"2018-11-16","incidents":["report-received"],"trigger":"report shared for asset response","trigger_ja":"資産対応のための報告の共有","within":"2d","basis":"policy","sources":["https://www.fbi.gov/investigate/cyber"],"checked":"2026-11-25","status":"current"},
{"from":"us.cisa","to":"jp.nco","type":"counterpart","symmetric":true,"basis":"practice","sources":["https://www.cyber.go.jp/"],"checked":"2026-11-25","status":"current"},
{"from":"us.sector.energy","to":"us.cisa","type":"notifies","since":"pending","incidents":["significant-incident"],"stage":"initial","trigger":"substantial cyber incident","trigger_ja":"重大なサイバーインシデント","within":"72h","basis":"statute","duty":"mandatory","law":"us.law.circia","sources":["https://www.cisa.gov/topics/cyber-threats-and-advisories/information-sharing/cyber-incident-reporting-critical-infrastructure-act-2022-circia"],"checked":"2026-11-25","status":"pending"}]}
