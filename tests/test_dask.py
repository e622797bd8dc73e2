"""The Dask recipe: a local cluster of two worker processes gives the single-process records."""

import json

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.usefixtures("shared_models")]


def test_dask_bag_equals_single_process_run(tmp_path):
    pytest.importorskip("distributed")
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from newscli import analyze_texts
    from newscli.dask_bag import analyze_bag, read_jsonl

    records = [
        {
            "id": f"a{i}",
            "published": "2024-03-06",
            "text": f"Mayor Ana Ruiz said \u201cbridge {i} is safe\u201d in Springfield on Tuesday. "
            f"The Federal Emergency Management Agency (FEMA) will pay, officials said.",
        }
        for i in range(12)
    ]
    for part in range(3):
        with open(tmp_path / f"part-{part}.jsonl", "w", encoding="utf-8") as f:
            for record in records[part * 4 : (part + 1) * 4]:
                f.write(json.dumps(record) + "\n")
    expected = list(analyze_texts(records))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        bag = read_jsonl(str(tmp_path / "part-*.jsonl"))
        assert bag.npartitions == 3
        got = analyze_bag(bag).compute()
        assert got == expected
        assert analyze_bag(db.from_sequence(records, npartitions=4), sections=["quotes"]).compute() == list(
            analyze_texts(records, sections=["quotes"])
        )
