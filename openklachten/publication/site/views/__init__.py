"""Public site views: thin translations from a request to the query engine and a template."""
