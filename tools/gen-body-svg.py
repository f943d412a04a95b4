#!/usr/bin/env python3
"""Generate the Bodymap pain-drawing charts (assets/body-*.svg).

    python3 tools/gen-body-svg.py            # writes assets/body-{front,back,left,right}.svg
    python3 tools/gen-body-svg.py --check    # also verifies the ids against tests/data/regions.tsv
    python3 tools/gen-body-svg.py --check path/to/regions.tsv
    python3 tools/gen-body-svg.py --dry-run  # writes nothing; fails if assets/ is not up to date

The generator is the package tools/bodygen/ (see its __init__.py for how the
drawings are built); this file only runs it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bodygen.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
