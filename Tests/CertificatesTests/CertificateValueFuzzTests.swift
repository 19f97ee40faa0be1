import Foundation
import Seeded
import Testing
@testable import Certificates

/// Issue 18, item 6 (certificates, by value): a seeded random node of a hand-made certificate
/// (any member, array element or leaf) is replaced by a random JSON value: integer extremes,
/// wrong types, permutations of other degrees, huge programs, nesting. Complements the byte
/// mutations of `CertificateMutationFuzzTests`. Every case must end in a one-line format error,
/// a one-line rejection, or a VALID verdict, never a trap or a hang.
@Suite("certificate value fuzzing")
struct CertificateValueFuzzTests {
    private static var values: [Any] { [
        0, 1, -1, 2, 3, 1 << 53, Int.max, Int.min, 1e300, -0.5, "x", "", "(1,2)", "(1,2,3,4,5,6,7,8,9,10)", "(1,1)", "(0,1)",
        "1/0", "-3/4", NSNull(), true, false, [Any](), [String: Any](), [[0, 1]], [[0, 1, 0, -1]], [[99, 1]], [[0, Int.max]],
        [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]], Array(repeating: [0, 1], count: 300), ["derived_length": 2], ["solvable": false],
    ] }

    /// Paths (member names and array indices) to every node under `value`.
    private func paths(_ value: Any, _ prefix: [Any] = []) -> [[Any]] {
        var result = [prefix]
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { result += paths(object[key]!, prefix + [key]) }
        } else if let array = value as? [Any] {
            for (i, element) in array.enumerated() { result += paths(element, prefix + [i]) }
        }
        return result
    }

    private func replacing(_ value: Any, at path: ArraySlice<Any>, with new: Any) -> Any {
        guard let step = path.first else { return new }
        if var object = value as? [String: Any], let key = step as? String {
            object[key] = replacing(object[key]!, at: path.dropFirst(), with: new)
            return object
        }
        if var array = value as? [Any], let i = step as? Int {
            array[i] = replacing(array[i], at: path.dropFirst(), with: new)
            return array
        }
        return value
    }

    @Test func replacedValuesAreRejectedInOneLineOrStillValid() throws {
        var random = SplitMix64(seed: 18)
        var counts = (format: 0, rejected: 0, valid: 0)
        let sources = [HandMade.s3DerivedLength, HandMade.d8NilpotencyClass, HandMade.s3NotNilpotent, HandMade.a5NotSolvable,
                       HandMade.so3NotSolvable, HandMade.heisenbergDerivedLength]
        let trees = try sources.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        let allPaths = trees.map { paths($0) }
        for round in 0..<1_500 {
            let k = round % trees.count
            let path = allPaths[k][random.below(allPaths[k].count)]
            let tree = replacing(trees[k], at: path[...], with: Self.values[random.below(Self.values.count)])
            let data = try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys, .fragmentsAllowed])
            do {
                _ = try CertificateChecker.verify(json: data)
                counts.valid += 1
            } catch let e as CertificateFormatError {
                counts.format += 1
                #expect(!e.description.contains("\n"), "round \(round): \(e)")
            } catch let e as CertificateRejection {
                counts.rejected += 1
                #expect(!e.description.contains("\n"), "round \(round): \(e)")
            }
        }
        print("certificate values: \(counts.format) malformed, \(counts.rejected) invalid, \(counts.valid) valid")
        #expect(counts.format + counts.rejected + counts.valid == 1_500)
        #expect(counts.format > 500 && counts.rejected > 50)
    }
}
