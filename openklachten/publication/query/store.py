"""Where the query layer gets its connection, and small per-generation caches."""

import functools
import pickle
import threading
from collections import OrderedDict

from openklachten.publication import readmodel

_override = None  # a read-model directory set by benchmarks and tests; None = settings.READMODEL_PATH


def use(path) -> None:
    """Point the query layer at another read model (benchmarks); None restores the configured one."""
    global _override
    _override = path


def connection():
    return readmodel.connect(_override)


def lease():
    """A cursor that keeps its generation open until `.release()`: for streams that outlive a rebuild."""
    return readmodel.lease(_override)


def generation() -> str:
    """The generation this thread's connection reads (not CURRENT on disk, which may already be newer)."""
    found = readmodel.current_generation(_override)
    return str(found) if found else ""


@functools.lru_cache(maxsize=64)
def _present(gen: str, name: str) -> frozenset[str]:
    from openklachten.publication.query.vocabulary import FILTERS

    con = connection()
    if name == "organisatie":
        return frozenset(code for (code,) in con.execute("SELECT code FROM organisaties").fetchall())
    if name == "thema":
        return frozenset(theme_bits())
    column, is_list, _ = FILTERS[name]
    source = f"(SELECT unnest({column}) AS v FROM klachten)" if is_list else f"(SELECT {column} AS v FROM klachten)"
    return frozenset(v for (v,) in con.execute(f"SELECT DISTINCT v FROM {source} WHERE v IS NOT NULL").fetchall())


def present_values(name: str) -> frozenset[str]:
    """Distinct values of a filter in the current read model (cached per generation)."""
    connection()  # builds the model when absent, so generation() is known
    return _present(generation(), name)


@functools.lru_cache(maxsize=8)
def _bits(gen: str) -> dict[str, int]:
    return dict(connection().execute("SELECT thema, bit FROM thema_bits").fetchall())


def theme_bits() -> dict[str, int]:
    """Theme code -> its bit in klachten.themas_mask (only themes that occur)."""
    connection()
    return _bits(generation())


CACHE_SIZE = 512  # answers per process; a generation switch empties it (the key holds the generation)
_answers: OrderedDict = OrderedDict()
_answers_lock = threading.Lock()  # the web server answers from several threads; OrderedDict moves are not atomic
caching = True  # benchmarks switch it off to measure the queries themselves


def clear() -> None:
    """Forget every cached answer (benchmarks: a request as the first after a rebuild would run)."""
    with _answers_lock:
        _answers.clear()


def cached(fn):
    """Memoise an aggregate per (generation, arguments): a rebuild gives a new generation, so never stale."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if not caching:
            return fn(*args, **kwargs)
        connection()
        key = (generation(), fn.__qualname__, repr(args), repr(sorted(kwargs.items())))
        with _answers_lock:
            found = _answers.get(key)
            if found is not None:
                _answers.move_to_end(key)
        if found is not None:
            return pickle.loads(found)
        answer = fn(*args, **kwargs)  # outside the lock: other threads keep answering meanwhile
        # Kept pickled: every caller gets its own copy to change, and unpickling is ~5x cheaper than a deep
        # copy (deepcopy was a quarter of a cached page's CPU time at 1M complaints).
        stored = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        with _answers_lock:
            _answers[key] = stored
            while len(_answers) > CACHE_SIZE:
                _answers.popitem(last=False)
        return answer

    return wrapper
