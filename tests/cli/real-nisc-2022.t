# real map: the map as of the workshop day
args: -d graphs --as-of 2022-07-20 show jp.nisc -f tsv
exit: 0
--- stdout
node	key	value	pending
jp.nisc	type	office	
jp.nisc	name	National center of Incident readiness and Strategy for Cybersecurity	
jp.nisc	since	2015-01-09	
jp.nisc	until	2025-07-01	
jp.nisc	short	NISC	
jp.nisc	name_ja	内閣サイバーセキュリティセンター	
jp.nisc	country	jp	
jp.nisc	description	Secretariat of the Cybersecurity Strategic Headquarters from 2015 to June 2025. It drafted the Cybersecurity Strategy, the critical infrastructure policy and the common standards for government bodies, watched government networks (GSOC) and coordinated between ministries and with critical-infrastructure sectors.	
jp.nisc	url	https://www.nisc.go.jp/eng/index.html	
jp.nisc	sources	https://www.nisc.go.jp/eng/index.html, https://www.japantimes.co.jp/news/2015/01/10/national/crime-legal/new-government-body-launched-to-counter-cyberattacks/, https://j-defense.ikaros.jp/docs/mod/003455.html	
jp.nisc	checked	2026-11-25	
jp.nisc	note	Reorganised into the National Cybersecurity Office on 2025-07-01; the last day as NISC was 2025-06-30 (until is exclusive).	
jp.nisc	-> member_of	bi.cyber-dialogue (Japan-U.S. Cyber Dialogue)	
jp.nisc	-> member_of	bi.internet-economy-dialogue (U.S.-Japan Policy Cooperation Dialogue on the Internet Economy)	
jp.nisc	-> member_of	intl.iwwn (International Watch and Warning Network)	
jp.nisc	-> part_of	jp.cas (Cabinet Secretariat)	
jp.nisc	-> established_by	jp.law.cybersecurity-basic-act (Basic Act on Cybersecurity)	
jp.nisc	<-> coordinates_with	jp.ipa (Information-technology Promotion Agency, Japan) [since 2015-02-10; until 2025-07-01; basis agreement]	
jp.nisc	<-> coordinates_with	jp.jpcert (Japan Computer Emergency Response Team Coordination Center) [until 2025-07-01; basis agreement]	
jp.nisc	-> risk_manages	jp.sector.government (Government and administrative services (including local governments)) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<-> counterpart	us.cisa (Cybersecurity and Infrastructure Security Agency) [until 2025-07-01; basis practice]	
jp.nisc	<- succeeded_by	jp.nisc-2005 (National Information Security Center) (ended)	
jp.nisc	<- notifies	jp.sector.government (Government and administrative services (including local governments)) [since 2015-01-09; until 2025-07-01; trigger security incident at a ministry, agency, independent administrative agency or designated corporation; basis policy; duty mandatory; law jp.law.unified-standards]	
jp.nisc	<- notifies	jp.mic (Ministry of Internal Affairs and Communications) [since 2015-01-09; until 2025-07-01; carries any; trigger operator report of a failure or attack in a sector the ministry is responsible for; basis policy; duty expected; law jp.law.cip-policy-2022]	
jp.nisc	<- notifies	jp.fsa (Financial Services Agency) [since 2015-01-09; until 2025-07-01; carries any; trigger operator report of a failure or attack in a sector the ministry is responsible for; basis policy; duty expected; law jp.law.cip-policy-2022]	
jp.nisc	<- notifies	jp.meti (Ministry of Economy, Trade and Industry) [since 2015-01-09; until 2025-07-01; carries any; trigger operator report of a failure or attack in a sector the ministry is responsible for; basis policy; duty expected; law jp.law.cip-policy-2022]	
jp.nisc	<- notifies	jp.mlit (Ministry of Land, Infrastructure, Transport and Tourism) [since 2015-01-09; until 2025-07-01; carries any; trigger operator report of a failure or attack in a sector the ministry is responsible for; basis policy; duty expected; law jp.law.cip-policy-2022]	
jp.nisc	<- notifies	jp.mhlw (Ministry of Health, Labour and Welfare) [since 2015-01-09; until 2025-07-01; carries any; trigger operator report of a failure or attack in a sector the ministry is responsible for; basis policy; duty expected; law jp.law.cip-policy-2022]	
