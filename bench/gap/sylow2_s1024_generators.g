# GAP's generators of the Sylow 2-subgroup of S_1024, written as a group for `tower group
# --gap-file` (issue 16's target: the whole report from these generators in < 20 s, < 2 GB).
#   gap -q -b bench/gap/sylow2_s1024_generators.g < /dev/null   # writes /tmp/sylow2_s1024.g
G := SylowSubgroup(SymmetricGroup(1024), 2);
Print("generators: ", Length(GeneratorsOfGroup(G)), "\n");
PrintTo("/tmp/sylow2_s1024.g", "Group(", GeneratorsOfGroup(G), ")\n");
QUIT;
