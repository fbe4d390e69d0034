# path with --via and no path exits 1
args: path cisa nco --via part_of
exit: 1
