"""The code generator: spec/openapi.yaml in, perfectgym_async's models and endpoints out.

``python -m generator`` rewrites the generated files; ``python -m generator --check``
exits non-zero when the committed files differ from a fresh generation.
"""
