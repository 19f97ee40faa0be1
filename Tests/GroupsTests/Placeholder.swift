import Testing
@testable import Groups
