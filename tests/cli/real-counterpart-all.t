# real map: --all lists every inferred body
args: -d graphs --as-of 2026-11-25 counterpart sec --all -f tsv
exit: 0
--- stdout
kind	id	country	name	detail	pending
inferred	jp.fsa	jp	Financial Services Agency	score 4; both support Critical infrastructure protection; both: regulates Financial Services Sector; same type	
inferred	jp.maff	jp	Ministry of Agriculture, Forestry and Fisheries	score 4; both support Critical infrastructure protection; both: regulates Financial Services Sector; same type	
inferred	jp.mof	jp	Ministry of Finance	score 4; both support Critical infrastructure protection; both: regulates Financial Services Sector; same type	
inferred	jp.cao	jp	Cabinet Office	score 2; both support Critical infrastructure protection; same type	
inferred	jp.digital	jp	Digital Agency	score 2; both support Critical infrastructure protection; same type	
inferred	jp.meti	jp	Ministry of Economy, Trade and Industry	score 2; both support Critical infrastructure protection; same type	
inferred	jp.mhlw	jp	Ministry of Health, Labour and Welfare	score 2; both support Critical infrastructure protection; same type	
inferred	jp.mic	jp	Ministry of Internal Affairs and Communications	score 2; both support Critical infrastructure protection; same type	
inferred	jp.mlit	jp	Ministry of Land, Infrastructure, Transport and Tourism	score 2; both support Critical infrastructure protection; same type	
inferred	jp.nco	jp	National Cybersecurity Office	score 2; one leads, one supports Critical infrastructure protection	
inferred	jp.cao.economic-security	jp	Economic Security Promotion Office, Cabinet Office	score 1; both support Critical infrastructure protection	
inferred	jp.ceptoar-council	jp	CEPTOAR Council	score 1; both support Critical infrastructure protection	
inferred	jp.ipa	jp	Information-technology Promotion Agency, Japan	score 1; both support Critical infrastructure protection	
inferred	jp.ipa.icscoe	jp	Industrial Cyber Security Center of Excellence	score 1; both support Critical infrastructure protection	
inferred	jp.meti.cyber-division	jp	Cybersecurity Division, Commerce and Information Policy Bureau	score 1; both support Critical infrastructure protection	
inferred	jp.meti.icsg	jp	Study Group for Industrial Cybersecurity	score 1; both support Critical infrastructure protection	
inferred	jp.nss.economic	jp	Economic Division, National Security Secretariat	score 1; both support Critical infrastructure protection	
