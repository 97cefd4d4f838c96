"""Stemming from several threads at once (the production server answers from threads) gives the same stems."""

import threading

from openklachten.publication.readmodel import fulltext

WORDS = [f"{base}{n}" for n in range(400) for base in ("parkeervergunningen", "huurtoeslagen", "afvalcontainers")]


def test_concurrent_stemming_equals_sequential():
    expected = {w: fulltext._stemmer().stemWord(w) for w in WORDS}
    fulltext.stem.cache_clear()  # every thread really stems, none answers from the cache
    results, failures = [{} for _ in range(8)], []

    def work(out):
        try:
            for word in WORDS:
                out[word] = fulltext._stemmer().stemWord(word)
        except Exception as error:  # an IndexError inside snowball is the bug this guards against
            failures.append(error)

    threads = [threading.Thread(target=work, args=(out,)) for out in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert all(out == expected for out in results)
