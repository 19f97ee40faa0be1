import Testing
@testable import CrossCheck
