# Prints GAP's standard generators of the Mathieu groups as 1-based cycle lists, the data embedded in
# Sources/Groups/Catalog/CatalogGenerators+Mathieu.swift.  Run: gap -q bench/catalog/mathieu_generators.g
for n in [11, 12, 22, 23, 24] do
    Print("M", n, ": ", List(GeneratorsOfGroup(MathieuGroup(n)),
        g -> Filtered(Cycles(g, [1..n]), c -> Length(c) > 1)), "\n");
od;
QUIT;
