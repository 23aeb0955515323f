"""roleqa: question answering over career role profiles, with cited, templated answers."""

__version__ = "0.1.0"
