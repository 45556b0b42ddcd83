"""tipdiff: what changed between two years of a Trafficking in Persons Report narrative."""

__version__ = "0.1.0"
