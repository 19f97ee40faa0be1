import Testing
@testable import LieAlgebras
