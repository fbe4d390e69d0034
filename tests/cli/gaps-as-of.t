# gaps as the map stood before anything was in it: the empty answer says why
args: -d tests/fixtures/gaps --as-of 2026-11-25 gaps --kind stale-sources --country us
exit: 1
--- stderr
cybermap: nothing found: the map shows no gap of the kinds the schema declares
