#!/usr/bin/env python3
"""Generate the Bodymap pain-drawing charts (assets/body-*.svg).

Run from anywhere:

    python3 tools/gen-body-svg.py            # writes assets/body-{front,back,left,right}.svg
    python3 tools/gen-body-svg.py --check    # also verifies the ids against regions.tsv
    python3 tools/gen-body-svg.py --check path/to/regions.tsv

Only the Python 3 standard library is used.

Approach
--------
* One table of landmark heights (``Y``) is shared by all four views, so the
  vertex, chin, shoulder, elbow, hip, knee, ankle and sole sit at the same y in
  every file (all files are 1100 units high, figure 960 units = 7.5 heads).
* Each figure has one smooth silhouette (``body-outline``), drawn as a closed
  centripetal Catmull-Rom spline through hand-placed control points and
  emitted as cubic Beziers.  The front and back figures are built from one
  half (the patient's left, in "body coordinates" where +dx is the patient's
  left) and mirrored, so they are exactly symmetric.  The side views use body
  coordinates (z, y) with -z anterior; body-right.svg is the exact mirror of
  body-left.svg.
* Regions are not drawn one by one.  Instead we define boundary curves
  (edges of strips that follow the silhouette, cuts at landmark heights, the
  jaw line, the clavicle, the iliac crest, ...) and every region is a *cycle
  of curves*: its border runs along curve i from where it crosses curve i-1
  to where it crosses curve i+1.  Neighbouring regions therefore share their
  borders exactly (no gaps, no overlaps).  Where a region reaches the
  silhouette, its border runs outside the body (through the gap between arm
  and trunk, or beyond the outer edge) and the region is clipped to the
  silhouette with ``clip-path``.
* Limbs use strips measured between the two edges of the limb (e.g. the
  lateral thigh strip is the outer 20 % of the thigh), so strip widths follow
  the silhouette automatically.
* Side views: the hanging arm is drawn over the trunk (``arm-outline``); trunk
  regions are clipped by ``clip-trunk`` (body minus arm and ear), arm regions
  by ``clip-arm``.  Inner (medial) surfaces that a lateral view cannot show
  are drawn in two insets at the same scale and heights: "Inner leg" (a true
  medial view, so it faces the other way) and "Inner arm" (the limb in
  anatomical position seen from the front and inner side: open hand, palm
  towards the viewer, thumb away from the main figure; the posterior and
  dorsal strips run down its inner border).  The hanging arm and the inset
  hand reuse the front view's hand geometry (``hand_local``); the hanging
  hand is relaxed (fingers together and slightly flexed).  The back view
  has two sole insets ("Left sole", "Right sole", toes up, big toe towards
  the middle, patient's left on the viewer's left).
* A region that appears both on a figure and in an inset (e.g. the front of
  the knee in the side view and in the inner-leg inset) is still ONE element:
  a path with several subpaths, clipped by a union clip path.
* Non-clickable drawing details (face, ears, navel, knee caps, toes, ...) are
  thin strokes in ``<g class="detail">`` drawn after the regions; captions
  come last.  All styling is done with presentation attributes so that the
  application's CSS can override it.

Conventions of the output
-------------------------
* body-front.svg 520x1100: patient's left on the viewer's right.
  body-back.svg 520x1100: patient's left on the viewer's left; sole insets
  at the bottom corners.  body-left.svg / body-right.svg 620x1100: the
  patient faces the viewer's left in body-left.svg and the viewer's right in
  body-right.svg; the inner-leg inset faces the other way, the inner-arm
  inset shows the front and inner side of the arm (thumb away from the figure).
* Outlines (class "outline"): body-outline; arm-outline (side views, the
  hanging arm drawn over the trunk); inset-arm-outline, inset-leg-outline
  (side views); inset-sole-left-outline, inset-sole-right-outline (back).
* Clip paths: clip-body (= body-outline), clip-arm, clip-trunk (body minus
  arm and ear), clip-inset-arm, clip-inset-leg, clip-inset-sole-left/-right,
  and unions named clip-<a>-and-<b> for regions that have parts in two of them.
* Every region is one <path class="region"> with an id from regions.tsv.
"""
import math
import os
import re
import sys

# ----------------------------------------------------------------------------
# Landmarks (y, user units).  Figure: vertex 90, soles 1050 -> 960 = 7.5 heads.
# ----------------------------------------------------------------------------
H = 1100
HEAD = 128.0
Y = {
    "vertex": 90, "cap": 106, "brow": 143, "eye": 154, "nose_base": 183, "mouth": 193,
    "chin": 219, "ear_top": 144, "ear_bottom": 185, "jaw_angle": 204, "nape": 204,
    "neck_split": 232, "neck_base": 242, "notch": 263, "acromion": 268,
    "pect_top": 298, "axilla": 324, "axilla_post": 352, "nipple": 352, "pect_low": 384,
    "xiphoid": 392, "scap_tip": 398, "chest_end": 428, "t12": 440, "waist": 448,
    "elbow": 448, "elbow_top": 430, "elbow_bottom": 466, "navel": 474, "l3": 476,
    "flank_end": 500, "supra": 506, "pubic": 540, "crotch": 569, "wrist": 585,
    "hip_end": 592, "gluteal_fold": 600, "fingertip": 690, "mid_thigh": 670,
    "knee_top": 762, "knee": 790, "knee_bottom": 826, "mid_shin": 906,
    "ankle_top": 988, "ankle": 1008, "sole": 1050,
}

FONT = "Cantarell, sans-serif"
OUTLINE_ATTR = 'fill="#f6f3ef" stroke="#4a4a4a" stroke-width="1.6" stroke-linejoin="round"'
# Region borders show what can be clicked before the pointer is over it: at
# the default window size a drawing unit is about half a pixel, so the
# dashes are long and the line wide enough to stay visible there.
REGION_ATTR = ('fill="#ffffff" fill-opacity="0" stroke="#8a847c" stroke-width="1.3" '
               'stroke-dasharray="5 3"')
HINT_ATTR = ('fill="none" stroke="#b3aca4" stroke-width="0.9" stroke-linecap="round" '
             'stroke-linejoin="round"')
DETAIL_ATTR = ('fill="none" stroke="#857e76" stroke-width="1" stroke-linecap="round" '
               'stroke-linejoin="round"')


# ============================================================================
# Geometry
# ============================================================================
def fmt(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def smoothstep(t):
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def interp(table, y):
    """Smooth interpolation in a sorted [(y, value)] table."""
    if y <= table[0][0]:
        return table[0][1]
    for (y0, v0), (y1, v1) in zip(table, table[1:]):
        if y <= y1:
            return v0 + (v1 - v0) * smoothstep((y - y0) / (y1 - y0))
    return table[-1][1]


def bez(p0, p1, p2, p3):
    """Cubic Bezier for the centripetal Catmull-Rom segment p1->p2."""
    d1 = max(math.dist(p0, p1), 1e-6)
    d2 = max(math.dist(p1, p2), 1e-6)
    d3 = max(math.dist(p2, p3), 1e-6)
    a1, a2, a3 = math.sqrt(d1), math.sqrt(d2), math.sqrt(d3)
    b1 = tuple((d1 * p2[k] - d2 * p0[k] + (2 * d1 + 3 * a1 * a2 + d2) * p1[k]) / (3 * a1 * (a1 + a2))
               for k in (0, 1))
    b2 = tuple((d3 * p1[k] - d2 * p3[k] + (2 * d3 + 3 * a3 * a2 + d2) * p2[k]) / (3 * a3 * (a3 + a2))
               for k in (0, 1))
    return (p1, b1, b2, p2)


def cr_segments(pts, closed=False, corners=()):
    """Catmull-Rom spline through pts as a list of cubic segments.
    Indices in `corners` get a tangent break."""
    n = len(pts)
    cs = set(corners)
    segs = []
    for i in (range(n) if closed else range(n - 1)):
        j = (i + 1) % n
        p1, p2 = pts[i], pts[j]
        if i in cs or (not closed and i == 0):
            p0 = (2 * p1[0] - p2[0], 2 * p1[1] - p2[1])
        else:
            p0 = pts[(i - 1) % n]
        if j in cs or (not closed and j == n - 1):
            p3 = (2 * p2[0] - p1[0], 2 * p2[1] - p1[1])
        else:
            p3 = pts[(j + 1) % n]
        segs.append(bez(p0, p1, p2, p3))
    return segs


def bez_pt(seg, t):
    p0, p1, p2, p3 = seg
    mt = 1 - t
    a, b, c, d = mt * mt * mt, 3 * mt * mt * t, 3 * mt * t * t, t * t * t
    return (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])


def sample_segs(segs, step=1.5):
    pts, starts = [], []
    for seg in segs:
        starts.append(len(pts))
        L = math.dist(seg[0], seg[1]) + math.dist(seg[1], seg[2]) + math.dist(seg[2], seg[3])
        n = max(2, int(L / step) + 1)
        for k in range(n):
            pts.append(bez_pt(seg, k / n))
    return pts, starts


class Curve:
    """A boundary curve: a dense polyline parametrised by arc length.
    kind: 'smooth' (emitted as Catmull-Rom through points on a fixed arc-length
    grid), 'line' (straight) or 'poly' (emitted through its own vertices; used
    for borders that run outside the silhouette)."""
    CHUNK = 8

    def __init__(self, pts, kind="smooth", name=""):
        q = [tuple(pts[0])]
        for p in pts[1:]:
            if math.dist(p, q[-1]) > 1e-9:
                q.append(tuple(p))
        self.p, self.kind, self.name = q, kind, name
        self.s = [0.0]
        for a, b in zip(q, q[1:]):
            self.s.append(self.s[-1] + math.dist(a, b))
        self.length = self.s[-1]
        self.chunks = []
        for i in range(0, len(q) - 1, self.CHUNK):
            seg = q[i:min(i + self.CHUNK, len(q) - 1) + 1]
            xs = [a[0] for a in seg]
            ys = [a[1] for a in seg]
            self.chunks.append((i, min(i + self.CHUNK, len(q) - 1), min(xs), max(xs), min(ys), max(ys)))

    def at(self, s):
        s = max(0.0, min(self.length, s))
        lo, hi = 0, len(self.s) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.s[mid] <= s:
                lo = mid
            else:
                hi = mid
        seg = self.s[hi] - self.s[lo]
        return lerp(self.p[lo], self.p[hi], 0 if seg <= 0 else (s - self.s[lo]) / seg)

    def mapped(self, f, suffix="'"):
        return Curve([f(p) for p in self.p], self.kind, self.name + suffix)


def S(ctrl, name="", step=1.0):
    """Smooth curve through control points."""
    if len(ctrl) == 2:
        return Curve(list(ctrl), "line", name)
    pts, _ = sample_segs(cr_segments(ctrl), step)
    pts.append(ctrl[-1])
    return Curve(pts, "smooth", name)


def LN(a, b, name="", ext=0.0):
    """Straight line a-b, optionally extended at both ends."""
    if ext:
        d = math.dist(a, b)
        ux, uy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
        a = (a[0] - ux * ext, a[1] - uy * ext)
        b = (b[0] + ux * ext, b[1] + uy * ext)
    return Curve([a, b], "line", name)


def PL(pts, name=""):
    """Polyline (for borders outside the silhouette)."""
    return Curve(pts, "poly", name)


def _seg_inter(a, b, c, d):
    r = (b[0] - a[0], b[1] - a[1])
    q = (d[0] - c[0], d[1] - c[1])
    den = r[0] * q[1] - r[1] * q[0]
    if abs(den) < 1e-12:
        return None
    w = (c[0] - a[0], c[1] - a[1])
    t = (w[0] * q[1] - w[1] * q[0]) / den
    u = (w[0] * r[1] - w[1] * r[0]) / den
    if -1e-9 <= t <= 1 + 1e-9 and -1e-9 <= u <= 1 + 1e-9:
        return t, u
    return None


_ICACHE = {}


def intersections(c1, c2):
    key = (id(c1), id(c2))
    if key in _ICACHE:
        return _ICACHE[key][0]
    res = []
    for (i0, i1, x0, x1, y0, y1) in c1.chunks:
        for (j0, j1, X0, X1, Y0, Y1) in c2.chunks:
            if x1 < X0 or X1 < x0 or y1 < Y0 or Y1 < y0:
                continue
            for i in range(i0, i1):
                a, b = c1.p[i], c1.p[i + 1]
                for j in range(j0, j1):
                    r = _seg_inter(a, b, c2.p[j], c2.p[j + 1])
                    if r:
                        t, u = r
                        res.append((c1.s[i] + (c1.s[i + 1] - c1.s[i]) * t,
                                    c2.s[j] + (c2.s[j + 1] - c2.s[j]) * u, lerp(a, b, t)))
    out = []
    for r in sorted(res):
        if not out or math.dist(out[-1][2], r[2]) > 0.05:
            out.append(r)
    _ICACHE[key] = (out, c1, c2)     # keep the curves alive: ids must stay unique
    return out


class RegionError(Exception):
    pass


GRID = 7.0


def piece_points(c, sa, sb):
    """Points along c from arc length sa to sb (either direction).  Smooth
    curves are sampled on a fixed global grid so that two regions sharing a
    border produce the same spline."""
    pts = [c.at(sa)]
    if c.kind == "line":
        pts.append(c.at(sb))
        return pts
    if c.kind == "poly":
        seq = range(len(c.p)) if sb >= sa else range(len(c.p) - 1, -1, -1)
        for i in seq:
            if min(sa, sb) + 0.05 < c.s[i] < max(sa, sb) - 0.05:
                pts.append(c.p[i])
        pts.append(c.at(sb))
        return pts
    g = GRID
    if sb >= sa:
        k = math.floor(sa / g) + 1
        while k * g < sb - 0.35 * g:
            if k * g > sa + 0.35 * g:
                pts.append(c.at(k * g))
            k += 1
    else:
        k = math.ceil(sa / g) - 1
        while k * g > sb + 0.35 * g:
            if k * g < sa - 0.35 * g:
                pts.append(c.at(k * g))
            k -= 1
    pts.append(c.at(sb))
    return pts


