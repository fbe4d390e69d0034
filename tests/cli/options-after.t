# options go before or after the command
args: show -f tsv cisa
exit: 0
--- stdout
node	key	value	pending
us.cisa	type	agency	
us.cisa	name	Cybersecurity and Infrastructure Security Agency	
us.cisa	since	2018-11-16	
us.cisa	short	CISA	
us.cisa	aliases	America's Cyber Defense Agency	
us.cisa	name_ja	サイバーセキュリティ・インフラストラクチャー安全保障庁	
us.cisa	country	us	
us.cisa	description	Leads the national effort to understand and reduce cyber risk to critical infrastructure.	
us.cisa	description_ja	重要インフラに対するサイバーリスクの把握と低減に向けた国家的取組を主導する。	
us.cisa	url	https://www.cisa.gov/	
us.cisa	sources	https://www.cisa.gov/about	
us.cisa	checked	2026-11-25	
us.cisa	-> part_of	us.dhs (Department of Homeland Security)	
us.cisa	-> leads	fn.incident-response (Incident response)	
us.cisa	<-> counterpart	jp.nco (National Cybersecurity Office) [basis practice]	
us.cisa	-> member_of	bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)	
us.cisa	-> notifies	us.fbi (Federal Bureau of Investigation) [since 2018-11-16; incidents a report received by the body upstream; trigger report shared for threat response; within 1bd; basis policy]	
us.cisa	<- succeeded_by	us.nppd (National Protection and Programs Directorate) (ended)	
us.cisa	<- performed_by	us.step.ir.1-report (Incident reported)	
us.cisa	<- performed_by	us.step.ir.2-respond (Threat and asset response)	
us.cisa	<- notifies	us.sector.energy (Energy Sector) [since pending; incidents significant cyber incident; stage initial report; trigger substantial cyber incident; within 72h; basis statute; duty mandatory; law us.law.circia]	pending
us.cisa	<- notifies	us.fbi (Federal Bureau of Investigation) [since 2018-11-16; incidents a report received by the body upstream; trigger report shared for asset response; within 2d; basis policy]	
