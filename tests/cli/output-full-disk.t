# writing to a full disk fails cleanly
args: list -o /dev/full
exit: 2
--- stderr
cybermap: cannot write '/dev/full': No space left on device
