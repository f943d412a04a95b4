"""Checks of the anatomy layer: every atlas muscle drawn, ids from the
spec, and (with --markers) every trigger point's X inside its muscle."""
import json

from .svg import polygon


from .svg import inside_poly as inside


def check_muscles(muscles, muscle_ids, markers_path=None, verbose=False):
    ok = True
    drawn = {m.id for m in muscles if m.shapes}
    ids = [m.id for m in muscles]
    problems = [
        ("muscles not in the atlas", sorted(set(ids) - set(muscle_ids))),
        ("muscles listed twice", sorted(set(i for i in ids if ids.count(i) > 1))),
        ("shapes in an unknown view", sorted(m.id for m in muscles for s in m.shapes
                                             if s.view not in ("front", "back", "left"))),
        ("atlas muscles without a shape", sorted(set(muscle_ids) - drawn)),
    ]
    print("anatomy: %d of %d muscles drawn, %d shapes" % (len(drawn), len(muscle_ids),
                                                        sum(len(m.shapes) for m in muscles)))
    for label, lst in problems:
        if lst:
            ok = False
            print("   %s (%d): %s" % (label, len(lst), " ".join(lst)))
    if markers_path:
        ok = check_markers(muscles, markers_path, verbose) and ok
    return ok


def check_markers(muscles, path, verbose):
    """Each X of a drawn muscle inside that muscle's shape in that view."""
    polys = {}
    for m in muscles:
        for s in m.shapes:
            polys.setdefault((m.id, s.view), []).append(polygon(s))
    outside, no_shape, good = [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            mk = json.loads(line)
            key = (mk["muscle"], mk["view"])
            where = "%s %s (%s view, %s, x %.1f y %.1f)" % (mk["muscle"], mk["trigger_point"], mk["view"],
                                                            mk["region"], mk["x"], mk["y"])
            if not any(m.id == mk["muscle"] and m.shapes for m in muscles):
                continue
            if key not in polys:
                no_shape.append(where)
            elif not any(inside((mk["x"], mk["y"]), p) for p in polys[key]):
                outside.append(where)
            else:
                good += 1
    print("markers: %d inside their muscle, %d outside, %d in a view without the muscle's shape"
          % (good, len(outside), len(no_shape)))
    for label, lst in (("outside", outside), ("no shape in the view", no_shape)):
        for w in lst:
            print("   %s: %s" % (label, w))
    return not outside and not no_shape
