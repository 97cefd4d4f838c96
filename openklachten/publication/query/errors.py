"""The one error the query layer raises for bad input; callers turn it into HTTP 400."""


class InvalidFilter(ValueError):
    """A parameter the query layer cannot answer. The message is Dutch and never echoes the input."""
