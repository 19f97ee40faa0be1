import Foundation
import Testing
@testable import Groups

/// The catalog against GAP: Fixtures/catalog_orders.jsonl holds what GAP computes for each name when it
/// builds the group with its own constructors (script: bench/catalog/catalog_orders.g).
@Suite struct CatalogOrderTests {
    struct Entry: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let order: String
        let derived_series_orders: [String]
        let derived_length: Int?
        let nilpotency_class: Int?
        var testDescription: String { name }
    }

    static let entries: [Entry] = {
        guard let url = Bundle.module.url(forResource: "catalog_orders", withExtension: "jsonl", subdirectory: "Fixtures"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
    }()

    /// Small enough to enumerate element by element in a debug build.
    static let enumerable = entries.filter { (Int($0.order) ?? .max) <= 5_000 }

    @Test func fixtureCoversEveryFamily() {
        #expect(Self.entries.count == 88)  // every line of the fixture decoded
        for prefix in ["C", "D", "Q", "S", "A", "Heis", "AGL", "GL", "SL", "PSL", "M2", "Rubik", "Sylow"] {
            #expect(Self.entries.contains { $0.name.hasPrefix(prefix) }, "\(prefix)")
        }
    }

    @Test(arguments: entries) func everyFixtureNameBuildsBijections(entry: Entry) throws {
        #expect(try GroupCatalog.generators(named: entry.name).isValid)
    }

    @Test(arguments: enumerable) func smallGroupHasGAPsOrder(entry: Entry) throws {
        let generators = try GroupCatalog.generators(named: entry.name)
        #expect(String(Self.enumerateElements(generators)) == entry.order)
    }

    /// Counts the elements of the group by breadth-first closure from the identity: an oracle that
    /// shares nothing with the stabilizer-chain engine.
    static func enumerateElements(_ generators: CatalogGenerators) -> Int {
        let identity = Array(0..<generators.degree)
        var seen: Set<[Int]> = [identity]
        var frontier = [identity]
        while let element = frontier.popLast() {
            for g in generators.images {
                let product = element.map { g[$0] }
                if seen.insert(product).inserted { frontier.append(product) }
            }
        }
        return seen.count
    }
}

/// The same fixture against the stabilizer-chain engine: order, the whole derived series, derived
/// length and nilpotency class.
@Suite struct CatalogEngineTests {
    @Test(arguments: CatalogOrderTests.entries) func catalogGroupHasGAPsInvariants(entry: CatalogOrderTests.Entry) throws {
        let group = try GroupCatalog.group(named: entry.name)
        #expect(group.order.description == entry.order)
        #expect(group.derivedSeries.map(\.order.description) == entry.derived_series_orders)
        #expect(group.derivedLength == entry.derived_length)
        #expect(group.nilpotencyClass == entry.nilpotency_class)
    }

    @Test func groupKeepsTheCatalogDegree() throws {
        #expect(try GroupCatalog.group(named: "S3 x C1").degree == 4)
    }
}
