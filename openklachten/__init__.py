"""Open Klachten: complaint judgements of Dutch government bodies as open data.

Data flows through the sub-packages in this order:
standard -> intake -> anonymisation -> registry -> publication.
"""

__version__ = "0.1.0"
