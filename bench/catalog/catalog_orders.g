# Writes Tests/GroupsTests/Fixtures/catalog_orders.jsonl: for each catalog name, what GAP says about the
# group of that name when GAP builds it with ITS OWN constructors (not Tower's generators):
# order, derived series orders, derived length and nilpotency class (null when not solvable / nilpotent).
#
# Run from the repository root:  gap -q bench/catalog/catalog_orders.g
# The Swift test CatalogOrderTests builds every name with GroupCatalog and compares field by field.

Heis := function(n)
    local one;
    one := One(ZmodnZ(n));
    return Image(IsomorphismPermGroup(Group(
        [[1,1,0],[0,1,0],[0,0,1]] * one, [[1,0,0],[0,1,1],[0,0,1]] * one)));
end;

# AGL(d,q) as (d+1)x(d+1) matrices acting on row vectors (v,1): [[A,0],[b,1]].
AffineGL := function(d, q)
    local embed, translation, gens;
    embed := function(A)
        local M, i, j;
        M := IdentityMat(d + 1, GF(q));
        for i in [1..d] do for j in [1..d] do M[i][j] := A[i][j]; od; od;
        return M;
    end;
    translation := IdentityMat(d + 1, GF(q));
    translation[d + 1][1] := One(GF(q));
    gens := Concatenation(List(GeneratorsOfGroup(GL(d, q)), embed), [translation]);
    return Image(IsomorphismPermGroup(Group(gens)));
end;

Rubik := function()
    return Group(
        ( 1, 3, 8, 6)( 2, 5, 7, 4)( 9,33,25,17)(10,34,26,18)(11,35,27,19),
        ( 9,11,16,14)(10,13,15,12)( 1,17,41,40)( 4,20,44,37)( 6,22,46,35),
        (17,19,24,22)(18,21,23,20)( 6,25,43,16)( 7,28,42,13)( 8,30,41,11),
        (25,27,32,30)(26,29,31,28)( 3,38,43,19)( 5,36,45,21)( 8,33,48,24),
        (33,35,40,38)(34,37,39,36)( 3, 9,46,32)( 2,12,47,29)( 1,14,48,27),
        (41,43,48,46)(42,45,47,44)(14,22,30,38)(15,23,31,39)(16,24,32,40));
end;

C := n -> CyclicGroup(IsPermGroup, n);
D := n -> DihedralGroup(IsPermGroup, n);
Q := n -> QuaternionGroup(IsPermGroup, n);
S := SymmetricGroup;
A := AlternatingGroup;
# Image(hom) alone would be the image of hom's source, which for SL(d,q) is GL(d,q)'s nice monomorphism source.
AsPerm := G -> Image(IsomorphismPermGroup(G), G);

