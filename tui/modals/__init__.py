"""Modal screens: they collect an answer and dismiss with it.  Import each from its own
module (the app imports them when first used)."""
