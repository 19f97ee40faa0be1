// Module FloatBackend: see README.md.
