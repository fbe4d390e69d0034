# --version
args: --version
exit: 0
--- stdout
cybermap 0.1.0
