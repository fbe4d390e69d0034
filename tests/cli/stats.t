# stats counts by type and side
args: stats
exit: 0
--- stdout
element  type              total  jp  us  none  not_yet_in_force
node     country           2      0   0   2     0
node     agency            5      1   4   0     0
node     office            1      1   0   0     0
node     council           0      0   0   0     0
node     organization      0      0   0   0     0
node     sector            2      1   1   0     0
node     function          1      0   0   1     0
node     law               1      0   1   0     0
node     mechanism         1      0   0   1     0
node     step              2      0   2   0     0
node     party             0      0   0   0     0
node     (all)             15     3   8   4     0
edge     part_of           2      0   2   0     0
edge     notifies          5      1   4   0     1
edge     risk_manages      1      0   1   0     0
edge     regulates         0      0   0   0     0
edge     investigates      1      0   1   0     0
edge     leads             2      1   1   0     0
edge     supports          2      1   1   0     0
edge     counterpart       2      0   2   0     0
edge     coordinates_with  0      0   0   0     0
edge     member_of         2      1   1   0     0
edge     established_by    0      0   0   0     0
edge     succeeded_by      0      0   0   0     0
edge     next              1      0   1   0     0
edge     performed_by      4      0   4   0     0
edge     step_of           2      0   2   0     0
edge     overlaps          0      0   0   0     0
edge     covers            0      0   0   0     0
edge     (all)             24     4   20  0     1
