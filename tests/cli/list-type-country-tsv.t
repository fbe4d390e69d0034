# list by type and country as TSV
args: list --type agency --country jp -f tsv
exit: 0
--- stdout
id	type	country	name	pending
jp.npa	agency	jp	National Police Agency	
jp.ppc	agency	jp	Personal Information Protection Commission	
