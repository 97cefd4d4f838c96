"""A delivery's prepared rows on disk between the checks and the transaction, so memory holds one chunk.

Reading, validating and anonymising run chunk by chunk before the transaction (anonymising is slow
and must not hold the organisation's lock); each prepared chunk is pickled to an unnamed temporary file
and read back, chunk by chunk, inside the transaction. The file holds raw text (the review quarantine
needs it), like the uploaded file itself: it has no name in the file system, is readable only by this
process and disappears when closed, also when the process is killed.
"""

import pickle
import tempfile
from collections.abc import Iterator


class Spool:
    """Append chunks, then read them back once, in order."""

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="openklachten-levering-")
        self.chunks = 0

    def append(self, chunk) -> None:
        pickle.dump(chunk, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.chunks += 1

    def __iter__(self) -> Iterator:
        self._file.seek(0)
        for _ in range(self.chunks):
            yield pickle.load(self._file)  # noqa: S301 - written by this process, a moment ago

    def close(self) -> None:
        self._file.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
