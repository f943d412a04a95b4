"""Geometry shared by every view.

The landmark heights (``Y``) that all four drawings share, smooth curves
(centripetal Catmull-Rom splines emitted as cubic Beziers), their
intersections, regions as cycles of curves (``region_cmds``), chains along a
silhouette, and the ``Figure`` container with its mirroring helpers.
"""
import math


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
