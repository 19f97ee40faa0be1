// Module Certificates: see README.md.
