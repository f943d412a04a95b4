"""The hand, in hand coordinates.

One hand shape serves the front and back figures, the hanging arm of the side
view (relaxed, fingers flexed) and the open hand of the inner-arm inset.
"""
import math

from .geometry import LN, S, Y, gap_line, lerp, rot


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


def hand_cuts(Hx, dense, starts, tags, base_end=(-95, 66)):
    """The curves that cut an arm's hand into its regions, in hand
    coordinates mapped through @Hx: the wrist cuts, the gaps between the
    fingers, the thenar line, the thumb's lower edge, the finger bases and a
    line beyond the fingertips. Every view with a hand shares them; the
    finger-base line ends at @base_end, past the little-finger side."""
    def gap(k, maxlen, ext=45):
        return S(gap_line(dense, starts[tags["web%d" % k]], maxlen, ext), "gap%d" % k)
    gap0 = gap(0, 20, 70)
    return {
        "wrist_top": LN(Hx((-90, -13)), Hx((90, -13)), "wrist_top"),
        "wrist_bottom": LN(Hx((-90, 7)), Hx((90, 7)), "wrist_bottom"),
        "thenar": S([Hx((3.5, -3)), Hx((3.8, 8)), Hx((5.5, 22)), Hx((9, 34)), Hx((12.3, 41.5))]
                    + gap0.p[1:][::6] + [gap0.p[-1]], "thenar"),
        "gap1": gap(1, 34),
        "gap2": gap(2, 36),
        "thumb_bottom": LN(Hx((21.5, 69)), Hx((80, 69)), "thumb_bottom"),
        "finger_base": S([Hx((30, 55)), Hx((20, 56)), Hx((14, 56.4)), Hx((8.75, 57.1)), Hx((3, 57.9)),
                          Hx((-2.5, 58.3)), Hx((-8, 58.8)), Hx((-13.25, 59.8)), Hx((-20, 61.6)), Hx((-30, 63)),
                          Hx(base_end)], "finger_base"),
        "tip_over": LN(Hx((-100, 116)), Hx((90, 116)), "tip_over"),
    }
