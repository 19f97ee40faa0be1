#include "CGMPBench.h"
#include <gmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

double tower_bench_cpu_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static double now_ns(void) { return tower_bench_cpu_ns(); }

static unsigned long low_limb(const mpz_t z) { return mpz_getlimbn(z, 0); }

double tower_gmp_time_binary(int op, const char *const *operands, int count, long rounds,
                             unsigned long *checksum) {
    mpz_t *a = malloc(sizeof(mpz_t) * (size_t)count);
    mpz_t *b = malloc(sizeof(mpz_t) * (size_t)count);
    mpz_t *acc = malloc(sizeof(mpz_t) * (size_t)count);
    for (int i = 0; i < count; i++) {
        mpz_init_set_str(a[i], operands[2 * i], 16);
        mpz_init_set_str(b[i], operands[2 * i + 1], 16);
        mpz_init_set(acc[i], a[i]);
    }
    mpz_t r;
    mpz_init(r);
    unsigned long sum = 0;
    double start = now_ns();
    for (long k = 0; k < rounds; k++) {
        for (int i = 0; i < count; i++) {
            switch (op) {
            case TOWER_BENCH_ADD: mpz_add(r, a[i], b[i]); sum += low_limb(r); break;
            case TOWER_BENCH_MUL: mpz_mul(r, a[i], b[i]); sum += low_limb(r); break;
            case TOWER_BENCH_GCD: mpz_gcd(r, a[i], b[i]); sum += low_limb(r); break;
            case TOWER_BENCH_ADD_FRESH: {
                mpz_t f;
                mpz_init(f);
                mpz_add(f, a[i], b[i]);
                sum += low_limb(f);
                mpz_clear(f);
                break;
            }
            default:
                mpz_add(acc[i], acc[i], b[i]);
                mpz_sub(acc[i], acc[i], b[i]);
                sum += low_limb(acc[i]);
                break;
            }
        }
    }
    double elapsed = now_ns() - start;
    *checksum = sum;
    mpz_clear(r);
    for (int i = 0; i < count; i++) { mpz_clear(a[i]); mpz_clear(b[i]); mpz_clear(acc[i]); }
    free(a); free(b); free(acc);
    return elapsed;
}

double tower_gmp_time_rational(int op, const char *const *operands, int count, long rounds,
                               unsigned long *checksum) {
    mpq_t *a = malloc(sizeof(mpq_t) * (size_t)count);
    mpq_t *b = malloc(sizeof(mpq_t) * (size_t)count);
    for (int i = 0; i < count; i++) {
        mpq_init(a[i]); mpq_set_str(a[i], operands[2 * i], 16); mpq_canonicalize(a[i]);
        mpq_init(b[i]); mpq_set_str(b[i], operands[2 * i + 1], 16); mpq_canonicalize(b[i]);
    }
    mpq_t r;
    mpq_init(r);
    unsigned long sum = 0;
    double start = now_ns();
    for (long k = 0; k < rounds; k++) {
        for (int i = 0; i < count; i++) {
            if (op == TOWER_BENCH_RATIONAL_ADD) mpq_add(r, a[i], b[i]);
            else mpq_mul(r, a[i], b[i]);
            sum += mpz_getlimbn(mpq_numref(r), 0) + mpz_getlimbn(mpq_denref(r), 0);
        }
    }
    double elapsed = now_ns() - start;
    *checksum = sum;
    mpq_clear(r);
    for (int i = 0; i < count; i++) { mpq_clear(a[i]); mpq_clear(b[i]); }
    free(a); free(b);
    return elapsed;
}

double tower_gmp_time_gauss(const long *entries, int n, char *determinant, size_t capacity) {
    size_t cells = (size_t)n * (size_t)n;
    mpq_t *m = malloc(sizeof(mpq_t) * cells);
    for (size_t i = 0; i < cells; i++) { mpq_init(m[i]); mpq_set_si(m[i], entries[i], 1); }
    mpq_t det, f, t;
    mpq_inits(det, f, t, NULL);
    mpq_set_si(det, 1, 1);

    double start = now_ns();
    for (int k = 0; k < n; k++) {
        int p = k;
        while (p < n && mpq_sgn(m[(size_t)p * n + k]) == 0) p++;
        if (p == n) { mpq_set_si(det, 0, 1); break; }
        if (p != k) {
            for (int j = 0; j < n; j++) mpq_swap(m[(size_t)p * n + j], m[(size_t)k * n + j]);
            mpq_neg(det, det);
        }
        const mpq_ptr pivot = m[(size_t)k * n + k];
        mpq_mul(det, det, pivot);
        for (int i = k + 1; i < n; i++) {
            mpq_ptr head = m[(size_t)i * n + k];
            if (mpq_sgn(head) == 0) continue;
            mpq_div(f, head, pivot);
            for (int j = k + 1; j < n; j++) {
                mpq_mul(t, f, m[(size_t)k * n + j]);
                mpq_sub(m[(size_t)i * n + j], m[(size_t)i * n + j], t);
            }
            mpq_set_si(head, 0, 1);
        }
    }
    double elapsed = now_ns() - start;

    size_t need = mpz_sizeinbase(mpq_numref(det), 10) + mpz_sizeinbase(mpq_denref(det), 10) + 3;
    if (need <= capacity) mpq_get_str(determinant, 10, det);
    else strncpy(determinant, "overflow", capacity);
    mpq_clears(det, f, t, NULL);
    for (size_t i = 0; i < cells; i++) mpq_clear(m[i]);
    free(m);
    return elapsed;
}
