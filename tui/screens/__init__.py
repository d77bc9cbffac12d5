"""One screen per file; import each from its own module (the app imports them lazily)."""
