# a catastrophic pattern against long text ends fast with a clear error
args: -d tests/fixtures/mini -d tests/fixtures/hostile/hostile.yaml search '(a+)+$'
exit: 2
--- stderr
cybermap: pattern '(a+)+$' needs too much backtracking; simplify it
