"""--preview DIR [--only ID,ID]: each body chart with its anatomy layer over it (and the
X markers, with --markers), as DIR/preview-<view>.svg, to look at while
drawing: rsvg-convert -z 1.5 DIR/preview-left.svg -o left.png"""
import json
import os


def inner(svg):
    return svg[svg.index(">", svg.index("<svg")) + 1:svg.rindex("</svg>")]


def only_groups(svg, only):
    """The muscles layer with just the groups of the muscles in @only."""
    if not only:
        return inner(svg)
    keep = [g for g in inner(svg).split("<g id=")
            if not g.startswith('"muscle-') or any(g.startswith('"muscle-%s-' % m) for m in only)]
    return "<g id=".join(keep)


def write_previews(rendered, out, markers_path=None, only=None):
    """@only: muscle ids to show (all when None)."""
    os.makedirs(out, exist_ok=True)
    marks = []
    if markers_path:
        with open(markers_path, encoding="utf-8") as f:
            marks = [json.loads(line) for line in f]
        marks = [mk for mk in marks if not only or mk["muscle"] in only]
    for view in ("front", "back", "left", "right"):
        body = rendered["body-%s.svg" % view]
        head = body[:body.index(">", body.index("<svg")) + 1]
        xs = []
        for mk in marks:
            if mk["view"] == view:
                x, y = mk["x"], mk["y"]
                xs.append('<path d="M%.1f %.1fl8 8m0 -8l-8 8" transform="translate(-4 -4)" stroke="#000" '
                          'stroke-width="2"/><text x="%.1f" y="%.1f" font-size="7" fill="#004">%s/%s</text>'
                          % (x, y, x + 6, y - 3, mk["muscle"], mk["trigger_point"]))
        text = head + inner(body) + only_groups(rendered["muscles-%s.svg" % view], only) + "".join(xs) + "</svg>\n"
        with open(os.path.join(out, "preview-%s.svg" % view), "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", os.path.join(out, "preview-%s.svg" % view))
