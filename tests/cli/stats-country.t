# stats for one side
args: stats --country us
exit: 0
--- stdout
stats, as of 2026-11-25

element  type                       total  jp  us  none  not yet in force
node     country                    1      0   0   1     0
node     agency                     4      0   4   0     0
node     office                     0      0   0   0     0
node     council                    0      0   0   0     0
node     organization               0      0   0   0     0
node     sector                     1      0   1   0     0
node     function                   1      0   0   1     0
node     law or policy              1      0   1   0     0
node     channel                    1      0   0   1     0
node     step                       2      0   2   0     0
node     party told directly        0      0   0   0     0
node     (all)                      11     0   8   3     0
edge     part of                    2      0   2   0     0
edge     notifies                   4      0   4   0     1
edge     manages the sector's risk  1      0   1   0     0
edge     regulates                  0      0   0   0     0
edge     investigates               1      0   1   0     0
edge     leads                      1      0   1   0     0
edge     supports                   1      0   1   0     0
edge     counterpart                0      0   0   0     0
edge     coordinates with           0      0   0   0     0
edge     member of                  1      0   1   0     0
edge     established by             0      0   0   0     0
edge     succeeded by               0      0   0   0     0
edge     next step                  1      0   1   0     0
edge     performed by               4      0   4   0     0
edge     step of                    2      0   2   0     0
edge     overlaps                   0      0   0   0     0
edge     covers                     1      0   0   1     0
edge     (all)                      19     0   18  1     1
