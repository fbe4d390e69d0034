# stats counts by type and side
args: stats
exit: 0
--- stdout
stats, as of 2026-11-25

element  type                       total  jp  us  none  not yet in force
node     country                    2      0   0   2     0
node     agency                     6      2   4   0     0
node     office                     1      1   0   0     0
node     council                    0      0   0   0     0
node     organization               0      0   0   0     0
node     sector                     3      2   1   0     0
node     function                   1      0   0   1     0
node     law or policy              2      1   1   0     0
node     channel                    1      0   0   1     0
node     step                       2      0   2   0     0
node     party told directly        0      0   0   0     0
node     (all)                      18     6   8   4     0
edge     part of                    2      0   2   0     0
edge     notifies                   8      4   4   0     1
edge     manages the sector's risk  1      0   1   0     0
edge     regulates                  0      0   0   0     0
edge     investigates               1      0   1   0     0
edge     leads                      2      1   1   0     0
edge     supports                   2      1   1   0     0
edge     counterpart                2      0   2   0     0
edge     coordinates with           0      0   0   0     0
edge     member of                  2      1   1   0     0
edge     established by             0      0   0   0     0
edge     succeeded by               0      0   0   0     0
edge     next step                  1      0   1   0     0
edge     performed by               4      0   4   0     0
edge     step of                    2      0   2   0     0
edge     overlaps                   1      1   0   0     0
edge     covers                     1      0   0   1     0
edge     (all)                      29     8   20  1     1
