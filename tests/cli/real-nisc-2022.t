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
jp.nisc	aliases_ja	内閣サイバー, NISC, ニスク	
jp.nisc	country	jp	
jp.nisc	description	Secretariat of the Cybersecurity Strategic Headquarters from 2015 to June 2025. It drafted the Cybersecurity Strategy, the critical infrastructure policy and the common standards for government bodies, watched government networks (GSOC) and coordinated between ministries and with critical-infrastructure sectors.	
jp.nisc	description_ja	サイバーセキュリティ基本法の施行に合わせ内閣官房情報セキュリティセンターを改組して置かれたセンター(2015年1月〜2025年6月)。サイバーセキュリティ戦略本部の事務局として戦略、重要インフラ行動計画、政府機関等の統一基準を立案し、GSOCで政府機関を監視し、府省庁間や重要インフラ分野との調整を担った。	
jp.nisc	url	https://www.nisc.go.jp/eng/index.html	
jp.nisc	sources	https://www.nisc.go.jp/eng/index.html, https://www.japantimes.co.jp/news/2015/01/10/national/crime-legal/new-government-body-launched-to-counter-cyberattacks/, https://j-defense.ikaros.jp/docs/mod/003455.html, https://kotobank.jp/word/%E5%86%85%E9%96%A3%E3%81%95%E3%81%84%E3%81%B0%E3%83%BC%E3%81%9B%E3%81%8D%E3%82%86%E3%82%8A%E3%81%A6%E3%81%84%E3%81%9B%E3%82%93%E3%81%9F%E3%83%BC-1726203, https://imidas.jp/genre/detail/A-124-0475.html	
jp.nisc	checked	2026-12-01	
jp.nisc	note	Reorganised into the National Cybersecurity Office on 2025-07-01; the last day as NISC was 2025-06-30 (until is exclusive). Shown as national coordinator: its statutory tasks under the Cabinet Secretariat Organisation Order included the overall coordination (総合調整) of government bodies' cybersecurity, and it was the secretariat of the Headquarters and of the Cybersecurity Council.	
jp.nisc	roles	national-coordinator	
jp.nisc	-> member_of	bi.cyber-dialogue (Japan-U.S. Cyber Dialogue) [since 2015-07-22; until 2025-07-01]	
jp.nisc	-> member_of	bi.internet-economy-dialogue (U.S.-Japan Policy Cooperation Dialogue on the Internet Economy) [since 2016-02-25; until 2025-07-01]	
jp.nisc	-> member_of	intl.iwwn (International Watch and Warning Network)	
jp.nisc	-> member_of	intl.apt10-attribution-2018 (Coordinated public attribution of APT10 (December 2018))	
jp.nisc	-> member_of	intl.us-japan-rok-ci-cyber-experts (Japan-U.S.-ROK Experts Meeting on Critical Infrastructure Cybersecurity)	
jp.nisc	-> part_of	jp.cas (Cabinet Secretariat)	
jp.nisc	-> leads	fn.critical-infrastructure (Critical infrastructure protection)	
jp.nisc	-> leads	fn.incident-response (Cyber incident response)	
jp.nisc	-> supports	fn.national-strategy (National cyber strategy and policy coordination)	
jp.nisc	-> supports	fn.information-sharing (Cyber threat information sharing)	
jp.nisc	-> supports	fn.public-private-partnership (Public-private partnership)	
jp.nisc	-> supports	fn.multilateral-engagement (Cyber diplomacy and international engagement)	
jp.nisc	-> established_by	jp.law.cybersecurity-basic-act (Basic Act on Cybersecurity)	
jp.nisc	<-> coordinates_with	jp.ipa (Information-technology Promotion Agency, Japan) [since 2015-02-10; until 2025-07-01; basis agreement]	
jp.nisc	<-> coordinates_with	jp.jpcert (Japan Computer Emergency Response Team Coordination Center) [since 2015-02; until 2025-07-01; basis agreement]	
jp.nisc	-> risk_manages	jp.sector.government (Government and administrative services (including local governments)) [since 2015-01-09; until 2017-04-18; basis policy; law jp.law.cip-action-plan-2014] (ended)	
jp.nisc	-> risk_manages	jp.sector.government (Government and administrative services (including local governments)) [since 2017-04-18; until 2022-06-17; basis policy; law jp.law.cip-policy-2017] (ended)	
jp.nisc	-> risk_manages	jp.sector.government (Government and administrative services (including local governments)) [since 2022-06-17; until 2025-07-01; basis policy; law jp.law.cip-policy-2022]	
jp.nisc	<-> counterpart	us.nppd (National Protection and Programs Directorate) [since 2015-01-09; until 2018-11-16; basis practice] (ended)	
jp.nisc	<-> counterpart	us.cisa (Cybersecurity and Infrastructure Security Agency) [since 2018-11-16; until 2025-07-01; basis practice]	
jp.nisc	<-> counterpart	us.oncd (Office of the National Cyber Director) [since 2021-01-01; until 2025-07-01; basis practice]	
jp.nisc	<- succeeded_by	jp.nisc-2005 (National Information Security Center) (ended)	
jp.nisc	<- part_of	jp.nco.gsoc (Government Security Operation Coordination team) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- notifies	jp.mic (Ministry of Internal Affairs and Communications) [since 2015-01-09; until 2017-04-18; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-action-plan-2014; carries passes on any report; adopted 2014-11-12] (ended)	
jp.nisc	<- notifies	jp.mic (Ministry of Internal Affairs and Communications) [since 2017-04-18; until 2022-06-17; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-policy-2017; carries passes on any report] (ended)	
jp.nisc	<- notifies	jp.mic (Ministry of Internal Affairs and Communications) [since 2022-06-17; until 2025-07-01; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; within promptly; basis policy; duty expected; law jp.law.cip-policy-2022; carries passes on any report]	
jp.nisc	<- notifies	jp.fsa (Financial Services Agency) [since 2015-01-09; until 2017-04-18; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-action-plan-2014; carries passes on any report; adopted 2014-11-12] (ended)	
jp.nisc	<- notifies	jp.fsa (Financial Services Agency) [since 2017-04-18; until 2022-06-17; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-policy-2017; carries passes on any report] (ended)	
jp.nisc	<- notifies	jp.fsa (Financial Services Agency) [since 2022-06-17; until 2025-07-01; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; within promptly; basis policy; duty expected; law jp.law.cip-policy-2022; carries passes on any report]	
jp.nisc	<- notifies	jp.meti (Ministry of Economy, Trade and Industry) [since 2015-01-09; until 2017-04-18; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-action-plan-2014; carries passes on any report; adopted 2014-11-12] (ended)	
jp.nisc	<- notifies	jp.meti (Ministry of Economy, Trade and Industry) [since 2017-04-18; until 2022-06-17; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-policy-2017; carries passes on any report] (ended)	
jp.nisc	<- notifies	jp.meti (Ministry of Economy, Trade and Industry) [since 2022-06-17; until 2025-07-01; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; within promptly; basis policy; duty expected; law jp.law.cip-policy-2022; carries passes on any report]	
jp.nisc	<- notifies	jp.mlit (Ministry of Land, Infrastructure, Transport and Tourism) [since 2015-01-09; until 2017-04-18; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-action-plan-2014; carries passes on any report; adopted 2014-11-12] (ended)	
jp.nisc	<- notifies	jp.mlit (Ministry of Land, Infrastructure, Transport and Tourism) [since 2017-04-18; until 2022-06-17; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-policy-2017; carries passes on any report] (ended)	
jp.nisc	<- notifies	jp.mlit (Ministry of Land, Infrastructure, Transport and Tourism) [since 2022-06-17; until 2025-07-01; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; within promptly; basis policy; duty expected; law jp.law.cip-policy-2022; carries passes on any report]	
jp.nisc	<- notifies	jp.mhlw (Ministry of Health, Labour and Welfare) [since 2015-01-09; until 2017-04-18; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-action-plan-2014; carries passes on any report; adopted 2014-11-12] (ended)	
jp.nisc	<- notifies	jp.mhlw (Ministry of Health, Labour and Welfare) [since 2017-04-18; until 2022-06-17; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; basis policy; duty expected; law jp.law.cip-policy-2017; carries passes on any report] (ended)	
jp.nisc	<- notifies	jp.mhlw (Ministry of Health, Labour and Welfare) [since 2022-06-17; until 2025-07-01; trigger operator report of a failure or attack in a sector the ministry is responsible for; incidents a report received by the body upstream; within promptly; basis policy; duty expected; law jp.law.cip-policy-2022; carries passes on any report]	
jp.nisc	<- notifies	jp.sector.ict (Information and communication) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.finance (Finance) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.aviation (Aviation) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.airports (Airports) [since 2018-07-25; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.railway (Railway) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.electricity (Electric power) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.gas (Gas) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.government (Government and administrative services (including local governments)) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.medical (Medical services) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.water (Water supply) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.logistics (Logistics) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.chemical (Chemical industry) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.credit-card (Credit card services) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.petroleum (Petroleum industry) [since 2017-04-18; until 2022-06-17; trigger serious incident (for example a cyber attack) that the operator chooses to report to NISC directly; incidents any cyber incident, outage or serious degradation of a service; within none; basis policy; duty voluntary; law jp.law.cip-policy-2017] (ended)	
jp.nisc	<- notifies	jp.sector.government (Government and administrative services (including local governments)) [since 2015-01-09; until 2025-07-01; trigger cyber attack or other security incident at a ministry, agency, incorporated administrative agency or designated corporation; incidents incident on a government information system, any cyber incident; within promptly; basis policy; duty mandatory; law jp.law.unified-standards; adopted 2014-11-12]	
jp.nisc	<- performed_by	jp.step.ir.3-share (Relay to the national cybersecurity centre (NISC, then the NCO)) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.ir.4-support (Technical assistance and coordination) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.ir.5-alert (Warn other organisations) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.cip.1-policy (Set the CIP policy and sectors) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.cip.5-sharing (Information sharing) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.cip.6-exercises (Cross-sector exercises and review) [since 2015-01-09; until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.is.2-analyse (Analysis and countermeasure information shared) [until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.ns.2-draft (Draft prepared with experts) [until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.ns.3-consult (Public comment) [until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.attr.1-analyse (Investigation and analysis) [until 2025-07-01]	
jp.nisc	<- performed_by	jp.step.attr.2-cosign (Joint document co-signed) [until 2025-07-01]	
