# --max-file-size refuses a larger map file
args: -d tests/fixtures/limit --max-file-size 1K check
exit: 2
--- stderr
cybermap: tests/fixtures/limit/big.yaml:1:1: file is 3187 bytes, over the limit of 1024 bytes