def region_cmds(curves, hints=None, name="?"):
    """Closed path bounded by a cycle of curves (see module docstring).
    hints: {i: point} picks the crossing of curves[i-1] and curves[i]
    nearest to point when they cross more than once."""
    hints = hints or {}
    n = len(curves)
    corners = []
    for i in range(n):
        a, b = curves[i - 1], curves[i]
        xs = intersections(a, b)
        if not xs:
            raise RegionError("%s: curves %s and %s do not meet" % (name, a.name, b.name))
        if len(xs) > 1:
            if i not in hints:
                raise RegionError("%s: curves %s and %s meet %d times: %s" % (
                    name, a.name, b.name, len(xs), [(round(r[2][0], 1), round(r[2][1], 1)) for r in xs]))
            h = hints[i]
            xs = [min(xs, key=lambda r: math.dist(r[2], h))]
        corners.append(xs[0])
    cmds = [("M", corners[0][2])]
    for i in range(n):
        c = curves[i]
        pts = piece_points(c, corners[i][1], corners[(i + 1) % n][0])
        pts[0] = corners[i][2]
        pts[-1] = corners[(i + 1) % n][2]
        if c.kind == "smooth" and len(pts) > 2:
            for seg in cr_segments(pts):
                cmds.append(("C", seg[1], seg[2], seg[3]))
        else:
            for p in pts[1:]:
                cmds.append(("L", p))
    cmds.append(("Z",))
    return cmds


def spline_cmds(pts, closed=True, corners=()):
    segs = cr_segments(pts, closed, corners)
    cmds = [("M", segs[0][0])]
    for s in segs:
        cmds.append(("C", s[1], s[2], s[3]))
    if closed:
        cmds.append(("Z",))
    return cmds


def map_cmds(cmds, f):
    out = []
    for c in cmds:
        out.append(c if c[0] == "Z" else (c[0],) + tuple(f(p) for p in c[1:]))
    return out


def cmds_d(cmds, tf):
    out = []
    for c in cmds:
        if c[0] == "Z":
            out.append("Z")
            continue
        out.append(c[0] + " ".join("%s %s" % (fmt(x), fmt(y)) for x, y in (tf(p) for p in c[1:])))
    return "".join(out)


class Chain:
    """x as a function of y along a (monotonic in y) polyline."""

    def __init__(self, pts):
        self.p = sorted(pts, key=lambda p: p[1])

    def x(self, y):
        p = self.p
        if y <= p[0][1]:
            return p[0][0]
        if y >= p[-1][1]:
            return p[-1][0]
        lo, hi = 0, len(p) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if p[mid][1] <= y:
                lo = mid
            else:
                hi = mid
        dy = p[hi][1] - p[lo][1]
        return p[lo][0] + (p[hi][0] - p[lo][0]) * (0 if dy == 0 else (y - p[lo][1]) / dy)


def crossings_x(poly, y):
    xs = []
    for p, q in zip(poly, poly[1:]):
        if (p[1] - y) * (q[1] - y) <= 0 and p[1] != q[1]:
            xs.append(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]))
    return xs


def walk(dense, i0, step, L):
    """Point at arc length L from dense[i0], walking by index step (+1/-1)."""
    acc, i, n = 0.0, i0, len(dense)
    while True:
        j = (i + step) % n
        d = math.dist(dense[i], dense[j])
        if d > 0 and acc + d >= L:
            return lerp(dense[i], dense[j], (L - acc) / d)
        acc += d
        i = j


def gap_line(dense, iweb, maxlen, ext=45, up=4):
    """Centre line of the gap that opens from a web point of the outline
    (between two fingers/toes): midpoints of points at equal arc length on
    both sides, extended beyond."""
    pts = []
    L = 1.0
    while L <= maxlen:
        pts.append(lerp(walk(dense, iweb, -1, L), walk(dense, iweb, 1, L), 0.5))
        L += 2.0
    w = dense[iweb]
    d0 = (pts[0][0] - w[0], pts[0][1] - w[1])
    l0 = math.hypot(*d0)
    start = (w[0] - d0[0] / l0 * up, w[1] - d0[1] / l0 * up)
    e = (pts[-1][0] - pts[-4][0], pts[-1][1] - pts[-4][1])
    le = math.hypot(*e)
    end = (pts[-1][0] + e[0] / le * ext, pts[-1][1] + e[1] / le * ext)
    return [start, w] + pts[::2] + [end]


def rot(origin, ang, p):
    """Local (u across, v along) -> xy, for a part whose axis points down and is
    turned by ang degrees towards +x."""
    a = math.radians(ang)
    u, v = p
    return (origin[0] + u * math.cos(a) + v * math.sin(a), origin[1] - u * math.sin(a) + v * math.cos(a))


def ellipse_pts(cx, cy, rx, ry, n=12, a0=0.0, a1=2 * math.pi, tilt=0.0):
    ct, st = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))
    out = []
    for k in range(n + 1):
        a = a0 + (a1 - a0) * k / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * ct - y * st, cy + x * st + y * ct))
    return out


# ============================================================================
# Figure container
# ============================================================================
class Figure:
    """Regions of one figure (or several figures of one view), in body coordinates."""

    def __init__(self):
        self.regions = {}      # id -> list of (cmds, clip id)
        self.order = []

    def add(self, rid, curves, hints=None, clip="clip-body"):
        cmds = region_cmds(curves, hints, rid)
        if rid not in self.regions:
            self.regions[rid] = []
            self.order.append(rid)
        self.regions[rid].append((cmds, clip))


def mirror_x(p):
    return (-p[0], p[1])


class Mirror:
    """Mirrors curves (x -> -x), caching the result per curve."""

    def __init__(self, f=mirror_x):
        self.f, self.cache = f, {}

    def __call__(self, c):
        if id(c) not in self.cache:
            self.cache[id(c)] = (c, c.mapped(self.f))
        return self.cache[id(c)][1]


def swap_side(rid):
    if rid.endswith("-left"):
        return rid[:-5] + "-right"
    if rid.endswith("-right"):
        return rid[:-6] + "-left"
    return rid


# ============================================================================
# Front / back figure: silhouette (patient's left half, +dx = patient's left)
# ============================================================================
FINGERS = [  # base centre (u, v) in hand coordinates, angle, length, base width, tip width
    ((14.2, 57), 3.5, 40, 10.6, 9.4),    # index
    ((3.2, 59), 0, 46, 10.8, 9.8),       # middle
    ((-7.9, 59.5), -3.5, 42, 10.2, 9.2), # ring
    ((-17.9, 63), -7.5, 33, 9.0, 8.0),   # little
]
HAND_O = (148.5, Y["wrist"])   # wrist crease centre, front view
HAND_A = 8                     # hand axis, degrees away from the body


def finger_axis(base, ang, length, w1, curl=0.0, npts=4):
    """Centre line of a finger from its base to the centre of its tip arc:
    npts+1 (point, angle) pairs.  The direction turns by `curl` degrees
    (growing with the square of the distance along the finger) to draw a
    relaxed, slightly flexed finger."""
    L = length - w1 / 2
    if not curl:
        a = math.radians(ang)
        d = (math.sin(a), math.cos(a))
        return [((base[0] + d[0] * L * k / npts, base[1] + d[1] * L * k / npts), ang) for k in range(npts + 1)]
    out, c, sub = [(base, ang)], base, 24
    for k in range(npts):
        for j in range(sub):
            t = (k + (j + 0.5) / sub) / npts
            a = math.radians(ang + curl * t * t)
            c = (c[0] + math.sin(a) * L / npts / sub, c[1] + math.cos(a) * L / npts / sub)
        out.append((c, ang + curl * ((k + 1) / npts) ** 2))
    return out


def finger_pts(base, ang, length, w0, w1, npts=4, curl=0.0):
    """Sides of a finger: (thumb-side points base->tip, tip arc, other side tip->base)."""
    lat, med = [], []
    axis = finger_axis(base, ang, length, w1, curl, npts)
    for k, (c, ak) in enumerate(axis):
        t = k / npts
        w = (w0 + (w1 - w0) * t) / 2
        a = math.radians(ak)
        n = (math.cos(a), -math.sin(a))
        lat.append((c[0] + n[0] * w, c[1] + n[1] * w))
        med.append((c[0] - n[0] * w, c[1] - n[1] * w))
    tc, at = axis[-1]
    a = math.radians(at)
    d = (math.sin(a), math.cos(a))
    n = (math.cos(a), -math.sin(a))
    r = w1 / 2
    arc = [(tc[0] + n[0] * r * math.cos(th) + d[0] * r * math.sin(th),
            tc[1] + n[1] * r * math.cos(th) + d[1] * r * math.sin(th))
           for th in (math.pi / 4, math.pi / 2, 3 * math.pi / 4)]
    return lat, arc, med[::-1]


def hand_local(fingers=FINGERS, curl=0.0):
    """Hand with fingers extended, seen from the palm or the back, in hand
    coordinates: u towards the thumb, v down the hand axis, origin at the
    middle of the wrist crease.  `fingers` and `curl` (see finger_axis) give
    the relaxed hand of the side view.  Returns (points, tags)."""
    pts, tags = [], {}

    def add(p, tag=None):
        if tag:
            tags[tag] = len(pts)
        pts.append(p)
    add((16, 0), "wrist_out")
    for p in [(19.5, 10), (23.5, 21), (27, 33), (29.5, 45), (30.8, 55)]:
        add(p)
    add((30.3, 60.5))
    add((27.8, 64.2), "thumb_tip")
    add((24, 64))
    for p in [(21.2, 59.5), (18.6, 52)]:
        add(p)
    add((14.2, 45), "web0")
    fing = [finger_pts(*f, curl=curl) for f in fingers]
    for i, (lat, arc, med) in enumerate(fing):
        if i == 0:
            add(lat[0])
        for p in lat[1:]:
            add(p)
        add(arc[0])
        add(arc[1], "tip%d" % (i + 1))
        add(arc[2])
        for p in med[:-1]:
            add(p)
        if i < 3:
            add(lerp(med[-1], fing[i + 1][0][0], 0.5), "web%d" % (i + 1))
        else:
            add(med[-1])
    for p in [(-23.2, 52), (-22.4, 35), (-19.8, 16)]:
        add(p)
    add((-15.5, 0), "wrist_in")
    return pts, tags


def hand_xy(p):
    return rot(HAND_O, HAND_A, p)


def foot_front_pts():
    """Left foot seen from the front, toes towards the viewer (seen a little from above)."""
    pts, tags = [], {}

    def add(p, tag=None):
        if tag:
            tags[tag] = len(pts)
        pts.append(p)
    for p in [(64.5, 1019), (70, 1026.5), (75.5, 1033.5)]:
        add(p)
    add((79.6, 1039.5), "foot_out")
    toes = [(81.0, 73.8, 1048.6), (73.8, 66.0, 1049.3), (66.0, 57.6, 1049.8), (57.6, 48.8, 1050.2),
            (48.8, 30.5, 1050.6)]
    for i, (xl, xm, yb) in enumerate(toes):
        w = xl - xm
        if i == 0:
            add((xl - 0.6, yb - 4.0))
        add((xl - w * 0.18, yb - 0.9))
        add((xl - w * 0.5, yb), "toe%d" % i)
        add((xm + w * 0.18, yb - 0.9))
        if i < 4:
            add((xm, yb - 2.8), "toegap%d" % i)
    add((29, 1046), "bigtoe_med")
    for p in [(26.5, 1039), (23.6, 1029), (20.6, 1017)]:
        add(p)
    return pts, tags


def foot_back_pts():
    """Left foot seen from behind: heel, with the outer forefoot showing."""
    pts, tags = [], {}

    def add(p, tag=None):
        if tag:
            tags[tag] = len(pts)
        pts.append(p)
    for p in [(61.8, 1020), (64.5, 1028), (69.5, 1034.5), (74.5, 1040.5), (76.4, 1045.6), (73.5, 1049.3)]:
        add(p)
    add((64, 1050.4), "forefoot_bottom")
    for p in [(56, 1050.4), (44, 1050.6), (32, 1050.2), (25.5, 1047.3), (22, 1040.5), (20.3, 1030), (19.4, 1018)]:
        add(p)
    return pts, tags


def fb_half(view):
    """Half silhouette (patient's left), from the vertex to the crotch."""
    pts, tags = [], {}

    def add(seq, first=None, last=None):
        for k, p in enumerate(seq):
            if k == 0 and first:
                tags[first] = len(pts)
            if k == len(seq) - 1 and last:
                tags[last] = len(pts)
            pts.append(p)

    def add_tagged(seq, tg, f=lambda p: p):
        base = len(pts)
        for k, v in tg.items():
            tags[k] = base + v
        for p in seq:
            pts.append(f(p))
    add([(0, 90), (15, 91.5), (28, 97.5), (37, 108), (41, 121), (42, 133)], "vertex")
    add([(41.6, 144)], "ear_top")
    add([(44.6, 143.8), (47.6, 148.3), (48.7, 157), (47.7, 167), (45.6, 176), (42.5, 182)])
    add([(39.6, 184.6)], "ear_bottom")
    add([(38.3, 190), (36.3, 197)])
    add([(33.4, 203.6)], "jaw_angle")
    add([(29.6, 208.8), (27.4, 214), (27, 224), (28.7, 234)])
    add([(33.5, 241.5)], "neck_base")
    add([(45, 248.5), (62, 254.5), (82, 259.5), (98.5, 264.5)])
    add([(111.5, 271.5)], "acromion")
    add([(120.8, 283), (125.5, 298), (128, 318), (130.6, 345), (134, 375), (138.3, 405), (142.8, 430),
         (146.8, 449), (150.6, 470), (154.6, 498), (157.8, 530), (161, 560)])
    hp, ht = hand_local()
    add_tagged(hp, ht, hand_xy)
    add([(129.5, 560), (123.5, 530), (116, 498), (108.7, 470), (102.2, 448), (98, 420), (94, 390),
         (90.5, 361), (86.8, 339), (83.6, 329.6)])
    add([(80.9, 325.2)], "axilla")
    add([(80.2, 331), (80.8, 345), (80.4, 370), (79, 395), (77, 420), (75.4, 442), (75, 458), (76.2, 477),
         (79.8, 496), (84.6, 515), (88, 534), (89.6, 553), (89.4, 575), (87.4, 600), (84.6, 632), (81.2, 666),
         (77.5, 700), (73, 733), (69.6, 762), (68.2, 788), (68.8, 812), (70.7, 836), (70.2, 862), (67.2, 892),
         (62.8, 925), (58.8, 958), (56.8, 985), (57.6, 1001)])
    add([(61.2, 1011)], "lat_mall")
    fp, ft = foot_front_pts() if view == "front" else foot_back_pts()
    add_tagged(fp, ft)
    add([(18.2, 1003)], "med_mall")
    add([(20.6, 990), (22.6, 965), (21.6, 930), (18.2, 898), (13.8, 866), (13.3, 842), (15.3, 818),
         (13.8, 792), (15.6, 765), (15, 735), (12.6, 700), (9.6, 665), (6.6, 630)])
    if view == "front":
        add([(3.7, 597), (1.9, 578)])
        crotch = (0, Y["crotch"])
    else:   # from behind the buttocks hide the top of the gap between the thighs
        add([(4.4, 614), (2.2, 604)])
        crotch = (0, 599)
    tags["end"] = len(pts) - 1
    return pts, tags, crotch


