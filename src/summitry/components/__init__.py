"""Pipeline components, one module per extractor."""
