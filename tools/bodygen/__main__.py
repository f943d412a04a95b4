"""The command line: write assets/body-*.svg and assets/muscles-*.svg and,
with --check, verify them.

    python3 tools/gen-body-svg.py [--dry-run] [--check [REGIONS_TSV]] [--markers FILE] [-v]
    python3 tools/gen-body-svg.py --preview DIR [--markers FILE] [--only ID,ID]

--dry-run writes nothing: it reports whether each drawing in assets/ is what
the generator makes, and fails if one differs (the test suite runs it).
--markers FILE checks that every trigger point's X (as printed by
build/tests/dump-markers) lies inside its muscle's shape, writing nothing. --preview DIR
writes each chart with its anatomy layer and markers to look at, and nothing
in assets/.
"""
import os
import sys

from .anatomy import gather
from .anatomy.check import check_muscles
from .anatomy.svg import muscles_svg
from .checks import check
from .spec import MUSCLES_TXT, REGIONS_TSV, ROOT
from .views import build_back, build_front, build_left, mirrored_view


def render_views():
    """The drawings as SVG text: file name -> text. body-<view>.svg is the
    chart, muscles-<view>.svg its anatomy layer."""
    left = build_left()
    views = {"front": build_front(), "back": build_back(), "left": left,
             "right": mirrored_view(left, "right", "Right side")}
    muscles = gather()
    out = {"body-%s.svg" % name: V.svg() for name, V in views.items()}
    out.update({"muscles-%s.svg" % name: muscles_svg(name, muscles, V) for name, V in views.items()})
    return out


def muscle_ids():
    with open(MUSCLES_TXT, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def write_views(out, dry_run=False):
    """Writes the four drawings into the folder out; returns view -> path and
    the paths whose content changed (with dry_run nothing is written)."""
    files, changed = {}, []
    for name, text in render_views().items():
        path = os.path.join(out, name)
        rel = os.path.relpath(path, ROOT)
        if name.startswith("body-"):
            files[name[5:-4]] = path
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
    if "--preview" in argv:
        from .anatomy.preview import write_previews
        markers = argv[argv.index("--markers") + 1] if "--markers" in argv else None
        only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else None
        write_previews(render_views(), argv[argv.index("--preview") + 1], markers, only)
        return 0
    # --markers is a check while drawing: it never writes assets/.
    files, changed = write_views(os.path.join(ROOT, "assets"), dry_run or "--markers" in argv)
    status = 1 if dry_run and changed else 0
    if "--check" in argv:
        i = argv.index("--check")
        spec = argv[i + 1] if len(argv) > i + 1 and not argv[i + 1].startswith("-") else REGIONS_TSV
        if not os.path.exists(spec):
            print("%s not found; pass the path of regions.tsv after --check" % spec)
            return 2
        if not check(files, spec, "-v" in argv):
            status = 1
        markers = argv[argv.index("--markers") + 1] if "--markers" in argv else None
        if not check_muscles(gather(), muscle_ids(), markers, "-v" in argv):
            status = 1
    elif "--markers" in argv:
        if not check_muscles(gather(), muscle_ids(), argv[argv.index("--markers") + 1], "-v" in argv):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
