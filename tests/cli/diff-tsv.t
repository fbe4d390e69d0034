# diff for scripts: one row per change, the pending column last
args: diff 2015 2019 -f tsv
exit: 0
--- stdout
change	date	country	type	element	name	pending
appeared	2016-01-01	jp	agency	jp.ppc	Personal Information Protection Commission	
appeared	2015-01-09	jp	office	jp.nisc	National center of Incident readiness and Strategy for Cybersecurity	
appeared	2015-01-09	jp	notifies	jp.sector.energy -> jp.nisc	Electricity Sector -> National center of Incident readiness and Strategy for Cybersecurity	
appeared	2018-11-16	us	agency	us.cisa	Cybersecurity and Infrastructure Security Agency	
ended	2018-11-16	us	office	us.nppd	National Protection and Programs Directorate	
appeared	2018-11-16	us	notifies	us.cisa -> us.fbi	Cybersecurity and Infrastructure Security Agency -> Federal Bureau of Investigation	
appeared	2018-11-16	us	notifies	us.fbi -> us.cisa	Federal Bureau of Investigation -> Cybersecurity and Infrastructure Security Agency	
