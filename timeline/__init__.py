"""Turn news articles into a browsable, cited chronology website."""

__version__ = "0.1.0"
