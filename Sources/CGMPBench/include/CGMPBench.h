// Plain C GMP loops for `tower bench arith`: the "raw GMP" side of every comparison.
// The API is opaque (no gmp.h here) so Swift sees only these functions.
#ifndef TOWER_CGMPBENCH_H
#define TOWER_CGMPBENCH_H
#include <stddef.h>

enum {
    TOWER_BENCH_ADD = 0,          // r = a + b into a reused result
    TOWER_BENCH_MUL = 1,          // r = a * b
    TOWER_BENCH_GCD = 2,          // r = gcd(a, b)
    TOWER_BENCH_ADD_IN_PLACE = 3, // acc += b; acc -= b (two operations per pair)
    TOWER_BENCH_RATIONAL_ADD = 4, // r = a + b over Q (mpq_add)
    TOWER_BENCH_RATIONAL_MUL = 5, // r = a * b over Q (mpq_mul)
    TOWER_BENCH_ADD_FRESH = 6,    // a fresh r per result: mpz_init, mpz_add, read, mpz_clear
};

/// CPU time of the calling thread in nanoseconds (CLOCK_THREAD_CPUTIME_ID). Both sides of every
/// comparison use this clock: on a shared, oversubscribed machine, wall time mostly measures the
/// scheduler, while thread CPU time still measures the work.
double tower_bench_cpu_ns(void);

/// Runs `rounds` passes over `count` operand pairs, `operands` holding 2*count strings in base 16
/// (optional leading '-'): a0, b0, a1, b1, ... Returns the thread CPU nanoseconds of the timed loop
/// (parsing excluded). `*checksum` receives the wrapping sum over all results of their lowest limb
/// of |r|, so the Swift side can confirm it computed the same values.
double tower_gmp_time_binary(int op, const char *const *operands, int count, long rounds,
                             unsigned long *checksum);

/// Like `tower_gmp_time_binary` for the rational operations, with operands "n/d" in base 16
/// (canonicalized after parsing); the checksum adds the lowest limbs of |numerator| and denominator.
double tower_gmp_time_rational(int op, const char *const *operands, int count, long rounds,
                               unsigned long *checksum);

/// Fraction-based Gaussian elimination (mpq_t) of the n x n integer matrix `entries` (row-major),
/// pivoting on the first nonzero entry of each column. Returns thread CPU nanoseconds and writes the
/// determinant in decimal ("n" or "n/d") to `determinant` (at most `capacity` bytes, NUL-terminated;
/// "overflow" when it does not fit).
double tower_gmp_time_gauss(const long *entries, int n, char *determinant, size_t capacity);

#endif
