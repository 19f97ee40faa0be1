# Generates the generators and derived-factor invariants in TestGroups.swift: gap -q gens.g
show := function(name, G)
  local D, i, inv;
  D := DerivedSeriesOfGroup(G);
  inv := List([1..Length(D)-1], i -> AbelianInvariants(D[i]/D[i+1]));
  Print(name, " | ", GeneratorsOfGroup(G), " | ", Size(G), " | ", inv, "\n");
end;
show("Q8", Image(IsomorphismPermGroup(QuaternionGroup(8))));
show("SL23", Action(SL(2,3), Difference(Elements(GF(3)^2), [Zero(GF(3)^2)]), OnRight));
show("GL23", Action(GL(2,3), Difference(Elements(GF(3)^2), [Zero(GF(3)^2)]), OnRight));
show("C2wrS3", WreathProduct(CyclicGroup(IsPermGroup,2), SymmetricGroup(3)));
show("S3wrC2", WreathProduct(SymmetricGroup(3), CyclicGroup(IsPermGroup,2)));
show("S4", SymmetricGroup(4));
show("C60", CyclicGroup(IsPermGroup,60));
show("D8", Group((1,2,3,4),(1,3)));
show("C2xC4xC3", Group((1,2),(3,4,5,6),(7,8,9)));
show("A5",AlternatingGroup(5));
QUIT;
