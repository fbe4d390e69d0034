# one kind only
args: -d tests/fixtures/gaps --as-of 2026-11-25 gaps --kind coordinator-unreached
exit: 0
--- stdout
gaps, as of 2026-11-25

gap                                               country  element  explanation
sector whose reports never reach the national c…  us       us.s2    no chain of reports from Sector Two reaches its country's national coordinator
