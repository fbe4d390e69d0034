# --max-file-size refuses a larger map file
args: --max-file-size 1K check
exit: 2
--- stderr
cybermap: tests/fixtures/mini/schema.yaml:1:1: file is 13882 bytes, over the limit of 1024 bytes
