// Module LieAlgebras: see README.md.
