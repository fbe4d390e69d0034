# a tie lists each candidate with the command to type, shell-quoted
args: -d graphs counterpart 財務省
exit: 2
--- stderr
cybermap: '財務省' names 2 nodes; say which one:
  jp.mof  agency  Ministry of Finance  (from 2001-01-06)
      cybermap -d graphs counterpart jp.mof
  us.treasury  agency  Department of the Treasury  (from 1789-09-02)
      cybermap -d graphs counterpart us.treasury
