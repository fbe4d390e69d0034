# -q silences the note
args: -q notify 'energy sector' --country us -f tsv
exit: 0
--- stdout
depth	sector	from	to	name	trigger	within	by	stage	duty	basis	law	incidents	by_hours_min	by_hours_max	by_business_days_min	by_business_days_max	pending
1	us.sector.energy	us.sector.energy	us.fbi	Federal Bureau of Investigation	cybercrime	24h	24h		voluntary	practice		cyber-incident	24	24	0	0	
2	us.sector.energy	us.fbi	us.cisa	Cybersecurity and Infrastructure Security Agency	report shared for asset response	2d	3d			policy		report-received	72	72	0	0	
3	us.sector.energy	us.cisa	us.fbi	Federal Bureau of Investigation	report shared for threat response	1bd	3d+1bd			policy		report-received	72	72	1	1	
1	us.sector.energy	us.sector.energy	us.doe	Department of Energy	electric emergency		unknown			statute		service-outage					
1	us.sector.energy	us.sector.energy	us.cisa	Cybersecurity and Infrastructure Security Agency	substantial cyber incident	72h	72h	initial	mandatory	statute	us.law.circia	significant-incident	72	72	0	0	pending
2	us.sector.energy	us.cisa	us.fbi	Federal Bureau of Investigation	report shared for threat response	1bd	72h+1bd			policy		report-received	72	72	1	1	pending
3	us.sector.energy	us.fbi	us.cisa	Cybersecurity and Infrastructure Security Agency	report shared for asset response	2d	5d+1bd			policy		report-received	120	120	1	1	pending
