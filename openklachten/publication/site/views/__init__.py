"""Public site views: thin translations from a request to the query layer and a template."""
