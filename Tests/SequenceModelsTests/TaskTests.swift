import Testing
import FloatBackend
@testable import SequenceModels

@Test func wordProblemTargetsArePrefixProductsInS3() throws {
    let s3 = try WordProblemTask.symmetric(degree: 3)
    // Elements in lexicographic order of images: 1 = [0,2,1] = (2,3), 2 = [1,0,2] = (1,2).
    // GAP: (2,3)*(1,2) applies (2,3) first: 1->2, 2->3->... images [1,2,0] = element 3.
    #expect(s3.product(1, 2) == 3)
    #expect(s3.prefixProducts([1, 2, 0, 1]) == [1, 3, 3, s3.product(3, 1)])
}

@Test func cyclicTargetsAreSumsModuloTheOrder() throws {
    let c6 = try WordProblemTask.cyclic(order: 6)
    var rng = SplitMix64(seed: 1)
    let batch = c6.sample(batch: 2, length: 10, using: &rng)
    for e in 0..<2 {
        var sum = 0
        for t in 0..<10 {
            sum = (sum + batch.tokens[e * 10 + t]) % 6
            #expect(batch.classTargets[e * 10 + t] == sum)
        }
    }
}

@Test func nonAssociativeTableIsRejected() {
    let table = [[0, 1, 2], [1, 0, 2], [2, 2, 0]]
    #expect(throws: TaskError.self) { try WordProblemTask(name: "bad", cayleyTable: table) }
}

@Test func tableWithoutIdentityFirstIsRejectedNamingTheRow() {
    #expect(throws: TaskError.invalidCayleyTable("element 0 is not the identity (row/column 0)")) {
        try WordProblemTask(name: "bad", cayleyTable: [[1, 0], [0, 1]])
    }
}

@Test func permutationListNotClosedIsRejected() {
    #expect(throws: TaskError.self) { try WordProblemTask(name: "bad", permutationImages: [[0, 1, 2], [1, 2, 0]]) }
}

@Test func icosahedralGroupHasSixtyRotationsAndTwentyOrbitPoints() {
    let task = RotationTask()
    #expect(task.rotations.count == 60)
    #expect(task.orbit.count == 20)
}

@Test func rotationTargetsFollowTheProductAndStayOnTheSphere() {
    let task = RotationTask()
    var rng = SplitMix64(seed: 3)
    let batch = task.sample(batch: 1, length: 50, using: &rng)
    var v = RotationTask.start
    for t in 0..<50 {
        v = RotationGroup.apply(task.rotations[batch.tokens[t]], v)
        let got = (0..<3).map { Double(batch.vectorTargets[t * 3 + $0]) }
        #expect(RotationGroup.distance(got, v) < 1e-5)
        #expect(abs(RotationGroup.distance(got, [0, 0, 0]) - 1) < 1e-5)
    }
}
