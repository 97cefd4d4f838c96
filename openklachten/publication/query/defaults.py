"""Every number that limits or shapes a query, with the reason for it."""

# Below this many complaints a rate (per 10,000 inhabitants, uphold rate, term compliance) swings
# by several percentage points per single complaint, so comparing organisations on it misleads.
# 30 is the usual rule of thumb for a proportion to be reported (e.g. CBS publication practice).
MIN_COMPLAINTS_FOR_RATE = 30

# Paging: deeper than 500 pages is a scraper, not a reader; the bulk downloads serve that need.
MAX_PAGE = 500
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100  # a page of 100 full complaints is ~200 KB of JSON; larger pages belong in a download

# A search phrase longer than this is not a search; it also bounds the work of stemming and joining.
MAX_QUERY_LENGTH = 200
MAX_QUERY_TERMS = 10  # every term is a join on the token table

MAX_VALUES_PER_FILTER = 50  # more than any code list has, except gemeenten: select a province instead
MAX_VALUE_LENGTH = 100  # the longest code of the standard is < 40 characters
MAX_PARAMETERS = 200  # repeated parameters in one request; beyond this it is an attack, not a question

# Dates outside this window are typing errors: the Awb complaint procedure dates from 1999,
# registries reach back at most to the early 1990s.
EARLIEST_YEAR, LATEST_YEAR = 1990, 2100

# Conclusions that are a judgement on the merits; the uphold rate is the first two over all three.
UPHELD = ("gegrond", "deels-gegrond")
JUDGED = ("gegrond", "deels-gegrond", "ongegrond")

PER_INHABITANTS = 10_000  # complaints per 10,000 inhabitants: whole numbers for a mid-sized gemeente

# Peer groups of gemeenten by population, CBS gemeentegrootteklassen merged to five: with ~340 gemeenten the eight
# CBS classes leave the largest classes with a handful of members each. Lower bounds; each class runs to the next.
POPULATION_CLASSES = (0, 20_000, 50_000, 100_000, 250_000)
# A median of fewer organisations than this is one or two other organisations' figures, not a benchmark.
MIN_PEERS = 3
