# path --all gives every shortest path
args: --as-of 2026-11-25 path us.fbi jp.nco --all
exit: 0
--- stdout
path us.fbi to jp.nco, as of 2026-11-25

path  hop  from                  relation         to                    name
1     1    us.fbi                <- notifies      us.cisa               Cybersecurity and Infrastructure Security Agency
1     2    us.cisa               <-> counterpart  jp.nco                National Cybersecurity Office
2     1    us.fbi                -> notifies      us.cisa               Cybersecurity and Infrastructure Security Agency
2     2    us.cisa               <-> counterpart  jp.nco                National Cybersecurity Office
3     1    us.fbi                -> supports      fn.incident-response  Incident response
3     2    fn.incident-response  <- leads         jp.nco                National Cybersecurity Office
