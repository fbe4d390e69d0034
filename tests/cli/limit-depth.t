# --max-depth refuses deeper YAML
args: --max-depth 2 check
exit: 2
--- stderr
cybermap: tests/fixtures/mini/schema.yaml:10:5: nesting deeper than 2 levels