class FBOutline:
    """Full front/back silhouette plus helpers to read its edges."""

    def __init__(self, view):
        half, tags, crotch = fb_half(view)
        n = len(half)
        self.half, self.tags, self.n = half, tags, n
        full = half + [crotch] + [mirror_x(p) for p in reversed(half[1:])]
        corners = [n]
        webs = ["web0", "web1", "web2", "web3"] + (["toegap%d" % i for i in range(4)] if view == "front" else [])
        for k in webs:
            i = tags[k]
            corners += [i, 2 * n - i]
        self.full, self.corners = full, corners
        self.segs = cr_segments(full, True, corners)
        self.dense, self.starts = sample_segs(self.segs, 1.0)
        self.crotch = crotch

    def part(self, a, b):
        return self.dense[self.starts[self.tags[a]]:self.starts[self.tags[b]] + 1]

    def cmds(self):
        cmds = [("M", self.segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.segs] + [("Z",)]
        return cmds

    def point(self, tag):
        return self.full[self.tags[tag]]


# ============================================================================
# Front / back figure: regions
# ============================================================================
class FBGeom:
    """Boundary curves shared by the front and back views (patient's left half)."""

    def __init__(self, ol, view):
        self.ol = ol
        tags = ol.tags
        self.TS = TS = Chain(ol.part("axilla", "lat_mall"))
        self.LI = LI = Chain(ol.dense[ol.starts[tags["med_mall"]]:ol.starts[ol.n] + 1])
        arm_poly = ol.part("acromion", "axilla")
        self.AO = AO = Chain(ol.part("acromion", "wrist_out"))
        self.AI = AI = Chain(ol.part("wrist_in", "axilla"))
        self.A = A = ol.point("axilla")

        # centre line of the gap between the arm/hand and the trunk/leg; below
        # the fingertips it simply runs 30 units outside the leg
        gm = []
        y = A[1] + 3
        while y < 700:
            xs = crossings_x(arm_poly, y)
            if not xs:
                break
            gm.append(((min(xs) + TS.x(y)) / 2, y))
            y += 5
        gm.append((TS.x(700) + 30, 702))
        for y in range(720, 1101, 40):
            gm.append((TS.x(y) + 30, y))
        self.gm = gm
        # deltopectoral groove (front) / posterior deltoid border (back) -> axilla -> gap
        if view == "front":
            dp = [(67.5, 252), (70.3, 266.5), (72.8, 284), (76.2, 304), A]
        else:
            dp = [(73.5, 252), (75.5, 266.5), (78.4, 284), (81.2, 304), (81.6, 314), A]
        c = S(dp + gm[:4], "deltoid_border")
        self.C1 = Curve(c.p + gm[4:], "smooth", "C1")

        # lateral strip line of trunk and leg
        wl_tab = [(330, 0), (350, 12), (560, 13), (620, 17), (700, 15), (790, 12.5), (850, 12), (960, 10.5),
                  (1000, 11), (1030, 11)]
        lat = []
        for y in list(range(int(A[1]) + 1, 600, 5)) + list(range(600, 1031, 6)):
            lat.append((TS.x(y) - interp(wl_tab, y) * smoothstep((y - A[1]) / 22), y))
        self.LAT = S(lat, "LAT")
        # C2: lateral strip line up to the axilla, then across the top of the arm
        cut0_out = (AO.x(331), 331)
        dx, dy = cut0_out[0] - A[0], cut0_out[1] - A[1]
        c = S([p for p in reversed(lat[:23])] + [A, (A[0] + dx * 0.5, A[1] + dy * 0.5), cut0_out,
              (A[0] + dx * 2.2, A[1] + dy * 2.2)], "C2")
        self.C2 = c
        # medial strip line of the leg
        wm_tab = [(600, 18), (700, 14.5), (790, 12), (900, 12), (1000, 10.5), (1030, 10.5)]
        med = [(31, 540), (29, 550), (25.5, 566), (22.5, 584)]
        for y in range(600, 1031, 6):
            med.append((LI.x(y) + interp(wm_tab, y), y))
        self.MED = S(med, "MED")
        self.mid = LN((0, 60), (0, 1100), "midline")

        # arm
        self.AOX = PL([(AO.x(y) + 25, y) for y in range(250, 586, 15)] + [(215, 600), (215, 780)], "arm_over")

        def armline(f, name):
            return S([(AO.x(y) + (AI.x(y) - AO.x(y)) * f, y) for y in range(310, 601, 10)], name)
        self.ALAT, self.AMED = armline(0.24, "arm_lat"), armline(0.76, "arm_med")

        def tcut(yc, name):
            xo, xi = AO.x(yc), AI.x(yc)
            h = (xo - xi) * math.tan(math.radians(HAND_A)) / 2
            return LN((xi, yc + h), (xo, yc - h), name, 30)
        self.cut_et = tcut(Y["elbow_top"], "cut_elbow_top")
        self.cut_eb = tcut(Y["elbow_bottom"], "cut_elbow_bottom")
        Hx = hand_xy
        self.cut_wt = LN(Hx((-90, -13)), Hx((90, -13)), "cut_wrist_top")
        self.cut_wb = LN(Hx((-90, 7)), Hx((90, 7)), "cut_wrist_bottom")

        def hand_gap(k, maxlen, ext=45):
            return S(gap_line(ol.dense, ol.starts[tags["web%d" % k]], maxlen, ext), "gap%d" % k)
        gap0 = hand_gap(0, 20, 70)
        self.TCG = S([Hx((3.5, -3)), Hx((3.8, 8)), Hx((5.5, 22)), Hx((9, 34)), Hx((12.3, 41.5))]
                     + gap0.p[1:][::6] + [gap0.p[-1]], "thenar")
        self.gap1, self.gap2 = hand_gap(1, 34), hand_gap(2, 36)
        self.thumb_bot = LN(Hx((21.5, 69)), Hx((80, 69)), "thumb_bottom")
        self.fbase = S([Hx((30, 55)), Hx((20, 56)), Hx((14, 56.4)), Hx((8.75, 57.1)), Hx((3, 57.9)),
                        Hx((-2.5, 58.3)), Hx((-8, 58.8)), Hx((-13.25, 59.8)), Hx((-20, 61.6)), Hx((-30, 63)),
                        Hx((-70, 65))], "finger_base")
        self.tip_over = LN(Hx((-100, 116)), Hx((90, 116)), "tip_over")
        self.hyp = S([Hx((-9, -6)), Hx((-10.3, 7)), Hx((-12, 25)), Hx((-13, 45)), Hx((-13.4, 62)),
                      Hx((-13.5, 68))], "hypothenar")

        # head
        self.cap = S([(-70, 128), (-56, 120), (-38, 111), (-20, 107), (0, 105.6), (20, 107), (38, 111),
                      (56, 120), (70, 128)], "cap")
        self.top = PL([(-90, 80), (90, 80)], "top")
        self.hov = PL([(60, 70), (60, 240)], "head_over")
        self.temple = S([(28.6, 98), (30.4, 112), (32, 128), (33, 145), (33.5, 163), (33.8, 176), (33.4, 194)],
                        "temple")
        self.ear_root = S([(41.9, 136), (41.6, 144), (41.3, 155), (40.6, 170), (39.6, 184.6), (38.2, 193)],
                          "ear_root")
        self.ear_top = LN((38, 144.6), (70, 142), "ear_top")
        self.cheek_b = S([(11, 188), (16, 191.2), (24, 191.4), (33, 189.5), (40, 186), (50, 187.5), (70, 190)],
                         "cheek_bottom")
        self.clav = S([(-150, 262), (-125, 270), (-112, 272), (-100, 268.4), (-80, 266.6), (-60, 266.4),
                       (-40, 265.6), (-22, 264.2), (-10, 263.2), (0, 263.4), (10, 263.2), (22, 264.2),
                       (40, 265.6), (60, 266.4), (80, 266.6), (100, 268.4), (112, 272), (125, 270), (150, 262)],
                      "clavicle")
        self.neck_sh = PL([(20.5, 266), (31.6, 237.8), (45, 215), (45, 190)], "neck_shoulder")
        self.sh_over = PL([(30, 222), (145, 222), (145, 350)], "shoulder_over")
        self.SL = S([(97.5, 262), (101, 270), (108, 287), (113, 307), (116, 329), (117.5, 342)],
                    "shoulder_lateral")

        # trunk and leg cuts
        def hcut(y, name, x0=-5, x1=200):
            return LN((x0, y), (x1, y), name)
        self.cut_cf = hcut(Y["chest_end"], "cut_chest_flank", 40)
        self.cut_fh = hcut(Y["flank_end"], "cut_flank_hip", 40)
        self.cut_ht = hcut(Y["hip_end"], "cut_hip_thigh", 40)
        self.cut_mt = hcut(Y["mid_thigh"], "cut_mid_thigh")
        self.cut_kt = hcut(Y["knee_top"], "cut_knee_top")
        self.cut_kb = hcut(Y["knee_bottom"], "cut_knee_bottom")
        self.cut_ms = hcut(Y["mid_shin"], "cut_mid_shin")
        self.cut_at = hcut(Y["ankle_top"], "cut_ankle_top")
        self.bot = PL([(-10, 1068), (200, 1068)], "bottom_over")


def fb_limbs(F, g, view, side, mirror):
    """Arm and leg regions of one side (front or back view)."""
    front = view == "front"
    ant = (lambda a, b: a) if front else (lambda a, b: b)
    C1 = g.C1

    def R(name, curves, hints=None):
        F.add(name + "-" + side, [mirror(c) for c in curves], hints)
    R("arm-lateral", [g.C2, g.AOX, g.cut_et, g.ALAT])
    R(ant("arm-anterior", "arm-posterior"), [g.C2, g.ALAT, g.cut_et, g.AMED])
    R("arm-medial", [g.C2, g.AMED, g.cut_et, C1])
    R("elbow-lateral", [g.cut_et, g.AOX, g.cut_eb, g.ALAT])
    R(ant("elbow-anterior", "elbow-posterior"), [g.cut_et, g.ALAT, g.cut_eb, g.AMED])
    R("elbow-medial", [g.cut_et, g.AMED, g.cut_eb, C1])
    R("forearm-radial", [g.cut_eb, g.AOX, g.cut_wt, g.ALAT])
    R(ant("forearm-volar", "forearm-dorsal"), [g.cut_eb, g.ALAT, g.cut_wt, g.AMED])
    R("forearm-ulnar", [g.cut_eb, g.AMED, g.cut_wt, C1])
    R(ant("wrist-volar", "wrist-dorsal"), [g.cut_wt, g.AOX, g.cut_wb, C1])
    R("finger-thumb", [g.cut_wb, g.AOX, g.thumb_bot, g.TCG])
    R(ant("hand-palm", "hand-dorsum"), [g.cut_wb, g.TCG, g.fbase, g.hyp])
    R("hand-ulnar", [g.cut_wb, g.hyp, g.fbase, C1])
    R("finger-index", [g.fbase, g.TCG, g.tip_over, g.gap1])
    R("finger-middle", [g.fbase, g.gap1, g.tip_over, g.gap2])
    R("finger-ring-little", [g.fbase, g.gap2, g.tip_over, C1])
    # leg (the tops of the upper-thigh regions are added by the trunk builders)
    R("thigh-lateral-upper", [g.cut_ht, C1, g.cut_mt, g.LAT])
    R("thigh-lateral-lower", [g.cut_mt, C1, g.cut_kt, g.LAT])
    R(ant("thigh-anterior-lower", "thigh-posterior-lower"), [g.cut_mt, g.LAT, g.cut_kt, g.MED])
    R("thigh-medial-lower", [g.cut_mt, g.MED, g.cut_kt, g.mid])
    R("knee-lateral", [g.cut_kt, C1, g.cut_kb, g.LAT])
    R(ant("knee-anterior", "knee-posterior"), [g.cut_kt, g.LAT, g.cut_kb, g.MED])
    R("knee-medial", [g.cut_kt, g.MED, g.cut_kb, g.mid])
    R("calf-lateral-upper", [g.cut_kb, C1, g.cut_ms, g.LAT])
    R("calf-lateral-lower", [g.cut_ms, C1, g.cut_at, g.LAT])
    if front:
        R("shin-anterior", [g.cut_kb, g.LAT, g.cut_at, g.MED])
    else:
        R("calf-posterior-upper", [g.cut_kb, g.LAT, g.cut_ms, g.MED])
        R("calf-posterior-lower", [g.cut_ms, g.LAT, g.cut_at, g.MED])
    R("calf-medial", [g.cut_kb, g.MED, g.cut_at, g.mid])
    if front:
        ankle_b = S([(-5, 1010), (10, 1012.5), (22, 1016.5), (32, 1020), (42, 1021.6), (52, 1020.8), (60, 1018.5),
                     (70, 1014), (120, 1008)], "ankle_bottom")
        foot_lat = S([(53.8, 1008), (55, 1017), (59, 1025.5), (64.2, 1033), (68.8, 1040), (71.6, 1048), (72.6, 1060)],
                     "foot_lat")
        foot_med = S([(27, 1008), (29, 1017), (32.2, 1028), (35.4, 1038), (38, 1047), (39, 1060)],
                     "foot_med")
        toe_line = S([(-5, 1025), (8, 1029), (20, 1033), (28, 1038), (36, 1040.4), (48, 1041.8), (60, 1042.4),
                      (72, 1041.6), (80, 1039.2), (95, 1034)], "toe_line")
        toe_sep = LN((48.8, 1030), (48.8, 1070), "toe_sep")
        R("ankle-lateral", [g.cut_at, C1, ankle_b, g.LAT])
        R("ankle-anterior", [g.cut_at, g.LAT, ankle_b, g.MED])
        R("ankle-medial", [g.cut_at, g.MED, ankle_b, g.mid])
        R("foot-lateral", [ankle_b, C1, toe_line, foot_lat])
        R("foot-dorsum", [ankle_b, foot_lat, toe_line, foot_med])
        R("foot-medial", [ankle_b, foot_med, toe_line, g.mid])
        R("toe-great-dorsal", [toe_line, toe_sep, g.bot, g.mid])
        R("toes-lesser-dorsal", [toe_line, C1, g.bot, toe_sep])
    else:
        ankle_b = S([(-5, 1012), (12, 1015), (24, 1019), (40, 1021.5), (55, 1019.5), (63, 1016), (75, 1012),
                     (120, 1008)], "heel_top")
        heel_lat = S([(58.6, 1008), (59.2, 1020), (58.4, 1034), (56.4, 1046), (55, 1070)], "heel_lat")
        heel_med = S([(26, 1008), (27.4, 1020), (29, 1034), (31.4, 1046), (33, 1070)], "heel_med")
        R("ankle-lateral", [g.cut_at, C1, ankle_b, g.LAT])
        R("ankle-posterior", [g.cut_at, g.LAT, ankle_b, g.MED])
        R("ankle-medial", [g.cut_at, g.MED, ankle_b, g.mid])
        R("foot-lateral", [ankle_b, C1, g.bot, heel_lat])
        R("foot-heel", [ankle_b, heel_lat, g.bot, heel_med])
        R("foot-medial", [ankle_b, heel_med, g.bot, g.mid])


def front_figure():
    ol = FBOutline("front")
    g = FBGeom(ol, "front")
    F = Figure()
    F.outline = ol
    m = Mirror()
    ident = lambda c: c
    mid = g.mid
    # face
    brow = S([(-36, 144.5), (-29, 141), (-20, 139.6), (-10, 140.4), (0, 142.5), (10, 140.4), (20, 139.6),
              (29, 141), (36, 144.5)], "brow")
    nose = S([(4, 136), (5.2, 146), (6.2, 158), (8.2, 170), (11.2, 178.5), (12, 182), (11, 186)], "nose")
    nose_base = S([(14, 180), (8, 183.4), (0, 184.2), (-8, 183.4), (-14, 180)], "nose_base")
    orb = S([(2, 159), (8, 164), (18, 168.6), (28, 167), (34, 163.5), (40, 163), (47, 163)], "orbit_bottom")
    lip = S([(12.3, 178), (14.3, 185), (15.6, 192), (15.6, 198), (14.2, 206)], "lip_side")
    mouth = S([(-19, 191.6), (-8, 192.6), (0, 193), (8, 192.6), (19, 191.6)], "mouth")
    chin_l = S([(-18, 200.5), (-8, 203.4), (0, 204), (8, 203.4), (18, 200.5)], "chin_line")
    jaw = S([(-70, 196), (-45, 199.4), (-33.4, 203.6), (-29.8, 208.3), (-22, 213.4), (-12, 217.4), (0, 218.8),
             (12, 217.4), (22, 213.4), (29.8, 208.3), (33.4, 203.6), (45, 199.4), (70, 196)], "jaw_line")
    SE = S([(8.3, 198), (8.6, 210), (9.2, 228), (10.2, 248), (11, 268), (11, 300), (11, 340), (11, 380),
            (11.4, 391), (17.5, 408), (24.5, 426), (28.2, 444), (29, 460)], "sternum_edge")
    g.face = dict(brow=brow, nose=nose, jaw=jaw)
    F.add("head-vertex", [g.top, g.hov, g.cap, m(g.hov)])
    F.add("face-nose", [brow, nose, nose_base, m(nose)])
    for side, f in (("left", ident), ("right", m)):
        F.add("head-forehead-" + side, [g.cap, f(g.temple), brow, mid])
        F.add("face-orbit-" + side, [brow, f(g.temple), f(orb), f(nose)])
        F.add("head-temple-" + side, [g.cap, f(g.temple), f(orb), f(g.ear_root), f(g.ear_top), f(g.hov)])
        F.add("head-ear-" + side, [f(g.ear_top), f(g.ear_root), f(g.cheek_b), f(g.hov)])
        F.add("face-tmj-" + side, [f(orb), f(g.ear_root), f(g.cheek_b), f(g.temple)])
        F.add("face-cheek-" + side, [f(orb), f(g.temple), f(g.cheek_b), f(lip), nose_base, f(nose)])
        F.add("teeth-upper-" + side, [nose_base, f(lip), mouth, mid])
        F.add("teeth-lower-" + side, [mouth, f(lip), chin_l, mid])
        F.add("face-jaw-" + side, [f(g.cheek_b), f(g.hov), jaw, mid, chin_l, f(lip)])
        F.add("neck-anterior-" + side, [jaw, f(g.neck_sh), g.clav, f(SE)])
        F.add("shoulder-top-" + side, [f(g.neck_sh), f(g.sh_over), g.clav])
    F.add("neck-throat", [jaw, SE, g.clav, m(SE)])
    # trunk
    pect_top = S([(-20, 296.5), (0, 297), (30, 299), (55, 302), (76, 306), (90, 309)], "pect_top")
    pect_low = S([(2, 376), (11, 379), (25, 383.6), (42, 385.4), (56, 383), (66, 377.6), (76, 370)], "pect_low")
    xiph = LN((-25, Y["xiphoid"]), (25, Y["xiphoid"]), "xiphoid")
    waist = S([(-95, 449), (-60, 448.5), (-30, 447.5), (0, 447), (30, 447.5), (60, 448.5), (95, 449)], "waist")
    pg = S([(27, 432), (28.5, 460), (28.6, 490), (28.4, 520), (27.5, 538), (24, 550), (16, 561), (7.5, 567.5),
            (0, 571.5), (-6, 574.5)], "periumbilical_genital")
    supra = LN((-40, Y["supra"]), (40, Y["supra"]), "suprapubic_top")
    pubic = LN((-40, Y["pubic"]), (40, Y["pubic"]), "pubic")
    groin_up = S([(100, 484), (80, 502), (62, 516), (45, 528), (33, 537), (22, 547)], "groin_up")
    groin_low = S([(104, 506), (86, 524), (68, 538), (50, 549), (36, 555.5), (25, 557.5), (14, 559)], "groin_low")
    F.add("chest-sternum", [g.clav, SE, xiph, m(SE)])
    F.add("abdomen-epigastric", [xiph, SE, waist, m(SE)])
    F.add("abdomen-periumbilical", [waist, pg, supra, m(pg)])
    F.add("abdomen-suprapubic", [supra, pg, pubic, m(pg)])
    F.add("pelvis-genital", [pubic, pg, m(pg)])
    for side, f in (("left", ident), ("right", m)):
        def R(name, curves):
            F.add(name + "-" + side, [f(c) for c in curves])
        R("shoulder-lateral", [g.clav, g.sh_over, g.C2, g.SL])
        R("shoulder-anterior", [g.clav, g.SL, g.C2, g.C1])
        R("chest-upper", [g.clav, g.C1, pect_top, SE])
        R("chest-pectoral", [pect_top, g.C1, g.C2, pect_low, SE])
        R("chest-lateral", [g.C2, g.C1, g.cut_cf])
        R("abdomen-upper", [pect_low, g.LAT, waist, SE])
        R("abdomen-flank", [g.cut_cf, g.C1, g.cut_fh, g.LAT])
        R("abdomen-lower", [waist, g.LAT, groin_up, pg])
        R("groin-inguinal", [groin_up, g.LAT, groin_low, pg])
        R("hip-lateral", [g.cut_fh, g.C1, g.cut_ht, g.LAT])
        R("thigh-anterior-upper", [groin_low, g.LAT, g.cut_mt, g.MED])
        R("thigh-medial-upper", [groin_low, g.MED, g.cut_mt, mid, pg])
        fb_limbs(F, g, "front", side, f)
    F.geom = g
    F.mirror = m
    return F


def back_figure():
    ol = FBOutline("back")
    g = FBGeom(ol, "back")
    F = Figure()
    F.outline = ol
    m = Mirror()
    ident = lambda c: c
    mid = g.mid
    # head and neck
    tm_b = LN((22, 162.5), (50, 162.5), "temple_bottom")
    mast = LN((30.8, 150), (26.3, 222), "mastoid_medial")
    nape = S([(-60, 214), (-33, 207.5), (-20, 204.5), (0, 203.2), (20, 204.5), (33, 207.5), (60, 214)], "nape")
    np_split = LN((-60, Y["neck_split"]), (60, Y["neck_split"]), "neck_split")
    F.add("head-vertex", [g.top, g.hov, g.cap, m(g.hov)])
    for side, f in (("left", ident), ("right", m)):
        F.add("head-occiput-" + side, [g.cap, f(g.temple), f(tm_b), f(mast), nape, mid])
        F.add("head-temple-" + side, [g.cap, f(g.temple), f(tm_b), f(g.ear_root), f(g.ear_top), f(g.hov)])
        F.add("head-ear-" + side, [f(g.ear_top), f(g.ear_root), f(g.cheek_b), f(g.hov)])
        F.add("head-mastoid-" + side, [f(tm_b), f(g.ear_root), f(g.cheek_b), f(g.hov), nape, f(mast)])
        F.add("neck-posterior-upper-" + side, [nape, f(g.neck_sh), np_split, mid])
        F.add("neck-posterior-lower-" + side, [np_split, f(g.neck_sh), g.clav, mid])
        F.add("shoulder-top-" + side, [f(g.neck_sh), f(g.sh_over), g.clav])
    # back
    spine = S([(26, 300), (38, 292), (58, 284), (78, 277.5), (98, 272), (112, 269)], "scapular_spine")
    # outline of the shoulder blade: superior angle, medial border, inferior angle, lateral border
    SC = S([(43, 250), (40.5, 268), (38.5, 290), (39.5, 320), (42.5, 350), (46, 375), (49.5, 392), (53.5, 399.5),
            (58, 396), (61.5, 384), (67, 364), (74, 340), (80.5, 318), (86, 302), (90, 292)], "scapula")
    inf_top = LN((30, 364), (80, 364), "scapula_inferior_top")
    tb_top = S([(-5, 389.5), (20, 390), (40, 391.5), (52, 393), (62, 392), (75, 390.5), (95, 389)],
               "thoracic_top")
    tl_bot = LN((-5, Y["t12"]), (95, Y["t12"]), "t12")
    lu_top = LN((-5, Y["l3"]), (95, Y["l3"]), "l3")
    cut_ax = LN((55, Y["axilla_post"]), (110, Y["axilla_post"]), "axilla_bottom")
    crest_top = S([(-10, 507.5), (0, 507), (12, 506), (21, 503.5), (31, 497.5), (44, 488.5), (58, 480.5),
                   (75, 474), (100, 468)], "iliac_crest_top")
    crest_bot = S([(17, 524), (27, 518), (37, 510.5), (49, 502), (63, 495), (80, 489.5), (105, 484)],
                  "iliac_crest_bottom")
    bm = S([(24, 496), (21.5, 512), (16.5, 530), (11.5, 546), (8, 558), (6.2, 570), (6, 582), (4.2, 594),
            (0, 601.5), (-4, 605)], "buttock_medial")
    coc_top = LN((-20, 556), (20, 556), "coccyx_top")
    coc_bot = LN((-20, 577), (20, 577), "coccyx_bottom")
    si_lat = S([(41, 500), (39.5, 520), (37.5, 540), (36, 560)], "sacroiliac_lateral")
    but_mid = S([(2, 554), (20, 553), (40, 551.5), (60, 551), (80, 554), (100, 558)], "buttock_middle")
    gfold = S([(-5, 600), (2, 601), (8, 602.5), (14, 603.5), (30, 606.5), (47, 607), (62, 603.5), (76, 597.5), (100, 588)],
              "gluteal_fold")
    F.add("sacrum", [m(crest_top), crest_top, bm, coc_top, m(bm)])
    F.add("coccyx", [coc_top, bm, coc_bot, m(bm)])
    F.add("pelvis-perineum", [coc_bot, bm, m(bm)])
    for side, f in (("left", ident), ("right", m)):
        def R(name, curves, hints=None):
            if hints and side == "right":
                hints = {k: mirror_x(v) for k, v in hints.items()}
            F.add(name + "-" + side, [f(c) for c in curves], hints)
        R("shoulder-lateral", [g.clav, g.sh_over, g.C2, g.SL])
        R("shoulder-posterior", [g.clav, g.SL, g.C2, g.C1])
        R("scapula-supraspinous", [g.clav, g.C1, spine, SC])
        R("scapula-infraspinous", [spine, g.C1, SC, inf_top, SC], {3: (70, 364), 4: (45, 364)})
        R("scapula-inferior", [inf_top, SC], {0: (45, 364), 1: (70, 364)})
        R("scapula-medial", [g.clav, SC, tb_top, mid], {2: (50, 392)})
        R("axilla-posterior", [g.C1, cut_ax, SC])
        R("chest-lateral", [cut_ax, g.C1, g.cut_cf, g.LAT, tb_top, SC], {5: (60, 392)})
        R("back-thoracic-lower", [mid, tb_top, SC, tb_top, g.LAT, tl_bot], {2: (50, 392), 3: (60, 392)})
        R("back-lumbar-upper", [tl_bot, g.LAT, lu_top, mid])
        R("back-lumbar-lower", [lu_top, g.LAT, crest_top, mid])
        R("abdomen-flank", [g.cut_cf, g.C1, g.cut_fh, g.LAT])
        R("pelvis-iliac-crest", [crest_top, g.LAT, crest_bot, bm])
        R("pelvis-sacroiliac", [crest_bot, si_lat, but_mid, bm])
        R("buttock-upper", [crest_bot, g.LAT, but_mid, si_lat])
        R("buttock-lower", [but_mid, g.LAT, gfold, bm])
        R("hip-lateral", [g.cut_fh, g.C1, g.cut_ht, g.LAT])
        R("thigh-posterior-upper", [gfold, g.LAT, g.cut_mt, g.MED])
        R("thigh-medial-upper", [gfold, g.MED, g.cut_mt, mid])
        fb_limbs(F, g, "back", side, f)
    F.geom = g
    F.mirror = m
    return F


# ============================================================================
# SVG output
# ============================================================================
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class View:
    """Collects everything for one SVG file (in body coordinates) and writes it."""

    def __init__(self, name, width, tf):
        self.name, self.W, self.tf = name, width, tf
        self.outlines = []        # (id, cmds)
        self.clips = {}           # clip id -> list of (cmds, clip-rule)
        self.clip_order = []
        self.regions = {}         # id -> list of (cmds, clip id)
        self.order = []
        self.details = []         # list of cmds
        self.hints = []           # lighter detail lines (bone landmarks)
        self.texts = []           # (class, x, y, text, size, anchor) in SVG coordinates

    def clip(self, cid, parts):
        self.clips[cid] = parts
        self.clip_order.append(cid)

    def outline(self, oid, cmds, clip_id=None):
        self.outlines.append((oid, cmds))
        if clip_id:
            self.clip(clip_id, [(cmds, None)])

    def take(self, F, rename=lambda r: r):
        for rid in F.order:
            for cmds, clip in F.regions[rid]:
                self.region(rename(rid), cmds, clip)

    def region(self, rid, cmds, clip):
        if rid not in self.regions:
            self.regions[rid] = []
            self.order.append(rid)
        self.regions[rid].append((cmds, clip))

    def text(self, cls, x, y, s, size, anchor="middle"):
        self.texts.append((cls, x, y, s, size, anchor))

    def svg(self):
        tf = self.tf
        o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">'
             % (self.W, H, self.W, H)]
        o.append("<!-- Generated by tools/gen-body-svg.py; do not edit by hand. -->")
        # union clips needed by multi-part regions
        for rid in self.order:
            clips = sorted(set(c for _, c in self.regions[rid]))
            if len(clips) > 1:
                uid = "clip-" + "-and-".join(c[5:] for c in clips)
                if uid not in self.clips:
                    self.clip(uid, [p for c in clips for p in self.clips[c]])
        o.append("<defs>")
        for cid in self.clip_order:
            o.append('<clipPath id="%s">' % cid)
            for cmds, rule in self.clips[cid]:
                o.append('<path%s d="%s"/>' % (' clip-rule="%s"' % rule if rule else "", cmds_d(cmds, tf)))
            o.append("</clipPath>")
        o.append("</defs>")
        for oid, cmds in self.outlines:
            o.append('<path id="%s" class="outline" %s d="%s"/>' % (oid, OUTLINE_ATTR, cmds_d(cmds, tf)))
        for rid in self.order:
            parts = self.regions[rid]
            clips = sorted(set(c for _, c in parts))
            cid = clips[0] if len(clips) == 1 else "clip-" + "-and-".join(c[5:] for c in clips)
            d = "".join(cmds_d(cm, tf) for cm, _ in parts)
            o.append('<path id="%s" class="region" clip-path="url(#%s)" %s d="%s"/>' % (rid, cid, REGION_ATTR, d))
        for lst, attr in ((self.hints, HINT_ATTR), (self.details, DETAIL_ATTR)):
            if lst:
                o.append('<g class="detail" %s>' % attr)
                for cmds in lst:
                    o.append('<path d="%s"/>' % cmds_d(cmds, tf))
                o.append("</g>")
        for cls, x, y, s, size, anchor in self.texts:
            weight = "bold" if cls == "side-mark" else "normal"
            o.append('<text class="%s" x="%s" y="%s" text-anchor="%s" font-family="%s" font-size="%s" '
                     'font-weight="%s" fill="#333">%s</text>'
                     % (cls, fmt(x), fmt(y), anchor, FONT, fmt(size), weight, esc(s)))
        o.append("</svg>")
        return "\n".join(o) + "\n"


