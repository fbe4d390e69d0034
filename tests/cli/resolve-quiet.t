# -q silences the note
args: -q notify 'energy sector' --country us -f tsv
exit: 0
--- stdout
depth	from	to	name	trigger	within	by	basis	duty	law	pending
1	us.sector.energy	us.fbi	Federal Bureau of Investigation	cybercrime	24h	24h	practice	voluntary		
2	us.fbi	us.cisa	Cybersecurity and Infrastructure Security Agency	report shared for asset response	2d	72h	policy			
3	us.cisa	us.fbi	Federal Bureau of Investigation	report shared for threat response	1bd	72h + 1bd	policy			
1	us.sector.energy	us.doe	Department of Energy	electric emergency		unknown (no deadline at hop 1)	statute			
1	us.sector.energy	us.cisa	Cybersecurity and Infrastructure Security Agency	substantial cyber incident	72h	72h	statute	mandatory	us.law.circia	pending
2	us.cisa	us.fbi	Federal Bureau of Investigation	report shared for threat response	1bd	72h + 1bd	policy			pending
3	us.fbi	us.cisa	Cybersecurity and Infrastructure Security Agency	report shared for asset response	2d	120h + 1bd	policy			pending
