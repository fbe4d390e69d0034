# --as-of takes a year, which stands for its first day; NISC then was the 2015 one
args: --as-of 2016 show NISC -f tsv
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
jp.nisc	description_ja	2015年から2025年まで内閣官房に置かれたサイバーセキュリティ政策の司令塔。	
jp.nisc	sources	https://www.nisc.go.jp/	
jp.nisc	checked	2026-11-25	
jp.nisc	<- notifies	jp.sector.energy (Electricity Sector) [since 2015-01-09; incidents any cyber incident; trigger serious failure; basis policy]	
