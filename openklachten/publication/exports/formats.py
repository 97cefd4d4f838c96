"""The bulk formats, registered in one place: CSV, CSV for Dutch Excel, JSON Lines and Parquet.

Each turns a stream of Arrow record batches into a stream of bytes; memory is bounded by one batch.
"""

import io
from dataclasses import dataclass
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from openklachten.publication.exports.safety import neutralise

BOM = "\ufeff".encode("utf-8")  # lets Excel recognise UTF-8
LIST_SEPARATOR = ";"  # how the standard writes several themes in one cell


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    content_type: str
    description: str
    write: Callable[[pa.RecordBatchReader], Iterator[bytes]]
    json_rows: bool = False  # asks the query layer for rows already serialised as JSON


FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    FORMATS[fmt.name] = fmt
    return fmt


def _flat(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Lists joined with ';', every text cell made formula-safe: what a spreadsheet may safely open."""
    arrays = []
    for array in batch.columns:
        if pa.types.is_list(array.type):
            array = pc.binary_join(array, LIST_SEPARATOR)
        elif pa.types.is_timestamp(array.type):  # stored as UTC: say so, in ISO 8601
            array = pc.strftime(pc.cast(array, pa.timestamp("s")), format="%Y-%m-%dT%H:%M:%SZ")
        arrays.append(neutralise(array))
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)


def _csv(delimiter: str):
    def write(reader: pa.RecordBatchReader) -> Iterator[bytes]:
        yield BOM
        header = True
        for batch in reader:
            buffer = io.BytesIO()
            options = pacsv.WriteOptions(include_header=header, delimiter=delimiter, quoting_style="needed")
            pacsv.write_csv(_flat(batch), buffer, options)
            header = False
            yield buffer.getvalue()
        if header:  # no rows: still a header, so the file documents its columns
            buffer = io.BytesIO()
            pacsv.write_csv(
                pa.Table.from_batches([], schema=_flat_schema(reader.schema)),
                buffer,
                pacsv.WriteOptions(delimiter=delimiter),
            )
            yield buffer.getvalue()

    return write


def _flat_schema(schema: pa.Schema) -> pa.Schema:
    flat = (pa.types.is_list, pa.types.is_timestamp)
    return pa.schema([(f.name, pa.string() if any(t(f.type) for t in flat) else f.type) for f in schema])


def _jsonl(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    """Each row is already a JSON object (DuckDB to_json): append newlines and hand out the string buffer."""
    newline = pa.scalar("\n")
    for batch in reader:
        if not batch.num_rows:
            continue
        lines = pc.binary_join_element_wise(batch.column(0), newline, "")
        yield _string_bytes(lines)


def _string_bytes(array: pa.Array) -> bytes:
    """The concatenated UTF-8 of a string array without nulls, straight from its data buffer."""
    array = array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array
    kind = pa.int64() if pa.types.is_large_string(array.type) else pa.int32()
    offsets = pa.Array.from_buffers(kind, len(array) + 1, [None, array.buffers()[1]], offset=array.offset)
    start, end = offsets[0].as_py(), offsets[-1].as_py()
    return array.buffers()[2][start:end].to_pybytes()


class _Sink(io.RawIOBase):
    """A write-only file that hands out what was written so far (for streaming Parquet)."""

    def __init__(self):
        self.chunks: list[bytes] = []
        self.position = 0

    def writable(self):
        return True

    def write(self, data):
        self.chunks.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self):
        return self.position

    def drain(self) -> bytes:
        out = b"".join(self.chunks)
        self.chunks.clear()
        return out


def _parquet(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    sink = _Sink()
    with pq.ParquetWriter(sink, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield sink.drain()
    yield sink.drain()


register(Format("csv", "csv", "text/csv; charset=utf-8", "CSV, UTF-8 met BOM, kommagescheiden", _csv(",")))
register(
    Format(
        "csv-excel",
        "csv",
        "text/csv; charset=utf-8",
        "CSV voor Nederlandse Excel: puntkomma als scheidingsteken, UTF-8 met BOM",
        _csv(";"),
    )
)
register(
    Format(
        "jsonl",
        "jsonl",
        "application/x-ndjson; charset=utf-8",
        "JSON Lines: één klacht per regel",
        _jsonl,
        json_rows=True,
    )
)
register(Format("parquet", "parquet", "application/vnd.apache.parquet", "Apache Parquet (kolomgeoriënteerd)", _parquet))
