// Module CrossCheck: see README.md.
