"""The anatomy layer as SVG: assets/muscles-<view>.svg, one group per
muscle and side, in the body drawings' coordinates."""
import math

from ..geometry import H, cmds_d, cr_segments, sample_segs

MUSCLE_ATTR = 'fill="#c0504d" fill-opacity="0.3" stroke="#8e2f2b" stroke-width="1.4" stroke-linejoin="round"'
DEEP_ATTR = 'fill="#c0504d" fill-opacity="0.14" stroke="#8e2f2b" stroke-width="1.4" stroke-dasharray="5 3"'
FIBRE_ATTR = 'fill="none" stroke="#8e2f2b" stroke-opacity="0.4" stroke-width="0.7"'
FIBRE_GAP = 5.0
VIEW_WIDTH = {"front": 520, "back": 520, "left": 620, "right": 620}


def outline_segs(shape, f):
    return cr_segments([f(p) for p in shape.points], True, shape.corners)


def outline_cmds(segs):
    return [("M", segs[0][0])] + [("C", s[1], s[2], s[3]) for s in segs] + [("Z",)]


def polygon(shape, f=lambda p: p):
    """The outline as a dense polygon (for checks and fibres)."""
    return sample_segs(outline_segs(shape, f), 1.0)[0]


def fibre_lines(shape, poly, f):
    """Fine lines along the fibres, as (a, b) pairs; clipped later by SVG.
    @f is the side's mapping: a mirror turns the fibres' angle and fan point."""
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    if shape.fibres is None:
        return []
    kept = f((1.0, 0.0))[0] > f((0.0, 0.0))[0]   # False on a mirrored side
    if isinstance(shape.fibres, (int, float)):
        a = math.radians(shape.fibres if kept else 180 - shape.fibres)
        d, n = (math.cos(a), math.sin(a)), (-math.sin(a), math.cos(a))
        cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
        r = math.hypot(max(xs) - min(xs), max(ys) - min(ys))
        k = int(r / FIBRE_GAP) + 1
        return [((cx + n[0] * o - d[0] * r, cy + n[1] * o - d[1] * r),
                 (cx + n[0] * o + d[0] * r, cy + n[1] * o + d[1] * r))
                for o in (FIBRE_GAP * (i - k) for i in range(2 * k + 1))]
    # A fan: from points along the outline to where the fibres converge.
    step = max(1, int(FIBRE_GAP * 1.4))
    return [(p, f(shape.fibres)) for p in poly[::step]]


def clip_segment(a, b, poly):
    """The parts of segment a-b inside the polygon (even-odd), as pairs."""
    ts = [0.0, 1.0]
    dx, dy = b[0] - a[0], b[1] - a[1]
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]):
        ex, ey = x1 - x0, y1 - y0
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = ((x0 - a[0]) * ey - (y0 - a[1]) * ex) / den
        u = ((x0 - a[0]) * dy - (y0 - a[1]) * dx) / den
        if 0 < t < 1 and 0 <= u < 1:
            ts.append(t)
    ts.sort()
    out = []
    for t0, t1 in zip(ts, ts[1:]):
        tm = (t0 + t1) / 2
        if t1 - t0 > 1e-6 and inside_poly((a[0] + dx * tm, a[1] + dy * tm), poly):
            out.append(((a[0] + dx * t0, a[1] + dy * t0), (a[0] + dx * t1, a[1] + dy * t1)))
    return out


def inside_poly(pt, poly):
    x, y = pt
    hit = False
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def mirror_for(view, side):
    if side == "left":
        return lambda p: p
    w = VIEW_WIDTH[view]
    return lambda p: (w - p[0], p[1])


def group(m, view, side, shapes, f):
    """One muscle's group on one side: its outline(s) and fibres."""
    gid = "muscle-%s-%s" % (m.id, side)
    bellies, lines, clip, main = [], [], None, (0, None)
    for s in shapes:
        segs = outline_segs(s, f)
        poly = sample_segs(segs, 2.0)[0]
        area = abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]))) / 2
        if area > main[0]:
            main = (area, poly)
        bellies.append(cmds_d(outline_cmds(segs), lambda p: p))
        # Clipped here rather than with clip-path: drawing stays cheap.
        for a, b in fibre_lines(s, sample_segs(segs, 1.0)[0], f):
            lines += clip_segment(a, b, poly)
        clip = clip or s.clip
    d = "".join(bellies)
    # The box of the largest part, where the app writes the muscle's name.
    xs, ys = [p[0] for p in main[1]], [p[1] for p in main[1]]
    box = "%.1f %.1f %.1f %.1f" % (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    out = ['<g id="%s" class="muscle%s" data-main="%s"%s %s>' % (gid, " deep" if m.deep else "", box,
                                                                 ' clip-path="url(#clip-%s)"' % clip if clip else "",
                                                                 DEEP_ATTR if m.deep else MUSCLE_ATTR),
           '<path class="belly" d="%s"/>' % d]
    if lines:
        fd = "".join("M%.1f %.1fL%.1f %.1f" % (a[0], a[1], b[0], b[1]) for a, b in lines)
        out.append('<path class="fibres" %s d="%s"/>' % (FIBRE_ATTR, fd))
    out.append("</g>")
    return "\n".join(out)


def muscles_svg(view, muscles, body_view):
    """assets/muscles-<view>.svg. @body_view is the body drawing's View of
    the same name, for its width and the clip paths a shape may name."""
    source = "left" if view == "right" else view
    sides = ("right",) if view == "right" else ("left",) if view == "left" else ("left", "right")
    groups, used = [], set()
    # Deep muscles first, so that superficial ones are drawn over them.
    for m in sorted(muscles, key=lambda m: not m.deep):
        shapes = [s for s in m.shapes if s.view == source]
        if not shapes:
            continue
        for side in sides:
            groups.append(group(m, view, side, shapes, mirror_for(view, side)))
            used.update("clip-" + s.clip for s in shapes if s.clip)
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">'
         % (body_view.W, H, body_view.W, H),
         "<!-- Generated by tools/gen-body-svg.py; do not edit by hand. -->", "<defs>"]
    for cid in sorted(used):
        for cmds, rule in body_view.clips[cid][:1]:
            o.append('<clipPath id="%s"><path%s d="%s"/></clipPath>'
                     % (cid, ' clip-rule="%s"' % rule if rule else "", cmds_d(cmds, body_view.tf)))
    o += ["</defs>"] + groups + ["</svg>"]
    return "\n".join(o) + "\n"
