import Testing
@testable import SequenceModels
