"""Extractors: plain functions over a parsed spaCy Doc, one module per capability."""
