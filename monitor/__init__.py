"""diplomon: a streaming monitor of diplomacy on social media."""

__version__ = "0.1.0"
