"""The spec the drawings and the region catalog follow, read from the
repository's own copy in tests/data/ (the tests read the same files)."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGIONS_TSV = os.path.join(ROOT, "tests", "data", "regions.tsv")
MUSCLES_TXT = os.path.join(ROOT, "tests", "data", "muscles.txt")


def read_regions(path=REGIONS_TSV):
    """Rows (id, views, side, group) of regions.tsv, in file order (see its header)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("id\t"):
                continue
            rid, _meaning, views, side, group = line.rstrip("\n").split("\t")
            rows.append((rid, views, side, group))
    return rows
