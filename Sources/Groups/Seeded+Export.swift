@_exported import Seeded
