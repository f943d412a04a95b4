"""Checks of the generated files against the region spec (regions.tsv)."""
import re

from .spec import read_regions


def load_spec(path):
    """Required region ids per file, from regions.tsv."""
    req = {"front": set(), "back": set(), "left": set(), "right": set()}
    allids = set()
    for rid, views, side, _group in read_regions(path):
        allids.add(rid)
        if views in ("front", "back"):
            req[views].add(rid)
        elif views == "both":
            # a surface seen on its own side view and as an edge strip in front and back
            req["front"].add(rid)
            req["back"].add(rid)
            for v in (("left", "right") if side == "mid" else (side,)):
                req[v].add(rid)
    return req, allids


def check(files, spec_path, verbose=False):
    """Verify the generated files: required ids present, no unknown or
    duplicate ids, every region clipped by an existing clip path, side views
    only show their own side, and the drawing order."""
    req, allids = load_spec(spec_path)
    ok = True
    for view, path in files.items():
        s = open(path, encoding="utf-8").read()
        ids = re.findall(r'\bid="([^"]+)"', s)
        dup = sorted(set(i for i in ids if ids.count(i) > 1))
        regions = re.findall(r'<(?:path|g) id="([^"]+)" class="region"', s)
        missing = sorted(req[view] - set(regions))
        unknown = sorted(set(regions) - allids)
        clips = re.findall(r'<(?:path|g) id="[^"]+" class="region"[^>]*?clip-path="url\(#([^)]+)\)"', s)
        noclip = len(regions) - len(clips)
        badclip = sorted(set(c for c in clips if c not in ids))
        other = {"left": "-right", "right": "-left"}.get(view)
        wrong_side = sorted(r for r in regions if other and r.endswith(other))
        extra = sorted(set(regions) - req[view] - set(unknown))
        pos = [s.find(t) for t in ("<defs>", 'class="outline"', 'class="region"', 'class="detail"', "<text")]
        print("%-6s %3d regions (%d required, %d extra)" % (view, len(regions), len(req[view]), len(extra)))
        if verbose and extra:
            print("   extra: " + " ".join(extra))
        problems = (("duplicate ids", dup), ("missing", missing), ("unknown ids", unknown),
                    ("clip paths not defined", badclip), ("ids of the other side", wrong_side),
                    ("regions without clip-path", ["%d" % noclip] if noclip else []),
                    ("elements out of order", [] if pos == sorted(pos) and -1 not in pos else ["%s" % pos]))
        for label, lst in problems:
            if lst:
                ok = False
                print("   %s: %s" % (label, " ".join(lst)))
    print("check: " + ("OK" if ok else "FAILED"))
    return ok