# ============================================================================
# Side view (left side; body coordinates (z, y), z < 0 anterior)
# ============================================================================
SIDE_FRONT = [  # front profile, vertex -> toes
    (3, 90), (-12, 91.3), (-27, 95.5), (-40, 104), (-49.5, 116), (-54.5, 129), (-56.6, 140), (-57, 146),
    (-55.4, 151.5), (-58.4, 159.5), (-62.5, 169), (-65.8, 176.2), (-64.6, 180.4), (-58.6, 183),
    (-59.5, 187), (-59.8, 189.8), (-57.6, 192.8), (-58.7, 196.2), (-57.8, 199.6), (-54.6, 203.6),
    (-55.6, 209), (-54.2, 214.6), (-49.6, 219), (-42, 221.6), (-34, 224.2), (-29.6, 228.5),
    (-28.2, 236), (-27, 246), (-27.6, 255), (-30, 264), (-36.5, 275), (-45.5, 292), (-53.5, 315),
    (-58.6, 338), (-60, 356), (-58.2, 373), (-54.4, 390), (-51.2, 407), (-49.4, 426), (-49, 446), (-50, 466),
    (-51.4, 486), (-52, 505), (-50.4, 525), (-47, 545), (-45, 560), (-45.8, 575), (-48, 600), (-48.8, 630),
    (-47.6, 665), (-44, 700), (-39.5, 735), (-35, 762), (-33.6, 780), (-33, 795), (-30.6, 812), (-29, 826),
    (-27, 850), (-25, 880), (-22.5, 920), (-19.5, 960), (-17.6, 990), (-18.6, 1003),
    (-24, 1010), (-33, 1015.4), (-46, 1021.2), (-61, 1026.6), (-76, 1031.2), (-88, 1034.4), (-97, 1036.6),
    (-104.6, 1038.6), (-109.8, 1041.6), (-112.4, 1045.4), (-112.6, 1048.6),
]
SIDE_SOLE = [(-110.4, 1050.2), (-96, 1050.4), (-62, 1050.3), (-40, 1049.9), (-10, 1050), (12, 1050.2)]
SIDE_BACK = [  # back profile, heel -> vertex
    (24, 1048.6), (30.6, 1041), (31.6, 1030), (29, 1019), (24.6, 1006), (21.6, 990), (21.6, 970), (24, 940),
    (31, 905), (39.6, 872), (44.6, 850), (45, 835), (42.6, 818), (37, 800), (35.6, 785), (37, 765), (41, 735),
    (45.6, 700), (49.6, 665), (53, 635), (55.6, 614), (57.4, 604), (60.5, 597), (63.6, 584), (65, 565), (64, 545),
    (60, 525), (53, 507), (46.6, 490), (43.6, 470), (43.6, 455), (45.6, 437), (49.6, 415), (56, 392),
    (60.5, 368), (62.4, 345), (62, 322), (59.2, 302), (53.6, 285), (46, 271), (38, 258), (33, 244), (31, 230),
    (31, 218), (33, 208), (40, 196), (46.6, 184), (50.6, 168), (51.6, 150), (49, 132), (43, 116), (33, 102),
    (19, 93.5),
]
SIDE_EAR = [(8, 142.6), (13.6, 144.6), (17.6, 150.6), (18.8, 159.6), (17.6, 169), (14.4, 177), (10.4, 183.6),
            (6, 185.6), (2.8, 182.6), (1.6, 174), (0.8, 163), (1.4, 152.6), (3.8, 145.8)]
