"""About how large each bulk file is, for the open data page: measured on a sample, once per generation.

The files are streamed, so their size is not known before they are written. Writing the first rows in each
format and scaling by the number of complaints gives a size that is right to within a few per cent for the
text formats (every row is alike) and an upper bound for Parquet (compression improves with size).
"""

import functools

from openklachten.publication import query
from openklachten.publication.exports.formats import FORMATS
from openklachten.publication.query import store

SAMPLE_ROWS = 2000  # enough rows for a stable bytes-per-row; writing them takes well under a second


@functools.lru_cache(maxsize=4)
def _estimate(generation: str) -> dict[str, int]:
    total = query.summary(query.Filters())["total"]
    sizes = {}
    for name, fmt in FORMATS.items():
        sample, rows = _sample(query.rows(query.Filters(), batch_rows=SAMPLE_ROWS, as_json=fmt.json_rows))
        written = sum(len(chunk) for chunk in fmt.write(sample))
        sizes[name] = int(written * total / rows) if rows and total > rows else written
    return sizes


def _sample(reader):
    """(a reader of the first SAMPLE_ROWS rows or more, their number)."""
    import pyarrow as pa

    batches, count = [], 0
    for batch in reader:
        batches.append(batch)
        count += batch.num_rows
        if count >= SAMPLE_ROWS:
            break
    return pa.RecordBatchReader.from_batches(reader.schema, iter(batches)), count


def estimated_sizes() -> dict[str, int]:
    """Format name -> approximate bytes of the whole-dataset download."""
    store.connection()
    return _estimate(store.generation())


def human(size: int) -> str:
    """12345678 -> '11,8 MB' (Dutch decimal comma)."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} bytes"
