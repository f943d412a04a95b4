"""The command line: write assets/body-*.svg and, with --check, verify them.

    python3 tools/gen-body-svg.py [--dry-run] [--check [REGIONS_TSV]] [-v]

--dry-run writes nothing: it reports whether each drawing in assets/ is what
the generator makes, and fails if one differs (the test suite runs it).
"""
import os
import sys

from .checks import check
from .spec import REGIONS_TSV, ROOT
from .views import build_back, build_front, build_left, mirrored_view


def render_views():
    """The four drawings as SVG text: view -> text."""
    left = build_left()
    views = {"front": build_front(), "back": build_back(), "left": left,
             "right": mirrored_view(left, "right", "Right side")}
    return {name: V.svg() for name, V in views.items()}


def write_views(out, dry_run=False):
    """Writes the four drawings into the folder out; returns view -> path and
    the paths whose content changed (with dry_run nothing is written)."""
    files, changed = {}, []
    for name, text in render_views().items():
        path = os.path.join(out, "body-%s.svg" % name)
        rel = os.path.relpath(path, ROOT)
        files[name] = path
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed.append(rel)
        if dry_run:
            print("%s %s" % ("differs:" if old != text else "up to date:", rel))
            continue
        os.makedirs(out, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", rel)
    return files, changed


def main(argv):
    dry_run = "--dry-run" in argv
    files, changed = write_views(os.path.join(ROOT, "assets"), dry_run)
    status = 1 if dry_run and changed else 0
    if "--check" in argv:
        i = argv.index("--check")
        spec = argv[i + 1] if len(argv) > i + 1 and not argv[i + 1].startswith("-") else REGIONS_TSV
        if not os.path.exists(spec):
            print("%s not found; pass the path of regions.tsv after --check" % spec)
            return 2
        if not check(files, spec, "-v" in argv):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