SIDE_HAND_O = (-9.5, 578.5)    # wrist centre of the hanging arm
SIDE_HAND_A = -3               # the hand hangs slightly forward


def side_hand_xy(p):
    # neutral forearm: the back of the hand faces outwards, thumb forwards (-z)
    return rot(SIDE_HAND_O, SIDE_HAND_A, (-p[0], p[1]))


# relaxed hand of the side view: fingers together and slightly flexed (the tips
# turn back towards the thigh), seen from the back of the hand, thumb in front
SIDE_FINGERS = [  # as FINGERS
    ((14.4, 57), 2, 36, 10.6, 9.2),         # index
    ((3.2, 59), 0.6, 40.5, 10.8, 9.4),      # middle
    ((-8.1, 59.6), -0.8, 37, 10.2, 8.8),    # ring
    ((-18.4, 62.4), -2.6, 29, 9.0, 7.8),    # little
]
SIDE_CURL = -15.0


def side_arm_pts():
    """Hanging arm of the side view: deltoid cap, biceps and triceps, a slight
    hollow at the front of the elbow and the point of the olecranon behind,
    the forearm tapering to the wrist, then the relaxed hand."""
    pts, tags = [], {}

    def add(seq, first=None):
        for k, p in enumerate(seq):
            if k == 0 and first:
                tags[first] = len(pts)
            pts.append(p)
    add([(0, 261), (-11, 263.2), (-20.4, 269.8), (-26.4, 280.6), (-29.4, 294), (-30, 310), (-28.6, 327),
         (-25.8, 345), (-23.6, 362), (-23.6, 380), (-23.2, 400), (-21.8, 420), (-20.2, 437)], "top")
    add([(-20.6, 452), (-22.8, 468), (-24.6, 488), (-25, 508), (-24.6, 530), (-24.2, 553)])
    hp, ht = hand_local(SIDE_FINGERS, SIDE_CURL)
    base = len(pts)
    for k, v in ht.items():
        tags[k] = base + v
    for p in hp:
        pts.append(side_hand_xy(p))
    add([(7.4, 557), (10.4, 534), (13.8, 510), (17.4, 486), (20.4, 466)])
    add([(22.2, 451)], "olecranon")
    add([(22.2, 438), (22.8, 422), (24.6, 400), (26.6, 375), (27.8, 350), (28.4, 326), (28, 305), (25.8, 288),
         (21.4, 275), (15, 266.4)])
    add([(8, 262.2)], "back_top")
    return pts, tags


