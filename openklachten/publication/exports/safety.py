"""Spreadsheet formula injection: a cell that starts with = + - @ TAB or CR is prefixed with a quote.

Excel and LibreOffice treat such cells as formulas (OWASP "CSV injection"); the quote makes them text.
"""

import pyarrow as pa
import pyarrow.compute as pc

DANGEROUS_START = r"^[=+\-@\t\r]"


def neutralise_value(value: str) -> str:
    return "'" + value if value and value[0] in "=+-@\t\r" else value


def neutralise(array: pa.Array) -> pa.Array:
    """The same column with every dangerous string cell prefixed by a quote (vectorised)."""
    if not pa.types.is_string(array.type) and not pa.types.is_large_string(array.type):
        return array
    risky = pc.match_substring_regex(array, DANGEROUS_START)
    prefixed = pc.binary_join_element_wise(pa.scalar("'"), array, "")
    return pc.if_else(pc.fill_null(risky, False), prefixed, array)
