from openklachten.demo.corpus import annotated_texts


def test_corpus_documents_annotate_what_their_text_holds():
    documents = list(annotated_texts(1500, seed=21))
    assert len(documents) > 1000
    for doc in documents:
        for item in doc["pii"]:
            assert item["value"] in doc["text"]
        for kept in doc["keep"]:
            assert kept in doc["text"]
        values = [(p["value"], p["type"]) for p in doc["pii"]]
        assert len(values) == len(set(values))  # each pair once per document, as in pii-dev.jsonl
    assert any("artikel 9:11 Awb" in doc["keep"] for doc in documents)
    assert any(kept.startswith("de gemeente ") for doc in documents for kept in doc["keep"])