class SideOutline:
    def __init__(self):
        body = SIDE_FRONT + SIDE_SOLE + SIDE_BACK
        self.body = body
        self.segs = cr_segments(body, True, [len(SIDE_FRONT) - 1])
        self.dense, self.starts = sample_segs(self.segs, 1.0)
        nf = len(SIDE_FRONT)
        self.front_poly = self.dense[:self.starts[nf - 1] + 1]
        nb0 = nf + len(SIDE_SOLE)
        self.back_poly = self.dense[self.starts[nb0]:] + [self.dense[0]]
        arm, tags = side_arm_pts()
        self.arm, self.arm_tags = arm, tags
        corners = [tags["web%d" % k] for k in range(4)]
        self.arm_segs = cr_segments(arm, True, corners)
        self.arm_dense, self.arm_starts = sample_segs(self.arm_segs, 1.0)
        self.ear_segs = cr_segments(SIDE_EAR, True)

    def cmds(self):
        return [("M", self.segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.segs] + [("Z",)]

    def arm_cmds(self):
        return [("M", self.arm_segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.arm_segs] + [("Z",)]

    def ear_cmds(self):
        return [("M", self.ear_segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.ear_segs] + [("Z",)]

    def arm_part(self, a, b):
        t = self.arm_tags
        return self.arm_dense[self.arm_starts[t[a]]:self.arm_starts[t[b]] + 1]


def strip_line(F, B, table, y0, y1, step=6, name=""):
    """Curve at fraction s(y) (from `table`) of the way from chain F to chain B."""
    pts = []
    y = y0
    while y <= y1 + 1e-6:
        s = interp(table, y)
        pts.append((F.x(y) + (B.x(y) - F.x(y)) * s, y))
        y += step
    return S(pts, name)


def side_main(F, so):
    """Regions of the main side figure (patient's left side, facing -z)."""
    TF, TB = Chain(so.front_poly), Chain(so.back_poly)
    fo = [(TF.x(y) - 25, y) for y in range(60, 1000, 8)] + [(-150, 1000), (-150, 1075)]
    bo = [(TB.x(y) + 25, y) for y in range(60, 1045, 8)] + [(90, 1045), (90, 1075)]
    FO, BO = PL(fo, "front_over"), PL(bo, "back_over")
    top = PL([(-160, 70), (160, 70)], "top")
    bot = PL([(-160, 1068), (160, 1068)], "bottom_over")
    T = "clip-trunk"

    def R(rid, curves, hints=None):
        F.add(rid + "-left" if not rid.endswith(("-nose", "-vertex", "-throat")) else rid, curves, hints, T)
    # ---- head
    cap = S([(-110, 150), (-70, 122), (-44, 107.6), (-26, 101.2), (-6, 99), (12, 99.6), (30, 104), (46, 114),
             (70, 130), (100, 152)], "cap")
    fh = S([(-35, 92), (-38, 110), (-40, 125), (-41, 140), (-39, 155), (-36, 168), (-34, 180)], "forehead_back")
    brow = S([(-100, 139), (-75, 141), (-60, 142.6), (-50, 141.6), (-42, 142), (-33, 145.5)], "brow")
    nose = S([(-49, 140), (-51.5, 147), (-53.4, 156), (-55, 166), (-56.4, 176), (-57, 183.5), (-57, 190)], "nose_side")
    nose_b = S([(-50, 184.6), (-57.5, 183.4), (-64, 182.4), (-100, 180)], "nose_base")
    orb = S([(-60, 166), (-50, 167.6), (-42, 168.6), (-34, 166), (-20, 161), (-5, 160), (12, 160)], "orbit_bottom")
    lip = S([(-53, 178), (-51, 186), (-50, 193), (-49.4, 200), (-48.6, 207)], "lip_side")
    mouth = S([(-100, 192.6), (-57.6, 192.8), (-48, 193.5)], "mouth")
    chin = S([(-100, 204.6), (-54.6, 203.6), (-46, 203)], "chin_line")
    cheek_b = S([(-54, 190), (-45, 192), (-30, 192.4), (-16, 190.4), (0, 187.4), (12, 186)], "cheek_bottom")
    tmj_f = S([(-17, 150), (-16, 165), (-15.4, 180), (-15, 196)], "tmj_front")
    l_up = S([(14, 80), (13, 101), (11, 125), (9.4, 150), (9, 168)], "temple_back")
    l_back = S([(6, 165), (20, 167), (35, 171), (90, 178)], "occiput_bottom")
    l_low = S([(10, 150), (8.6, 162), (4.4, 175), (1.6, 186), (-1, 196), (-4, 207), (-6, 216)], "ramus")
    mast_b = S([(27, 155), (28, 180), (30, 200), (32, 222)], "mastoid_back")
    jaw = S([(-100, 222), (-49.6, 219.6), (-35, 216.2), (-20, 212), (-4, 207), (10, 205.4), (30, 206),
             (60, 209), (100, 212)], "jaw_line")
    R("head-vertex", [top, BO, cap, FO])
    R("head-forehead", [cap, fh, brow, FO])
    R("face-nose", [brow, FO, nose_b, nose])
    R("face-orbit", [brow, nose, orb, fh])
    R("head-temple", [cap, l_up, orb, fh])
    R("face-tmj", [orb, l_low, cheek_b, tmj_f])
    R("face-cheek", [orb, tmj_f, cheek_b, lip, nose_b, nose])
    R("teeth-upper", [nose_b, FO, mouth, lip])
    R("teeth-lower", [mouth, FO, chin, lip])
    R("face-jaw", [cheek_b, l_low, jaw, FO, chin, lip])
    R("head-mastoid", [l_back, mast_b, jaw, l_low])
    R("head-occiput", [cap, BO, jaw, mast_b, l_back, l_up])
    # ---- neck
    throat = S([(-22, 205), (-21, 232), (-20.4, 248), (-21.4, 262), (-24, 274)], "throat_back")
    scm = S([(32, 190), (22, 215), (10, 235), (-3, 252), (-10, 262), (-14, 274)], "scm_back")
    nsplit = LN((-5, Y["neck_split"]), (100, Y["neck_split"]), "neck_split")
    nb = S([(-80, 272), (-30, 265), (-15, 262.6), (0, 258.6), (20, 255.4), (38, 258), (60, 268), (100, 282)],
           "neck_bottom")
    shb = S([(-80, 282), (-36, 276.5), (-20, 275), (0, 272), (30, 280), (52, 292), (100, 306)], "shoulder_bottom")
    R("neck-throat", [jaw, throat, nb, FO])
    R("neck-anterior", [jaw, scm, nb, throat])
    R("neck-posterior-upper", [jaw, BO, nsplit, scm])
    R("neck-posterior-lower", [nsplit, BO, nb, scm])
    R("shoulder-top", [nb, BO, shb, FO])
    # ---- trunk and leg strips
    fs_tab = [(262, 0.3), (300, 0.16), (600, 0.16), (625, 0.2), (760, 0.2), (790, 0.25), (826, 0.22), (988, 0.24),
              (1010, 0.3)]
    FS = strip_line(TF, TB, fs_tab, 330, 1030, name="front_strip")
    AF = Chain([p for p in so.arm_part("top", "wrist_out") if p[1] > 276])
    FS = S([(AF.x(y) + 4, y) for y in (262, 276, 290)] + [p for p in FS.p[::8] if p[1] >= 350] + [FS.p[-1]],
           "front_strip")
    # where the front strip line comes out from under the arm
    y_fs = next(p[1] for p in FS.p if p[1] > 290 and p[0] < AF.x(p[1])) + 0.5
    BS = strip_line(TF, TB, [(262, 0.84), (600, 0.84)], 262, 506, name="back_strip")
    BS = S([BS.p[0]] + BS.p[::6][1:] + [BS.p[-1], (BS.p[-1][0] + 2, 530)], "back_strip")
    pb_tab = [(490, 0.55), (560, 0.58), (600, 0.76), (760, 0.78), (826, 0.74), (880, 0.62), (988, 0.62),
              (1010, 0.68), (1030, 0.7)]
    PB = strip_line(TF, TB, pb_tab, 490, 1030, name="posterior_strip")
    PB = S(PB.p[::8] + [PB.p[-1]], "posterior_strip")

    def hcut(y, name, z0=-160, z1=160):
        return LN((z0, y), (z1, y), name)
    pect_top = hcut(Y["pect_top"], "pect_top", -160, -5)
    pect_low = hcut(Y["pect_low"], "pect_low", -160, 0)
    waist = hcut(Y["waist"], "waist", -160, 0)
    groin_t = S([(-160, 524), (-50, 528), (-20, 532)], "groin_top")
    groin_b = S([(-160, 560), (-50, 566), (-20, 570)], "groin_bottom")
    cl_top = PL([(-60, y_fs), (0, y_fs), (15, Y["axilla_post"]), (120, Y["axilla_post"])], "chest_lateral_top")
    ax_front = LN((0, 250), (0, 340), "axilla_front")
    tb = hcut(Y["xiphoid"], "t7", 0)
    t12 = hcut(Y["t12"], "t12", 0)
    l3 = hcut(Y["l3"], "l3", 0)
    cut_cf = hcut(Y["chest_end"], "chest_end", -80, 80)
    cut_fh = hcut(Y["flank_end"], "flank_end", -80, 120)
    bmid = hcut(553, "buttock_middle", -5)
    gfold = S([(-5, 588), (22, 593), (40, 598), (58, 602.5), (120, 607)], "gluteal_fold")
    cut_ht = hcut(Y["hip_end"], "hip_end", -80, 70)
    cut_mt, cut_kt = hcut(Y["mid_thigh"], "mid_thigh"), hcut(Y["knee_top"], "knee_top")
    cut_kb, cut_ms = hcut(Y["knee_bottom"], "knee_bottom"), hcut(Y["mid_shin"], "mid_shin")
    cut_at = hcut(Y["ankle_top"], "ankle_top")
    R("chest-upper", [shb, FS, pect_top, FO])
    R("chest-pectoral", [pect_top, FS, pect_low, FO])
    R("abdomen-upper", [pect_low, FS, waist, FO])
    R("abdomen-lower", [waist, FS, groin_t, FO])
    R("groin-inguinal", [groin_t, FS, groin_b, FO])
    R("axilla-posterior", [shb, BS, cl_top, ax_front])
    R("chest-lateral", [cl_top, BS, cut_cf, FS])
    R("scapula-infraspinous", [shb, BO, tb, BS])
    R("back-thoracic-lower", [tb, BO, t12, BS])
    R("back-lumbar-upper", [t12, BO, l3, BS])
    R("back-lumbar-lower", [l3, BO, cut_fh, BS])
    R("abdomen-flank", [cut_cf, BS, cut_fh, FS])
    R("hip-lateral", [cut_fh, PB, cut_ht, FS])
    R("buttock-upper", [cut_fh, BO, bmid, PB])
    R("buttock-lower", [bmid, BO, gfold, PB])
    R("thigh-anterior-upper", [groin_b, FS, cut_mt, FO])
    R("thigh-lateral-upper", [cut_ht, PB, cut_mt, FS])
    R("thigh-posterior-upper", [gfold, BO, cut_mt, PB])
    R("thigh-anterior-lower", [cut_mt, FS, cut_kt, FO])
    R("thigh-lateral-lower", [cut_mt, PB, cut_kt, FS])
    R("thigh-posterior-lower", [cut_mt, BO, cut_kt, PB])
    R("knee-anterior", [cut_kt, FS, cut_kb, FO])
    R("knee-lateral", [cut_kt, PB, cut_kb, FS])
    R("knee-posterior", [cut_kt, BO, cut_kb, PB])
    R("shin-anterior", [cut_kb, FS, cut_at, FO])
    R("calf-lateral-upper", [cut_kb, PB, cut_ms, FS])
    R("calf-lateral-lower", [cut_ms, PB, cut_at, FS])
    R("calf-posterior-upper", [cut_kb, BO, cut_ms, PB])
    R("calf-posterior-lower", [cut_ms, BO, cut_at, PB])
    # ---- ankle and foot
    ankle_b = S([(-70, 996), (-40, 1003), (-20, 1008.5), (-10, 1013), (0, 1021), (10, 1023.5), (20, 1020),
                 (40, 1012), (70, 1006)], "ankle_bottom")
    dorsum = S([(-10, 1002), (-15, 1015), (-24, 1022), (-37, 1029), (-53, 1035.5), (-69, 1040.5), (-84, 1043.6),
                (-92, 1046), (-100, 1062)], "dorsum_line")
    toe_l = LN((-85, 990), (-93.6, 1074), "toe_line")
    heel_l = S([(19, 1005), (17.6, 1020), (17.6, 1034), (18.6, 1046), (20, 1070)], "heel_line")
    R("ankle-anterior", [cut_at, FS, ankle_b, FO])
    R("ankle-lateral", [cut_at, PB, ankle_b, FS])
    R("ankle-posterior", [cut_at, BO, ankle_b, PB])
    R("foot-dorsum", [ankle_b, dorsum, toe_l, FO])
    R("toes-lesser-dorsal", [toe_l, FO, bot])
    R("foot-lateral", [ankle_b, heel_l, bot, toe_l, dorsum])
    R("foot-heel", [ankle_b, BO, bot, heel_l])


def side_arm(F, so):
    """Regions of the hanging arm in the side view (lateral surface, neutral forearm)."""
    AF = Chain([p for p in so.arm_part("top", "wrist_out") if p[1] > 280])
    AB = Chain([p for p in so.arm_part("wrist_in", "back_top") if p[1] > 280])
    afo = [(AF.x(y) - 20, y) for y in range(240, 576, 12)] + [(-80, 600), (-80, 760)]
    abo = [(AB.x(y) + 20, y) for y in range(240, 576, 12)] + [(60, 600), (60, 760)]
    AFO, ABO = PL(afo, "arm_front_over"), PL(abo, "arm_back_over")
    top = PL([(-80, 245), (80, 245)], "arm_top")

    def aline(f, name):
        return S([(AF.x(y) + (AB.x(y) - AF.x(y)) * f, y) for y in range(230, 606, 8)], name)
    AA, AP = aline(0.24, "arm_front_strip"), aline(0.76, "arm_back_strip")

    def hc(y, name):
        return LN((-80, y), (80, y), name)
    cut_sa, cut_et, cut_eb = hc(330, "shoulder_arm"), hc(Y["elbow_top"], "elbow_top"), hc(Y["elbow_bottom"], "elbow_bottom")
    Hx = side_hand_xy
    cut_wt = LN(Hx((-90, -13)), Hx((90, -13)), "wrist_top")
    cut_wb = LN(Hx((-90, 7)), Hx((90, 7)), "wrist_bottom")
    t = so.arm_tags

    def gap(k, maxlen, ext=45):
        return S(gap_line(so.arm_dense, so.arm_starts[t["web%d" % k]], maxlen, ext), "gap%d" % k)
    gap0 = gap(0, 20, 70)
    TCG = S([Hx((3.5, -3)), Hx((3.8, 8)), Hx((5.5, 22)), Hx((9, 34)), Hx((12.3, 41.5))] + gap0.p[1:][::6]
            + [gap0.p[-1]], "thenar")
    gap1, gap2 = gap(1, 34), gap(2, 36)
    thumb_bot = LN(Hx((21.5, 69)), Hx((80, 69)), "thumb_bottom")
    fbase = S([Hx((30, 55)), Hx((20, 56)), Hx((14, 56.4)), Hx((8.75, 57.1)), Hx((3, 57.9)), Hx((-2.5, 58.3)),
               Hx((-8, 58.8)), Hx((-13.25, 59.8)), Hx((-20, 61.6)), Hx((-30, 63)), Hx((-95, 66))], "finger_base")
    tip_over = LN(Hx((-100, 116)), Hx((90, 116)), "tip_over")
    hyp = S([Hx((-9, -6)), Hx((-10.3, 7)), Hx((-12, 25)), Hx((-13, 45)), Hx((-13.4, 62)), Hx((-13.5, 68))],
            "hypothenar")
    C = "clip-arm"

    def R(rid, curves):
        F.add(rid + "-left", curves, None, C)
    R("shoulder-anterior", [top, AFO, cut_sa, AA])
    R("shoulder-lateral", [top, AA, cut_sa, AP])
    R("shoulder-posterior", [top, AP, cut_sa, ABO])
    R("arm-anterior", [cut_sa, AFO, cut_et, AA])
    R("arm-lateral", [cut_sa, AA, cut_et, AP])
    R("arm-posterior", [cut_sa, AP, cut_et, ABO])
    R("elbow-anterior", [cut_et, AFO, cut_eb, AA])
    R("elbow-lateral", [cut_et, AA, cut_eb, AP])
    R("elbow-posterior", [cut_et, AP, cut_eb, ABO])
    R("forearm-radial", [cut_eb, AFO, cut_wt, AA])
    R("forearm-dorsal", [cut_eb, AA, cut_wt, AP])
    R("forearm-ulnar", [cut_eb, AP, cut_wt, ABO])
    R("wrist-dorsal", [cut_wt, AFO, cut_wb, ABO])
    R("finger-thumb", [cut_wb, AFO, thumb_bot, TCG])
    R("hand-dorsum", [cut_wb, TCG, fbase, hyp])
    R("hand-ulnar", [cut_wb, hyp, fbase, ABO])
    R("finger-index", [fbase, TCG, tip_over, gap1])
    R("finger-middle", [fbase, gap1, tip_over, gap2])
    R("finger-ring-little", [fbase, gap2, tip_over, ABO])


# ---------------------------------------------------------------------------
# Insets of the side view, drawn in local coordinates and shifted into place:
# the inner leg is a true medial view (anterior towards +x), the inner arm is
# seen from the front and inner side (lateral, thumb side towards +x).
# ---------------------------------------------------------------------------
INSET_LEG = [  # medial view of the left leg from mid-thigh; +x anterior
    (-50.4, 668), (-30, 662.6), (0, 660.8), (30, 661.8), (47.8, 665),        # cut across the thigh
    (44, 700), (39.6, 735), (35.2, 762), (33.8, 780), (33.2, 795), (30.8, 812), (29.2, 826), (27.2, 850),
    (25, 880), (22.4, 920), (19.6, 960), (18.2, 988), (19.4, 1001), (25, 1009.6), (36, 1016.6), (50, 1022.6),
    (64, 1027.6), (78, 1031.6), (90, 1035), (100, 1037.2), (107.6, 1039.6), (112, 1043.4), (113.4, 1047.6),
    (111.6, 1050.2), (100, 1050.5), (88, 1050.3), (77, 1049), (64, 1045.4), (50, 1042.4), (36, 1042.8),
    (24, 1045.4), (14, 1048.6), (2, 1050.2), (-10, 1050.2), (-23.6, 1048.4), (-30.6, 1041), (-31.8, 1030),
    (-29.4, 1018.6), (-25, 1006), (-22, 990), (-21.8, 970), (-25, 940), (-32, 905), (-40.4, 876), (-45.6, 856),
    (-46.2, 840), (-43.8, 822), (-38.4, 803), (-36.6, 786), (-38, 766), (-42, 736), (-46.6, 702),
]
def inset_leg(F, shift):
    """Inner (medial) view of the left leg, facing the other way."""
    pts = [(x + shift, y) for x, y in INSET_LEG]
    segs = cr_segments(pts, True, [0, 4])
    dense, starts = sample_segs(segs, 1.0)
    front = Chain(dense[starts[4]:starts[17] + 1])          # thigh, knee and shin
    back = Chain(dense[starts[42]:] + [dense[0]])          # heel, calf and back of the thigh
    C = "clip-inset-leg"
    X = lambda z: z + shift
    fo = PL([(front.x(y) + 22, y) for y in range(640, 1000, 12)] + [(X(170), 1000), (X(170), 1075)], "front_over")
    bo = PL([(back.x(y) - 22, y) for y in range(640, 1045, 12)] + [(X(-80), 1045), (X(-80), 1075)], "back_over")
    top = PL([(X(-100), 640), (X(100), 640)], "top")
    bot = PL([(X(-100), 1068), (X(180), 1068)], "bottom")

    def line(table, name):
        return strip_line(back, front, table, 640, 1030, 8, name)
    # measured from the back (0) to the front (1)
    FS = line([(640, 0.8), (760, 0.8), (790, 0.75), (826, 0.78), (988, 0.77), (1010, 0.7)], "front_strip")
    PB = line([(640, 0.22), (760, 0.22), (826, 0.26), (880, 0.36), (988, 0.36), (1010, 0.3)], "back_strip")

    def hc(y, name):
        return LN((X(-120), y), (X(200), y), name)
    cut_kt, cut_kb = hc(Y["knee_top"], "knee_top"), hc(Y["knee_bottom"], "knee_bottom")
    cut_ms, cut_at = hc(Y["mid_shin"], "mid_shin"), hc(Y["ankle_top"], "ankle_top")
    ankle_b = S([(X(130), 982), (X(70), 994), (X(40), 1000), (X(20), 1007), (X(10), 1014.6), (X(0), 1019), (X(-12), 1019),
                 (X(-30), 1012), (X(-70), 1004)], "ankle_bottom")
    dorsum = S([(X(8), 996), (X(20), 1010), (X(30), 1017.6), (X(44), 1024.4), (X(60), 1030), (X(76), 1034.6),
                (X(88), 1038.2), (X(96), 1041), (X(110), 1060)], "dorsum_line")
    toe_l = LN((X(86.6), 980), (X(93.6), 1074), "toe_line")
    heel_l = S([(X(-19), 1005), (X(-17.6), 1022), (X(-18), 1038), (X(-20), 1070)], "heel_line")

    def R(rid, curves):
        F.add(rid + "-left", curves, None, C)
    R("thigh-anterior-lower", [top, fo, cut_kt, FS])
    R("thigh-medial-lower", [top, FS, cut_kt, PB])
    R("thigh-posterior-lower", [top, PB, cut_kt, bo])
    R("knee-anterior", [cut_kt, fo, cut_kb, FS])
    R("knee-medial", [cut_kt, FS, cut_kb, PB])
    R("knee-posterior", [cut_kt, PB, cut_kb, bo])
    R("shin-anterior", [cut_kb, fo, cut_at, FS])
    R("calf-medial", [cut_kb, FS, cut_at, PB])
    R("calf-posterior-upper", [cut_kb, PB, cut_ms, bo])
    R("calf-posterior-lower", [cut_ms, PB, cut_at, bo])
    R("ankle-anterior", [cut_at, fo, ankle_b, FS])
    R("ankle-medial", [cut_at, FS, ankle_b, PB])
    R("ankle-posterior", [cut_at, PB, ankle_b, bo])
    R("foot-dorsum", [ankle_b, fo, toe_l, dorsum])
    R("toe-great-dorsal", [toe_l, fo, bot])
    R("foot-medial", [ankle_b, dorsum, toe_l, bot, heel_l])
    R("foot-heel", [ankle_b, heel_l, bot, bo])
    return segs


INSET_ARM_TOP = [(-24.6, 327), (-10, 321.8), (5, 320.8), (22.2, 323.6)]     # cut at the armpit
INSET_ARM_OUT = [  # lateral (thumb-side) contour seen from the front-inner side, armpit -> wrist
    (24.6, 345), (25.6, 370), (24.8, 395), (22.6, 416), (20.6, 434), (20.4, 449), (22.6, 464), (24.6, 481),
    (24.4, 500), (22.8, 522), (21, 545), (20.1, 566)]
INSET_ARM_IN = [   # medial (ulnar) contour, wrist -> armpit: forearm flexors, medial epicondyle, biceps groove
    (-12.2, 567), (-13.9, 549), (-16.3, 526), (-18.9, 503), (-21, 482), (-22.2, 464), (-22.8, 449),
    (-21.8, 436), (-21.6, 420), (-22.6, 400), (-24, 376), (-25, 351)]
INSET_HAND_O = (4, Y["wrist"])   # wrist crease centre (local x): the forearm carries out a little
INSET_HAND_A = 1.5


def inset_hand_xy(p):
    """Hand coordinates -> local inset coordinates (palm towards the viewer, thumb to +x)."""
    return rot(INSET_HAND_O, INSET_HAND_A, p)


def inset_arm_pts():
    """Closed contour of the inner-arm inset (local x, y) and tags of the hand points."""
    pts = list(INSET_ARM_TOP) + list(INSET_ARM_OUT)
    hp, ht = hand_local()
    base = len(pts)
    tags = {k: base + v for k, v in ht.items()}
    pts += [inset_hand_xy(p) for p in hp]
    pts += list(INSET_ARM_IN)
    return pts, tags


def inset_arm(F, shift):
    """Inner arm: the left upper limb in anatomical position seen from the front and
    the inner side, palm towards the viewer (thumb on the right, little finger on the
    left).  From left to right: the posterior (dorsal) border strip, the medial
    (ulnar) strip and the anterior (volar) surface."""
    loc, tags = inset_arm_pts()
    pts = [(x + shift, y) for x, y in loc]
    corners = [0, len(INSET_ARM_TOP) - 1] + [tags["web%d" % k] for k in range(4)]
    segs = cr_segments(pts, True, corners)
    dense, starts = sample_segs(segs, 1.0)
    nt = len(INSET_ARM_TOP)
    outer = Chain(dense[starts[nt - 1]:starts[tags["wrist_out"]] + 1])
    inner = Chain(dense[starts[tags["wrist_in"]]:] + [dense[0]])
    C = "clip-inset-arm"
    X = lambda z: z + shift
    Hx = lambda p: (X(inset_hand_xy(p)[0]), inset_hand_xy(p)[1])
    fo = PL([(outer.x(y) + 20, y) for y in range(300, 580, 10)] + [(X(75), 592), (X(75), 720)], "front_over")
    bo = PL([(inner.x(y) - 20, y) for y in range(300, 580, 10)] + [(X(-50), 596), (X(-50), 720)], "back_over")
    top = PL([(X(-80), 300), (X(80), 300)], "top")

    # strip lines: fraction of the way from the inner (0) to the outer (1) contour
    # along arm and forearm, then in hand coordinates along the ulnar border
    def line(table, hand, name):
        p = []
        for y in range(292, 576, 8):
            f = interp(table, y)
            p.append((inner.x(y) + (outer.x(y) - inner.x(y)) * f, y))
        return S(p + [Hx(q) for q in hand], name)
    PB = line([(300, 0.22), (600, 0.22)],
              [(-11.2, 8), (-13.3, 16), (-14.7, 26), (-15.9, 36), (-16.6, 46), (-16.8, 56), (-16.2, 64),
               (-15.5, 74)], "back_strip")
    FS = line([(300, 0.56), (400, 0.56), (500, 0.46), (600, 0.44)],
              [(-3.3, 8), (-5.3, 16), (-6.6, 26), (-7.9, 36), (-8.6, 46), (-8.8, 56), (-8.5, 64), (-8, 74)],
              "front_strip")

    def hc(y, name):
        return LN((X(-80), y), (X(80), y), name)
    cut_et, cut_eb = hc(Y["elbow_top"], "elbow_top"), hc(Y["elbow_bottom"], "elbow_bottom")
    cut_wt = LN(Hx((-90, -13)), Hx((90, -13)), "wrist_top")
    cut_wb = LN(Hx((-90, 7)), Hx((90, 7)), "wrist_bottom")

    def gap(k, maxlen, ext=45):
        return S(gap_line(dense, starts[tags["web%d" % k]], maxlen, ext), "gap%d" % k)
    gap0 = gap(0, 20, 70)
    TCG = S([Hx((3.5, -3)), Hx((3.8, 8)), Hx((5.5, 22)), Hx((9, 34)), Hx((12.3, 41.5))] + gap0.p[1:][::6]
            + [gap0.p[-1]], "thenar")
    gap1, gap2 = gap(1, 34), gap(2, 36)
    thumb_bot = LN(Hx((21.5, 69)), Hx((80, 69)), "thumb_bottom")
    fbase = S([Hx((30, 55)), Hx((20, 56)), Hx((14, 56.4)), Hx((8.75, 57.1)), Hx((3, 57.9)), Hx((-2.5, 58.3)),
               Hx((-8, 58.8)), Hx((-13.25, 59.8)), Hx((-20, 61.6)), Hx((-30, 63)), Hx((-95, 66))], "finger_base")
    tip_over = LN(Hx((-100, 116)), Hx((90, 116)), "tip_over")

    def R(rid, curves):
        F.add(rid + "-left", curves, None, C)
    R("arm-anterior", [top, fo, cut_et, FS])
    R("arm-medial", [top, FS, cut_et, PB])
    R("arm-posterior", [top, PB, cut_et, bo])
    R("elbow-anterior", [cut_et, fo, cut_eb, FS])
    R("elbow-medial", [cut_et, FS, cut_eb, PB])
    R("elbow-posterior", [cut_et, PB, cut_eb, bo])
    R("forearm-volar", [cut_eb, fo, cut_wt, FS])
    R("forearm-ulnar", [cut_eb, FS, cut_wb, PB])
    R("forearm-dorsal", [cut_eb, PB, cut_wt, bo])
    R("wrist-volar", [cut_wt, fo, cut_wb, FS])
    R("wrist-dorsal", [cut_wt, PB, cut_wb, bo])
    R("finger-thumb", [cut_wb, fo, thumb_bot, TCG])
    R("hand-palm", [cut_wb, TCG, fbase, FS])
    R("hand-ulnar", [cut_wb, FS, fbase, PB])
    R("hand-dorsum", [cut_wb, PB, fbase, bo])
    R("finger-index", [fbase, TCG, tip_over, gap1])
    R("finger-middle", [fbase, gap1, tip_over, gap2])
    R("finger-ring-little", [fbase, gap2, tip_over, bo])
    return segs


# ---------------------------------------------------------------------------
# Sole insets of the back view
# ---------------------------------------------------------------------------
SOLE = [  # left sole, (a, l): a lateral, l from the back of the heel towards the toes
    (1, 0), (12, 2.6), (17.6, 11), (19.8, 24), (21, 44), (22.4, 64), (24, 84), (25.4, 100), (26, 108.6),
    (25.6, 115), (24.6, 120.4), (22.6, 124.6), (19.8, 125.8), (17.8, 123.2),                  # little toe
    (17, 126.6), (15.8, 131.2), (13.4, 133.6), (10.8, 132.8), (9.8, 129.4),                    # 4th
    (9.2, 132), (7.8, 137.4), (5, 139.8), (2.2, 138.8), (1, 134.2),                            # 3rd
    (0.4, 137), (-1, 142.6), (-4, 145.2), (-7.2, 144), (-8.2, 138.4),                          # 2nd
    (-8.8, 141), (-10.8, 147), (-15.2, 149.6), (-20.6, 148.6), (-24, 142.4), (-25.2, 132.4),   # big toe
    (-24.8, 122), (-24.2, 110), (-22.6, 100), (-19.2, 88), (-15.8, 75), (-14.2, 62), (-14.6, 48),
    (-15.6, 34), (-16, 20), (-13.6, 8), (-7, 1.6),
]
SOLE_WEBS = [13, 18, 23, 28]
SOLE_X = 172          # distance of the sole's axis from the midline (body coordinates)
SOLE_HEEL_Y = 1047    # y of the back of the heel


def sole_xy(p):
    return (SOLE_X + p[0], SOLE_HEEL_Y - p[1])


def sole_inset(F, side):
    """Regions of one sole inset (side 'left'; the right one is mirrored by the caller)."""
    pts = [sole_xy(p) for p in SOLE]
    segs = cr_segments(pts, True, SOLE_WEBS)
    C = "clip-inset-sole-" + side
    P = lambda a, l: sole_xy((a, l))
    heel = S([P(-60, 36), P(-20, 38), P(0, 39), P(20, 38.6), P(60, 36)], "heel_front")
    arch = S([P(-60, 90), P(-20, 91), P(0, 90.6), P(20, 89.6), P(60, 87)], "arch_front")
    crease = S([P(-60, 119), P(-25, 120), P(-8.5, 121.4), P(5, 121), P(15, 119.4), P(24, 116.4), P(60, 105)],
               "toe_crease")
    toe_sep = S([P(-8.6, 110), P(-8.5, 121.4), P(-8.4, 138.8), P(-7.6, 190)], "big_toe_line")
    box = [P(-60, -20), P(60, -20), P(60, 175), P(-60, 175)]
    left, right = LN(box[0], box[3], "medial_over"), LN(box[1], box[2], "lateral_over")
    back, front = LN(box[0], box[1], "heel_over"), LN(box[3], box[2], "toe_over")
    F.add("foot-heel-" + side, [back, right, heel, left], None, C)
    F.add("foot-plantar-arch-" + side, [heel, right, arch, left], None, C)
    F.add("foot-plantar-forefoot-" + side, [arch, right, crease, left], None, C)
    F.add("toe-great-plantar-" + side, [crease, toe_sep, front, left], None, C)
    F.add("toes-lesser-plantar-" + side, [crease, right, front, toe_sep], None, C)
    return segs


# ============================================================================
# Drawing details (stroke only, not clickable)
# ============================================================================
def sp(pts, closed=False):
    return spline_cmds(pts, closed)


def both(cmds_list):
    """A list of detail paths plus their mirror images (x -> -x)."""
    return cmds_list + [map_cmds(c, mirror_x) for c in cmds_list]


def nail(base, ang, w1, length, xy):
    """Finger nail seen from the back: a small U at the finger tip."""
    a = math.radians(ang)
    d = (math.sin(a), math.cos(a))
    n = (math.cos(a), -math.sin(a))
    tip = (base[0] + d[0] * (length - 2.2), base[1] + d[1] * (length - 2.2))
    top = (tip[0] - d[0] * 7.5, tip[1] - d[1] * 7.5)
    r = w1 * 0.3
    pts = [(top[0] + n[0] * r, top[1] + n[1] * r), (tip[0] + n[0] * r * 0.95, tip[1] + n[1] * r * 0.95),
           (tip[0] + d[0] * r * 0.35, tip[1] + d[1] * r * 0.35),
           (tip[0] - n[0] * r * 0.95, tip[1] - n[1] * r * 0.95), (top[0] - n[0] * r, top[1] - n[1] * r)]
    return sp([xy(p) for p in pts])


def circle(cx, cy, r):
    return sp(ellipse_pts(cx, cy, r, r, 10), True)[:-1]


def fb_details(view):
    """(lines, hints): face, ears, navel, toes ... and lighter bone hints."""
    D, Hn = [], []
    D += both([sp([(42.9, 147.6), (45.4, 150.6), (46.3, 158), (45.6, 166.4), (43.7, 173.4)])])   # helix
    if view == "front":
        eye_up = [(9.6, 155.2), (13, 152.2), (17.6, 151.2), (22, 152.4), (25.2, 155)]
        eye_lo = [(9.6, 155.2), (13.2, 157.4), (18, 158), (22.4, 156.8), (25.2, 155)]
        D += both([sp(eye_up), sp(eye_lo), circle(17.4, 154.7, 2.7),
                   sp([(8.2, 146.4), (13.6, 144.2), (20.4, 143.8), (27.4, 146.4)]),          # brow
                   sp([(4.2, 176.6), (7.4, 178.2), (8.6, 181), (6.4, 182.8), (3.6, 182.6)])])  # nostril
        D.append(sp([(-3.4, 183.2), (0, 183.8), (3.4, 183.2)]))
        D.append(sp([(-12.6, 192.2), (-6.4, 193.4), (0, 193.1), (6.4, 193.4), (12.6, 192.2)]))   # mouth
        D.append(sp([(-6, 197.6), (0, 198.6), (6, 197.6)]))
        D.append(sp([(-33.2, 204.4), (-29.4, 209), (-22, 213.6), (-12, 217.4), (0, 218.6), (12, 217.4),
                     (22, 213.6), (29.4, 209), (33.2, 204.4)]))                                 # jaw
        Hn += both([sp([(5.4, 157), (6.2, 164), (7.2, 171)])])                                # nose
        Hn += both([sp([(10.6, 267.6), (18, 266.2), (30, 267.2), (44, 269.4), (54, 269.2)])])   # clavicle
        D += both([circle(42.5, 352, 1.7)])                                                     # nipple
        D.append(sp(ellipse_pts(0, 474, 2.1, 2.8, 10), True)[:-1])                              # navel
        D += both([sp([(118, 451.5), (124, 453.5), (131, 452.8)]),                              # elbow crease
                   sp([hand_xy((-9, 1.5)), hand_xy((0, 2.6)), hand_xy((9, 1.5))])])            # wrist crease
        Hn += both([sp(ellipse_pts(41.6, 784.5, 9.6, 12.6, 16), True)[:-1]])                    # knee cap
        toes = [(73.8, 1045.8), (66.0, 1046.5), (57.6, 1047.0), (48.8, 1047.4)]
        D += both([sp([(x, y), (x - 0.3, y - 3.2), (x - 0.8, y - 6.4)]) for x, y in toes])
        Hn += both([sp([(57.2, 1004.6), (58.6, 1010.6), (57.4, 1016.2)]),
                    sp([(21.6, 997.6), (20.6, 1003.2), (21.8, 1008.8)])])                       # ankle bones
    else:
        Hn.append(sp([(0, 248), (0, 330), (0, 420), (0, 498)]))                                 # spine
        Hn += both([sp([(40, 294.6), (58, 285.6), (78, 278.8), (96, 273.4)]),                   # scapular spine
                    sp([(46.6, 380), (50, 392), (54.6, 398.6), (59, 395.4), (62, 387)]),           # lower angle
                    circle(21, 508.5, 1.6)])                                                     # dimples
        D += both([sp([(6, 602.4), (16, 604.2), (30, 606.6), (47, 607), (60, 604)])])            # gluteal folds
        D.append(sp([(0, 552), (0, 575), (0, 596)]))                                            # cleft
        D += both([sp([(118.6, 444), (124.6, 441.6), (130.6, 444)]),                            # olecranon
                   sp([(28, 792.2), (40, 794.6), (53, 792.2)])])                                # knee crease
        Hn += both([sp([(28.8, 1024.6), (40, 1026.6), (51.8, 1024.6)])])                        # heel
        for base, ang, length, _, w1 in FINGERS:
            D += both([nail(base, ang, w1, length, hand_xy)])
        D += both([nail((17.6, 22), 15.5, 10.5, 43.6, hand_xy)])
    return D, Hn


def side_details(arm_shift, leg_shift):
    D, Hn = [], []
    # face: eye, brow, nostril, mouth corner
    D.append(sp([(-51.6, 152.8), (-47.8, 151.8), (-43.4, 154.4)]))
    D.append(sp([(-50.6, 156.6), (-47.2, 156.6), (-43.4, 154.4)]))
    D.append(sp([(-51.6, 152.8), (-52.2, 154.8), (-50.6, 156.6)]))
    D.append(sp([(-53.6, 146.6), (-46.4, 144.2), (-38.6, 145.6)]))
    D.append(sp([(-57.2, 176), (-60.6, 178.4), (-60, 181.2), (-57, 181.6)]))
    D.append(sp([(-57.4, 193), (-54.6, 193.6), (-52.6, 193.2)]))
    # ear: rim (the ear itself is a region), helix and tragus
    D.append(sp(SIDE_EAR + [SIDE_EAR[0]], False))
    D.append(sp([(5, 147.8), (11.8, 147), (15.4, 152.4), (16, 161), (14.2, 170), (10.6, 177.2)]))
    D.append(sp([(3.8, 162), (6, 165.4), (4.4, 169)]))
    # jaw line and ramus
    D.append(sp([(-49.4, 219.4), (-35, 216.2), (-20, 212), (-6.6, 207.8), (-2.4, 203), (-0.4, 194.6), (1.4, 188.6)]))
    # gluteal fold, knee cap, knee crease, ankle bone, little toe
    D.append(sp([(54, 601.6), (43, 598.8), (33, 596.2)]))
    Hn.append(sp([(-33.2, 768.6), (-25.4, 766.4), (-20.6, 777), (-21.4, 792), (-26.8, 800), (-32.4, 798)]))
    Hn.append(sp(ellipse_pts(4, 1009.6, 5.4, 6.2, 10, -0.3, math.pi + 0.3)))
    D.append(sp([(-96.4, 1037), (-101, 1040.2), (-103, 1045), (-102.2, 1049.6)]))             # little toe
    # hanging arm: elbow, nails
    Hn.append(sp([(12.6, 440), (9.4, 447), (12.6, 454)]))
    for base, ang, length, _, w1 in SIDE_FINGERS:
        (tc, at) = finger_axis(base, ang, length, w1, SIDE_CURL)[-1]
        a = math.radians(at)
        D.append(nail((tc[0] - math.sin(a) * (length - w1 / 2), tc[1] - math.cos(a) * (length - w1 / 2)), at, w1,
                      length, side_hand_xy))
    D.append(nail((17.6, 22), 15.5, 10.5, 43.6, side_hand_xy))
    # inner leg: knee cap, medial malleolus, big toe nail, knee crease
    L = lambda p: (p[0] + leg_shift, p[1])
    Hn.append(map_cmds(sp([(33.4, 768.6), (25.6, 766.4), (20.8, 777), (21.6, 792), (27, 800), (32.6, 798)]), L))
    Hn.append(map_cmds(sp(ellipse_pts(3, 1003, 5.6, 6.2, 10, -0.3, math.pi + 0.3)), L))
    D.append(map_cmds(sp([(98.6, 1038.6), (104, 1039.2), (108.2, 1041.8)]), L))
    # inner arm: medial epicondyle, elbow, wrist and palm creases
    A = lambda p: (p[0] + arm_shift, p[1])
    AH = lambda p: A(inset_hand_xy(p))
    Hn.append(map_cmds(sp([(-17.8, 441.5), (-20.2, 448.5), (-17.8, 455.5)]), A))
    D.append(map_cmds(sp([(-1.5, 452.4), (5, 454.2), (12, 453.2)]), A))
    D.append(sp([AH((-9, 1.5)), AH((0, 2.6)), AH((9, 1.5))]))
    Hn.append(sp([AH((-20.4, 45.4)), AH((-12, 45.2)), AH((-4, 46)), AH((2.4, 48.2)), AH((7.2, 51.8))]))   # distal
    Hn.append(sp([AH((12, 41.2)), AH((5, 38.6)), AH((-3, 37.2)), AH((-11, 37.4))]))                    # proximal
    return D, Hn


def sole_details():
    D = []
    for i in SOLE_WEBS:
        a, l = SOLE[i]
        D.append(sp([sole_xy((a, l)), sole_xy((a - 0.2, l - 3.4))]))
    return D


# ============================================================================
# Views
# ============================================================================
FB_W, FB_CX = 520, 260
SIDE_W, SIDE_PX = 620, 165
ARM_SHIFT, LEG_SHIFT = 150, 290           # insets, in side-view body coordinates
CAPTION_Y, MARK_Y = 52, 290
# Label sizes in drawing units. The default window shows about half a pixel
# per unit, so these read as roughly 14, 13 and 12 px there.
CAPTION_SIZE, MARK_SIZE, SMALL_SIZE = 28, 28, 24


def seg_cmds(segs):
    return [("M", segs[0][0])] + [("C", s[1], s[2], s[3]) for s in segs] + [("Z",)]


def build_front():
    F = front_figure()
    V = View("front", FB_W, lambda p: (FB_CX + p[0], p[1]))
    V.outline("body-outline", F.outline.cmds(), "clip-body")
    V.take(F)
    V.details, V.hints = fb_details("front")
    V.text("caption", FB_CX, CAPTION_Y, "Front", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "R", MARK_SIZE)
    V.text("side-mark", FB_W - 62, MARK_Y, "L", MARK_SIZE)
    return V


def build_back():
    F = back_figure()
    segs = sole_inset(F, "left")
    G = Figure()
    sole_inset(G, "left")
    V = View("back", FB_W, lambda p: (FB_CX - p[0], p[1]))
    V.outline("body-outline", F.outline.cmds(), "clip-body")
    V.outline("inset-sole-left-outline", seg_cmds(segs), "clip-inset-sole-left")
    V.outline("inset-sole-right-outline", map_cmds(seg_cmds(segs), mirror_x), "clip-inset-sole-right")
    for rid in F.order:
        for cmds, clip in F.regions[rid]:
            V.region(rid, cmds, clip)
    for rid in G.order:    # the right sole: mirror of the left one
        for cmds, clip in G.regions[rid]:
            V.region(swap_side(rid), map_cmds(cmds, mirror_x), "clip-inset-sole-right")
    V.details, V.hints = fb_details("back")
    V.details += sole_details() + [map_cmds(c, mirror_x) for c in sole_details()]
    V.text("caption", FB_CX, CAPTION_Y, "Back", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "L", MARK_SIZE)
    V.text("side-mark", FB_W - 62, MARK_Y, "R", MARK_SIZE)
    sx = FB_CX - SOLE_X
    V.text("caption-small", sx, SOLE_HEEL_Y - 162, "Left sole", SMALL_SIZE)
    V.text("caption-small", FB_W - sx, SOLE_HEEL_Y - 162, "Right sole", SMALL_SIZE)
    return V


def build_left():
    so = SideOutline()
    F = Figure()
    side_main(F, so)
    side_arm(F, so)
    leg = inset_leg(F, LEG_SHIFT)
    arm = inset_arm(F, ARM_SHIFT)
    V = View("left", SIDE_W, lambda p: (SIDE_PX + p[0], p[1]))
    V.outline("body-outline", so.cmds(), "clip-body")
    V.outline("arm-outline", so.arm_cmds(), "clip-arm")
    V.clip("clip-trunk", [(so.cmds() + so.arm_cmds() + so.ear_cmds(), "evenodd")])
    V.outline("inset-arm-outline", seg_cmds(arm), "clip-inset-arm")
    V.outline("inset-leg-outline", seg_cmds(leg), "clip-inset-leg")
    V.take(F)
    V.region("head-ear-left", so.ear_cmds(), "clip-body")
    V.details, V.hints = side_details(ARM_SHIFT, LEG_SHIFT)
    V.text("caption", SIDE_PX - 4, CAPTION_Y, "Left side", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "L", MARK_SIZE)   # all of this figure is the patient's left
    V.text("caption-small", SIDE_PX + ARM_SHIFT, 306, "Inner arm", SMALL_SIZE)
    V.text("caption-small", SIDE_PX + LEG_SHIFT + 18, 646, "Inner leg", SMALL_SIZE)
    return V


def mirrored_view(V, name, caption):
    """body-right.svg: the exact mirror image of body-left.svg."""
    W = V.W
    R = View(name, W, lambda p: (W - V.tf(p)[0], p[1]))
    R.outlines = list(V.outlines)
    R.clip_order = [c for c in V.clip_order if "-and-" not in c]
    R.clips = {c: V.clips[c] for c in R.clip_order}
    for rid in V.order:
        for cmds, clip in V.regions[rid]:
            R.region(swap_side(rid), cmds, clip)
    R.details, R.hints = V.details, V.hints
    swap = {"L": "R", "R": "L"}
    for cls, x, y, s, size, anchor in V.texts:
        if cls == "caption":
            s = caption
        elif cls == "side-mark":
            s = swap.get(s, s)
        R.text(cls, W - x, y, s, size, anchor)
    return R


# ============================================================================
# Checks
# ============================================================================
def load_spec(path):
    """Required region ids per file, from regions.tsv (see its header)."""
    req = {"front": set(), "back": set(), "left": set(), "right": set()}
    allids = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "id":
            continue
        rid, views, side = cols[0], cols[2], cols[3]
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


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    out = os.path.join(root, "assets")
    os.makedirs(out, exist_ok=True)
    left = build_left()
    views = {"front": build_front(), "back": build_back(), "left": left,
             "right": mirrored_view(left, "right", "Right side")}
    files = {}
    for name, V in views.items():
        path = os.path.join(out, "body-%s.svg" % name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(V.svg())
        files[name] = path
        print("wrote", os.path.relpath(path, root))
    if "--check" in argv:
        i = argv.index("--check")
        spec = argv[i + 1] if len(argv) > i + 1 and not argv[i + 1].startswith("-") else None
        if not spec:
            for cand in (os.path.join(root, "data", "regions.tsv"), os.path.join(root, "..", "shared", "spec", "regions.tsv")):
                if os.path.exists(cand):
                    spec = cand
                    break
        if not spec or not os.path.exists(spec):
            print("regions.tsv not found; pass its path after --check")
            return 2
        return 0 if check(files, spec, "-v" in argv) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
