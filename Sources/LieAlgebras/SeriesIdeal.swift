/// A member of a series together with seeds generating it as an ideal of the algebra.
struct SeriesIdeal {
    let space: Subspace
    let seeds: [RationalMatrix]
}
