# --max-file-size needs a size
args: --max-file-size lots check
exit: 2
--- stderr
cybermap: bad --max-file-size 'lots'; give a size such as 64M