entries := [
    ["C1", C(1)], ["C2", C(2)], ["C6", C(6)], ["C12", C(12)],
    ["D2", D(2)], ["D4", D(4)], ["D6", D(6)], ["D8", D(8)], ["D10", D(10)], ["D24", D(24)],
    ["Q8", Q(8)], ["Q16", Q(16)], ["Q32", Q(32)],
    ["S1", S(1)], ["S2", S(2)], ["S3", S(3)], ["S4", S(4)], ["S5", S(5)], ["S6", S(6)], ["S7", S(7)],
    ["A1", A(1)], ["A2", A(2)], ["A3", A(3)], ["A4", A(4)], ["A5", A(5)], ["A6", A(6)], ["A7", A(7)], ["A8", A(8)],
    ["Heis2", Heis(2)], ["Heis3", Heis(3)], ["Heis4", Heis(4)], ["Heis5", Heis(5)], ["Heis6", Heis(6)],
    ["AGL(1,2)", AffineGL(1, 2)], ["AGL(1,5)", AffineGL(1, 5)], ["AGL(1,7)", AffineGL(1, 7)],
    ["AGL(1,8)", AffineGL(1, 8)], ["AGL(1,9)", AffineGL(1, 9)], ["AGL(2,3)", AffineGL(2, 3)],
    ["GL(1,5)", AsPerm(GL(1, 5))], ["GL(2,2)", AsPerm(GL(2, 2))], ["GL(2,3)", AsPerm(GL(2, 3))],
    ["GL(2,4)", AsPerm(GL(2, 4))], ["GL(2,5)", AsPerm(GL(2, 5))], ["GL(3,2)", AsPerm(GL(3, 2))],
    ["SL(2,3)", AsPerm(SL(2, 3))], ["SL(2,4)", AsPerm(SL(2, 4))], ["SL(2,5)", AsPerm(SL(2, 5))],
    ["SL(2,9)", AsPerm(SL(2, 9))], ["SL(3,3)", AsPerm(SL(3, 3))],
    ["PSL(2,2)", PSL(2, 2)], ["PSL(2,3)", PSL(2, 3)], ["PSL(2,4)", PSL(2, 4)], ["PSL(2,5)", PSL(2, 5)],
    ["PSL(2,7)", PSL(2, 7)], ["PSL(2,8)", PSL(2, 8)], ["PSL(2,9)", PSL(2, 9)], ["PSL(2,11)", PSL(2, 11)],
    ["PSL(2,13)", PSL(2, 13)], ["PSL(3,2)", PSL(3, 2)], ["PSL(3,3)", PSL(3, 3)], ["PSL(3,4)", PSL(3, 4)],
    ["PSL(4,2)", PSL(4, 2)],
    ["M11", MathieuGroup(11)], ["M12", MathieuGroup(12)], ["M22", MathieuGroup(22)],
    ["M23", MathieuGroup(23)], ["M24", MathieuGroup(24)],
    ["Rubik", Rubik()],
    ["Sylow2(S4)", SylowSubgroup(S(4), 2)], ["Sylow2(S6)", SylowSubgroup(S(6), 2)],
    ["Sylow2(S8)", SylowSubgroup(S(8), 2)], ["Sylow2(S16)", SylowSubgroup(S(16), 2)],
    ["Sylow(3, S9)", SylowSubgroup(S(9), 3)], ["Sylow(3, S10)", SylowSubgroup(S(10), 3)],
    ["Sylow(5, S25)", SylowSubgroup(S(25), 5)],
    ["S3 x C2", DirectProduct(S(3), C(2))], ["C2 x C2 x C2", DirectProduct(C(2), C(2), C(2))],
    ["S4 x S3", DirectProduct(S(4), S(3))], ["A5 x C3", DirectProduct(A(5), C(3))],
    ["Q8 x Heis3", DirectProduct(Q(8), Heis(3))],
    ["S3 wr S2", WreathProduct(S(3), S(2))], ["C2 wr S4", WreathProduct(C(2), S(4))],
    ["S4 wr S4", WreathProduct(S(4), S(4))], ["(C2 x C2) wr S3", WreathProduct(DirectProduct(C(2), C(2)), S(3))],
    ["C3 wr C3 wr C3", WreathProduct(WreathProduct(C(3), C(3)), C(3))],
    ["A5 wr C2", WreathProduct(A(5), C(2))], ["D8 wr C2", WreathProduct(D(8), C(2))],
];

JsonIntOrNull := function(x)
    if x = fail then return "null"; fi;
    return String(x);
end;

out := OutputTextFile("Tests/GroupsTests/Fixtures/catalog_orders.jsonl", false);
SetPrintFormattingStatus(out, false);
for e in entries do
    G := e[2];
    series := DerivedSeriesOfGroup(G);
    if IsSolvableGroup(G) then dl := Length(series) - 1; else dl := fail; fi;
    # Tower's convention: the trivial group has nilpotency class 0 (GAP's NilpotencyClassOfGroup says 1).
    if IsTrivial(G) then nc := 0;
    elif IsNilpotentGroup(G) then nc := NilpotencyClassOfGroup(G);
    else nc := fail; fi;
    AppendTo(out, "{\"name\": \"", e[1], "\", \"order\": \"", String(Size(G)),
        "\", \"derived_series_orders\": [",
        JoinStringsWithSeparator(List(series, H -> Concatenation("\"", String(Size(H)), "\"")), ", "),
        "], \"derived_length\": ", JsonIntOrNull(dl),
        ", \"nilpotency_class\": ", JsonIntOrNull(nc), "}\n");
od;
CloseStream(out);
QUIT;
