"""The only package that touches SQLite.  Returns and accepts pydantic models.

Import from the modules (`store.store.Store`, `store.errors.FieldworkError`, ...): this
file imports no module of ours, so that a light one such as `store.paths` or
`store.errors` does not pull in pydantic and the whole store."""
