// The only C in Tower: GMP's header plus inline wrappers for the few GMP macros Swift cannot import.
#ifndef TOWER_CGMP_SHIM_H
#define TOWER_CGMP_SHIM_H
#include <gmp.h>

static inline int tower_mpz_sgn(const __mpz_struct *z) { return z->_mp_size < 0 ? -1 : z->_mp_size > 0; }
static inline size_t tower_mpz_limbs(const __mpz_struct *z) { return (size_t)(z->_mp_size < 0 ? -z->_mp_size : z->_mp_size); }
#endif
