# gaps for scripts: the kind's id and label, the country (empty for the alliance's)
args: -d tests/fixtures/gaps --as-of 2026-11-25 gaps -f tsv
exit: 0
--- stdout
kind	label	country	element	name	explanation	pending
no-bilateral-channel	function without a bilateral channel		fn.b	Function B	no bilateral channel's agenda covers Function B	
one-sided-lead	function led on one side only		fn.b	Function B	Function B has a lead in one country and none in Japan	
lead-without-counterpart	lead body without a declared counterpart	us	us.b	US Agency B	US Agency B leads a function but has no declared counterpart	
no-mandatory-report	sector without a mandatory report	us	us.s2	Sector Two	no operator of Sector Two must report an incident to any body	
coordinator-unreached	sector whose reports never reach the national coordinator	us	us.s2	Sector Two	no chain of reports from Sector Two reaches its country's national coordinator	
mandatory-without-deadline	mandatory report without a deadline	jp	jp.s1 -> jp.a (notifies)	Sector Three -> Japan Agency A	the mandatory report Sector Three -> Japan Agency A has no period set (no deadline set)	
onward-without-deadline	onward report without a deadline	us	us.a -> us.b (notifies)	US Agency A -> US Agency B	US Agency A -> US Agency B passes a report on with no deadline, so the chain's total is unknown	
manager-without-flow	sector manager told nothing by its sector	us	us.b -> us.s1 (risk_manages)	US Agency B -> Sector One	US Agency B -> Sector One: the body manages the sector's risk but no report flows to it from the sector	
no-official-source	element without an official source	jp	jp.s1	Sector Three	Sector Three cites no official or primary source	
stale-sources	sources not checked for two years	jp	jp.s2	Sector Four	the sources of Sector Four were last checked more than 730 days ago	
