// Module SequenceModels: see README.md.
