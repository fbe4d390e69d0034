# as of 2016 nobody had decided on CISA: its timeline has nothing yet
args: --as-of 2016 history cisa
exit: 1
