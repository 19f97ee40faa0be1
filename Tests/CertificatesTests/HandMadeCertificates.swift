/// Small certificates written by hand (see docs/certificates.md for the layout), so the checker
/// is tested without any producer code.
enum HandMade {
    /// S3 = <(1,2,3), (1,2)>; N_1 = A3 = <(1,2,3)>; N_2 = 1; [(1,2,3), (1,2)] = (1,2,3) != 1.
    static let s3DerivedLength = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "permutation_group", "degree": 3, "generators": ["(1,2,3)", "(1,2)"]},
     "claim": {"derived_length": 2},
     "evidence": {
       "series": [
         {"program": [], "generators": [0],
          "witness_program": [[0, -1]],
          "conjugates": [[0], [1]],
          "commutators": [[0], []]},
         {"program": [], "generators": [],
          "witness_program": [[]],
          "conjugates": [[]],
          "commutators": [[]]}
       ],
       "lower_bound": {"program": [], "commutator": [0, 1]}
     }}
    """

    /// D8 = <r = (1,2,3,4), s = (1,3)>: central series D8 > <r^2> > 1, and [r, s] = r^2 != 1.
    static let d8NilpotencyClass = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "permutation_group", "degree": 4, "generators": ["(1,2,3,4)", "(1,3)"]},
     "claim": {"nilpotency_class": 2},
     "evidence": {
       "series": [
         {"program": [[0, 2]], "generators": [2],
          "witness_program": [[]],
          "conjugates": [[0], [0]],
          "commutators": [[1, 0], [0, 1]]},
         {"program": [], "generators": [],
          "witness_program": [[]],
          "conjugates": [[], []],
          "commutators": [[0, 0]]}
       ],
       "lower_bound": {"program": [], "commutator": [0, 1]}
     }}
    """

    /// S3: N = A3 = <a> with a = [a, b], so N <= [N, G] and S3 is not nilpotent.
    static let s3NotNilpotent = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "permutation_group", "degree": 3, "generators": ["(1,2,3)", "(1,2)"]},
     "claim": {"nilpotent": false},
     "evidence": {"subgroup": {
       "program": [], "generators": [0],
       "element_program": [], "commutators": [[0, 1]],
       "product_program": [], "products": [0]}}}
    """

    /// A5 = <a = (1,2,3,4,5), b = (1,2,3)> is perfect: a = [a^-1 b, b a^-1 b^-1], b = [a b^-1 a^-1, b a^-2].
    static let a5NotSolvable = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "permutation_group", "degree": 5, "generators": ["(1,2,3,4,5)", "(1,2,3)"]},
     "claim": {"solvable": false},
     "evidence": {"subgroup": {
       "program": [], "generators": [0, 1],
       "element_program": [[0, -1, 1, 1], [1, 1, 0, -1, 1, -1], [0, 1, 1, -1, 0, -1], [1, 1, 0, -2]],
       "commutators": [[2, 3], [4, 5]],
       "product_program": [], "products": [0, 1]}}}
    """

    /// so(3) = <Lx, Ly>, basis Lx, Ly, Lz = [Lx, Ly]; it is perfect: Lx = [Ly, Lz], Ly = [Lz, Lx].
    static let so3NotSolvable = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "matrix_lie_algebra", "size": 3, "generators": [
        [["0","0","0"],["0","0","-1"],["0","1","0"]],
        [["0","0","1"],["0","0","0"],["-1","0","0"]]]},
     "claim": {"solvable": false},
     "evidence": {
       "algebra": {
         "basis": [{"generator": 0}, {"generator": 1}, {"bracket": [0, 1]}],
         "generator_coordinates": [[[0, "1"]], [[1, "1"]]],
         "structure": [[[[2, "1"]], [[1, "-1"]]], [[[0, "1"]]], []]},
       "perfect_subalgebra": {
         "basis": [[[0, "1"]], [[1, "1"]], [[2, "1"]]],
         "brackets": [[[1, 2, "1"]], [[2, 0, "1"]], [[0, 1, "1"]]]}}}
    """

    /// The Heisenberg algebra <E12, E23> (3x3): L > <E13> > 0, derived length 2.
    static let heisenbergDerivedLength = """
    {"format": "tower-certificate", "version": 1,
     "object": {"type": "matrix_lie_algebra", "size": 3, "generators": [
        [["0","1","0"],["0","0","0"],["0","0","0"]],
        [["0","0","0"],["0","0","1"],["0","0","0"]]]},
     "claim": {"derived_length": 2},
     "evidence": {
       "algebra": {
         "basis": [{"generator": 0}, {"generator": 1}, {"bracket": [0, 1]}],
         "generator_coordinates": [[[0, "1"]], [[1, "1"]]],
         "structure": [[[[2, "1"]], []], [[]], []]},
       "series": [
         {"basis": [[[0, 1, "1"]]], "structure": [[[[0, "1"]], []], [[]], []]}, {"basis": [], "structure": [[]]}
       ]}}
    """
}
