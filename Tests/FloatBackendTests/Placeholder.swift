import Testing
@testable import FloatBackend
