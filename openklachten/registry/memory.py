"""Give freed memory back to the operating system between two large steps in one process."""

import ctypes
import gc


def release() -> None:
    """Collect, then return the freed heap to the system (glibc's allocator keeps it otherwise).

    After an import of a large delivery the process would otherwise stay at its peak while it goes on to
    build the read model, and the two peaks would add up.
    """
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass
