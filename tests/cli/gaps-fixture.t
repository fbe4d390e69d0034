# one gap of each kind the schema declares, and none elsewhere
args: -d tests/fixtures/gaps --as-of 2026-11-25 gaps
exit: 0
--- stdout
gaps, as of 2026-11-25

gap                                               country  element                       explanation
function without a bilateral channel                       fn.b                          no bilateral channel's agenda covers Function B
function led on one side only                              fn.b                          Function B has a lead in one country and none in Japan
lead body without a declared counterpart          us       us.b                          US Agency B leads a function but has no declared counterpart
sector without a mandatory report                 us       us.s2                         no operator of Sector Two must report an incident to any body
sector whose reports never reach the national c…  us       us.s2                         no chain of reports from Sector Two reaches its country's national coordinator
mandatory report without a deadline               jp       jp.s1 -> jp.a (notifies)      the mandatory report Sector Three -> Japan Agency A has no period set (no deadline set)
onward report without a deadline                  us       us.a -> us.b (notifies)       US Agency A -> US Agency B passes a report on with no deadline, so the chain's total is unknown
sector manager told nothing by its sector         us       us.b -> us.s1 (risk_manages)  US Agency B -> Sector One: the body manages the sector's risk but no report flows to it from the sector
element without an official source                jp       jp.s1                         Sector Three cites no official or primary source
sources not checked for two years                 jp       jp.s2                         the sources of Sector Four were last checked more than 730 days ago
