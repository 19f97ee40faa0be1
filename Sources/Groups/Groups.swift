// Module Groups: see README.md.
