# function --country jp: intl.iwwn has no Japanese member, and no US body or the node us shows
args: -d graphs --as-of 2026-11-25 function incident-response --country jp -f tsv
exit: 0
--- stdout
section	country	id	name	detail	pending
leads	jp	jp.jpcert	Japan Computer Emergency Response Team Coordination Center		
leads	jp	jp.nco	National Cybersecurity Office		
leads	jp	jp.nco.gsoc	Government Security Operation Coordination team		
supports	jp	jp.ipa	Information-technology Promotion Agency, Japan		
supports	jp	jp.jcdc	JSDF Cyber Defense Command		
supports	jp	jp.nict	National Institute of Information and Communications Technology		
supports	jp	jp.npa	National Police Agency		
supports	jp	jp.npa.cyber-bureau	Cyber Affairs Bureau, National Police Agency		
supports	jp	jp.npa.cyber-force-center	Cyber Force Center, National Police Agency		
supports	jp	jp.npa.ncd	National Cyber Department		
supports	jp	jp.ppc	Personal Information Protection Commission		
supports	jp	jp.prefectural-police	Prefectural Police		
channel		bi.cdpwg	Japan-U.S. Cyber Defense Policy Working Group	members: jp.mod	
channel		bi.dhs-meti-cyber-moc	DHS-METI Memorandum of Cooperation on Cybersecurity	members: jp.meti	
channel		intl.apcert	Asia Pacific Computer Emergency Response Team	members: jp.jpcert	
channel		intl.first	Forum of Incident Response and Security Teams	members: jp.jpcert	
channel		intl.g7-cyber-expert-group	G7 Cyber Expert Group	members: jp	
channel		intl.iwwn	International Watch and Warning Network	no member on the side shown	
channel		intl.us-japan-rok-ci-cyber-experts	Japan-U.S.-ROK Experts Meeting on Critical Infrastructure Cybersecurity	members: jp.npa, jp.meti, jp.mod	
law	jp	jp.law.acd-reform-act	Act on the Development of Related Acts for the Enforcement of the Act on the Prevention of Damage Caused by Unauthorised Acts against Important Computers	behind: jp.nco	
step 1	jp	jp.step.ir.1-detect	Detect and contain the incident	performed by jp.sector.ict, jp.sector.finance, jp.sector.electricity	
step 2	jp	jp.step.ir.2-report	Report to the competent authorities	performed by jp.mic, jp.fsa, jp.meti, jp.mlit, jp.mhlw, jp.ppc, jp.prefectural-police	
step 3	jp	jp.step.ir.3-share	Relay to the national cybersecurity centre (NISC, then the NCO)	performed by jp.nco	
step 4	jp	jp.step.ir.4-support	Technical assistance and coordination	performed by jp.jpcert, jp.ipa, jp.nco	
step 5	jp	jp.step.ir.5-alert	Warn other organisations	performed by jp.jpcert, jp.ipa.j-csip, jp.ict-isac, jp.transport-isac, jp.financials-isac, jp.nco	
step 6	jp	jp.step.ir.6-recover	Recover and prevent recurrence	performed by jp.sector.ict, jp.sector.finance, jp.sector.electricity	
