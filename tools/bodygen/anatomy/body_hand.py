"""Muscle shapes: forearm and hand. See the package docstring for the conventions.

Each outline is written once, in one of two frames that follow the drawn
limb, and placed in every view that shows that surface:

  a(t, s)  on the forearm: t from the elbow crease (0) to the wrist crease
           (1), s across it from the radial (thumb) border (0) to the ulnar
           border (1);
  h(u, v)  on the hand, in the hand coordinates of ``hands.py``: u towards
           the thumb, v down the hand from the middle of the wrist crease.

A palm-side outline (flexors, thenar, palm) goes on the front view and on
the side view's "Inner arm" inset; a back-of-the-hand outline (extensors,
dorsal interossei) on the back view, and its hand part also on the hanging
hand of the side view, whose forearm has outlines of its own (it is seen from
the outer side, in mid-position). The frames are rebuilt from the figure's
own silhouettes, so the shapes follow the drawing if the arm is redrawn.
"""
from . import Muscle
from ..frontback import FBOutline
from ..geometry import Chain, Y, cr_segments, interp, sample_segs
from ..hands import hand_xy
from ..insets import INSET_ARM_TOP, INSET_HAND_O, inset_arm_pts, inset_hand_xy
from ..sides import SIDE_HAND_O, SideOutline, arm_pose, side_hand_xy
from ..views import ARM_SHIFT, FB_CX, SIDE_PX

ELBOW, WRIST = Y["elbow"], Y["wrist"]


def a(t, s):
    return ("a", t, s)


def h(u, v):
    return ("h", u, v)


class Frame:
    """Places a/h points on one drawn forearm and hand of @view: @edges(y)
    gives the x of the radial and the ulnar border at height y, @hand maps
    hand coordinates, @wrist is the height of the wrist crease, @pose maps
    the result (the side view's hanging arm is laid out straight, then
    posed)."""

    def __init__(self, view, edges, hand, wrist, pose=lambda p: p):
        self.view, self.edges, self.hand, self.wrist, self.pose = view, edges, hand, wrist, pose

    def __call__(self, p):
        kind, i, j = p
        if kind == "h":
            return self.hand((i, j))
        y = ELBOW + (self.wrist - ELBOW) * i
        xr, xu = self.edges(y)
        return self.pose((xr + (xu - xr) * j, y))


def _front_back_frames():
    """The left forearm and hand of the front and back figures (one outline,
    mirrored about the midline in the back view): palm side and back."""
    ol = FBOutline("front")
    lat = Chain(ol.part("acromion", "wrist_out"))   # radial border
    med = Chain(ol.part("wrist_in", "axilla"))      # ulnar border
    front = Frame("front", lambda y: (FB_CX + lat.x(y), FB_CX + med.x(y)),
                  lambda p: (FB_CX + hand_xy(p)[0], hand_xy(p)[1]), WRIST)
    back = Frame("back", lambda y: (FB_CX - lat.x(y), FB_CX - med.x(y)),
                 lambda p: (FB_CX - hand_xy(p)[0], hand_xy(p)[1]), WRIST)
    return front, back


def _side_frames():
    """The side view's hanging arm (forearm in mid-position: the radial
    border in front, the back of the hand facing out, so the back-of-hand
    outlines fit it) and the inner-arm inset (palm towards the viewer, thumb
    side on its outer contour, so the palm-side outlines fit it; the ulnar
    border lies on its inner strip)."""
    so = SideOutline()
    fr = Chain([p for p in so.rest_part("top", "wrist_out") if p[1] >= 280])
    bk = Chain([p for p in so.rest_part("wrist_in", "back_top") if p[1] >= 280])
    posed = lambda p: (SIDE_PX + arm_pose(p)[0], arm_pose(p)[1])
    hanging = Frame("left", lambda y: (fr.x(y), bk.x(y)),
                    lambda p: (SIDE_PX + side_hand_xy(p)[0], side_hand_xy(p)[1]), SIDE_HAND_O[1], posed)
    loc, tags = inset_arm_pts()
    nt = len(INSET_ARM_TOP)
    shift = SIDE_PX + ARM_SHIFT
    corners = [0, nt - 1] + [tags["web%d" % k] for k in range(4)]
    dense, starts = sample_segs(cr_segments([(x + shift, y) for x, y in loc], True, corners), 1.0)
    outer = Chain(dense[starts[nt - 1]:starts[tags["wrist_out"]] + 1])
    inner = Chain(dense[starts[tags["wrist_in"]]:] + [dense[0]])

    def inset_edges(y):
        # the palm side spans the outer part of the inset's width; the inner
        # strip is the ulnar border, which widens up to the medial epicondyle
        # on the inner contour at the elbow
        xo, xi = outer.x(y), inner.x(y)
        return (xo, xo + (xi - xo) * interp(INSET_ULNAR, y))
    inset = Frame("left", inset_edges, lambda p: (shift + inset_hand_xy(p)[0], inset_hand_xy(p)[1]), INSET_HAND_O[1])
    return hanging, inset


INSET_ULNAR = [(ELBOW - 12, 0.93), (ELBOW + 52, 0.55)]   # (y, fraction of the width)
FRONT, BACK = _front_back_frames()
HANGING, INSET = _side_frames()


def on(frame, pts, fibres=None):
    """(view, points, fibres) of an a/h outline placed by @frame, for
    Muscle.add; @fibres is an angle or an a/h point they converge on."""
    if isinstance(fibres, tuple):
        fibres = frame(fibres)
    return frame.view, [frame(p) for p in pts], fibres


# ---------------------------------------------------------------------------
# Palm side of the forearm (front view). The common flexor origin is the
# medial epicondyle, at the ulnar border just above the elbow crease.
# ---------------------------------------------------------------------------

# Flexor digitorum superficialis: humero-ulnar head from the medial epicondyle
# and coronoid process, radial head from the oblique line of the radius;
# four tendons through the carpal tunnel to the middle phalanges. The middle
# layer: seen between palmaris longus and flexor carpi ulnaris, and on both
# sides of the palmaris tendon in the lower forearm.
FDS_VOLAR = [a(-0.05, 0.88), a(0.10, 0.52), a(0.22, 0.24), a(0.45, 0.22), a(0.68, 0.30), a(0.88, 0.36),
             h(6.0, 4.0), h(-7.5, 4.0), a(0.88, 0.78), a(0.62, 0.82), a(0.36, 0.80), a(0.12, 0.92)]

# Flexor carpi radialis: medial epicondyle -> base of the second metacarpal
# (palm side), its tendon on the thumb side of the wrist.
FCR_VOLAR = [a(-0.06, 0.93), a(0.06, 0.68), a(0.20, 0.46), a(0.36, 0.35), a(0.55, 0.31), a(0.76, 0.29),
             h(8.0, 4.0), h(7.8, 12.0), h(5.4, 11.0), a(0.80, 0.36), a(0.58, 0.46), a(0.38, 0.565),
             a(0.20, 0.635), a(0.06, 0.80)]

# Palmaris longus: medial epicondyle -> a slender tendon down the middle of
# the wrist, fanning into the palmar aponeurosis.
PL_VOLAR = [a(-0.06, 0.95), a(0.10, 0.78), a(0.24, 0.625), a(0.40, 0.57), a(0.58, 0.52), h(1.5, -2.0),
            h(6.5, 13.0), h(-5.5, 14.0), h(-1.0, -2.0), a(0.58, 0.56), a(0.40, 0.64), a(0.24, 0.70),
            a(0.10, 0.86)]

# Flexor carpi ulnaris: medial epicondyle and olecranon / back of the ulna ->
# pisiform (then hamate and fifth metacarpal), along the ulnar border.
FCU_VOLAR = [a(-0.07, 0.96), a(0.12, 0.82), a(0.32, 0.69), a(0.55, 0.70), a(0.78, 0.74), h(-9.5, 0.5),
             h(-11.5, 6.5), h(-14.6, 4.0), a(0.85, 0.97), a(0.55, 0.99), a(0.28, 0.995), a(0.04, 0.995)]

# Flexor digitorum profundus (deep): front and medial surfaces of the upper
# three quarters of the ulna and the interosseous membrane -> four tendons
# through the carpal tunnel to the distal phalanges.
FDP_VOLAR = [a(0.06, 0.96), a(0.08, 0.58), a(0.30, 0.43), a(0.55, 0.41), a(0.80, 0.44), h(4.5, 5.0),
             h(-8.5, 5.0), a(0.82, 0.84), a(0.55, 0.95), a(0.30, 0.985)]

# Flexor pollicis longus (deep): front of the radius and the interosseous
# membrane -> its tendon through the carpal tunnel and between the thenar
# muscles to the distal phalanx of the thumb.
FPL_VOLAR = [a(0.22, 0.24), a(0.36, 0.10), a(0.56, 0.08), a(0.76, 0.14), h(9.0, -1.0), h(16.0, 20.0),
             h(23.5, 44.0), h(27.3, 60.0), h(25.3, 60.5), h(21.2, 44.5), h(13.0, 20.0), h(5.8, 0.0),
             a(0.70, 0.40), a(0.40, 0.38)]

# ---------------------------------------------------------------------------
# Palm (front view)
# ---------------------------------------------------------------------------

# Opponens pollicis (deep, under the short abductor and flexor): flexor
# retinaculum and trapezium -> the whole radial border of the first metacarpal.
OP_PALM = [h(5.0, 3.0), h(10.5, 3.0), h(19.5, 12.0), h(24.5, 25.0), h(27.0, 38.0), h(27.3, 45.0),
           h(24.5, 44.0), h(18.5, 32.0), h(12.0, 19.0), h(6.0, 9.0)]

# Adductor pollicis (deep in the palm): oblique head from the capitate and
# the bases of the second and third metacarpals, transverse head from the
# shaft of the third -> ulnar side of the base of the thumb's proximal phalanx.
ADP_PALM = [h(1.0, 11.0), h(6.5, 17.0), h(14.5, 30.0), h(18.5, 42.5), h(20.5, 48.5), h(12.0, 49.0),
            h(3.5, 49.0), h(2.2, 30.0)]
ADP_INSERTION = h(20.0, 48.0)

# Abductor digiti minimi: pisiform -> ulnar side of the base of the little
# finger's proximal phalanx, along the ulnar border of the palm.
ADM_PALM = [h(-10.5, 4.5), h(-14.8, 2.5), h(-19.5, 13.0), h(-22.0, 28.0), h(-22.6, 44.0), h(-22.3, 60.0),
            h(-19.6, 59.0), h(-17.8, 48.0), h(-15.6, 32.0), h(-12.8, 16.0)]
ADM_INSERTION = h(-21.0, 60.0)

# Palmar interossei: from the palm side of the second, fourth and fifth
# metacarpals -> the same fingers, on the side facing the middle finger.
PALMAR_IO = [
    [h(6.4, 16.0), h(8.0, 16.5), h(11.2, 40.0), h(10.2, 56.5), h(8.6, 42.0), h(6.2, 24.0)],
    [h(-1.4, 16.0), h(-3.0, 16.5), h(-5.6, 42.0), h(-3.2, 57.5), h(-2.4, 42.0), h(-0.9, 24.0)],
    [h(-6.8, 17.0), h(-8.4, 17.5), h(-13.0, 44.0), h(-12.0, 58.5), h(-10.4, 44.0), h(-6.6, 25.0)],
]

# ---------------------------------------------------------------------------
# Back of the forearm (back view). The common extensor origin is the lateral
# epicondyle, at the radial border just above the elbow crease.
# ---------------------------------------------------------------------------

# Extensor carpi radialis longus: lower lateral supracondylar ridge of the
# humerus -> base of the second metacarpal (back), along the radial border.
ECRL_DORSAL = [a(-0.24, 0.03), a(-0.06, 0.05), a(0.14, 0.10), a(0.34, 0.14), a(0.55, 0.18), h(9.4, -1.0),
               h(8.7, 12.0), h(6.5, 11.0), h(7.2, -1.5), a(0.55, 0.245), a(0.34, 0.27), a(0.12, 0.28),
               a(-0.08, 0.17)]

# Extensor carpi radialis brevis: lateral epicondyle -> base of the third
# metacarpal (back).
ECRB_DORSAL = [a(-0.04, 0.05), a(0.12, 0.16), a(0.32, 0.26), a(0.52, 0.28), a(0.68, 0.29), h(5.2, -1.0),
               h(3.6, 12.0), h(1.3, 11.5), h(2.8, -1.5), a(0.68, 0.35), a(0.50, 0.40), a(0.30, 0.44),
               a(0.12, 0.28), a(0.00, 0.13)]

# Extensor digitorum: lateral epicondyle -> four tendons under the extensor
# retinaculum and over the back of the hand to the four fingers' extensor
# expansions (one outline for the belly, one per tendon).
ED_DORSAL = [a(-0.03, 0.08), a(0.12, 0.28), a(0.26, 0.42), a(0.45, 0.45), a(0.70, 0.45), h(2.2, 2.0),
             h(-5.5, 2.0), a(0.70, 0.63), a(0.45, 0.65), a(0.30, 0.63), a(0.18, 0.50), a(0.06, 0.30)]
ED_TENDONS = [((3.2, 2.0), (14.0, 58.0)), ((0.3, 2.0), (3.2, 60.0)), ((-2.6, 2.0), (-7.9, 60.5)),
              ((-5.0, 2.0), (-17.6, 64.0))]

# Extensor indicis (deep): back of the lower ulna and the interosseous
# membrane -> the index finger's extensor expansion, beside the index tendon
# of extensor digitorum.
EI_DORSAL = [a(0.50, 0.74), a(0.60, 0.56), a(0.75, 0.48), a(0.88, 0.44), h(4.8, 1.0), h(12.8, 58.0),
             h(11.2, 58.5), h(2.8, 2.0), a(0.88, 0.56), a(0.74, 0.68), a(0.60, 0.80)]

# Extensor carpi ulnaris: lateral epicondyle and the back border of the ulna
# -> base of the fifth metacarpal, along the ulnar border.
ECU_DORSAL = [a(-0.02, 0.12), a(0.18, 0.50), a(0.30, 0.63), a(0.55, 0.68), a(0.78, 0.73), h(-9.0, 0.0),
              h(-9.8, 13.0), h(-12.6, 12.0), h(-13.6, 0.0), a(0.85, 0.86), a(0.60, 0.86), a(0.38, 0.82),
              a(0.24, 0.66), a(0.08, 0.30)]

# Flexor carpi ulnaris from behind: its ulnar head (olecranon and the back
# border of the ulna, by an aponeurosis) makes the little-finger edge of the
# back of the forearm, down to the wrist.
FCU_DORSAL = [a(-0.06, 0.72), a(0.20, 0.86), a(0.50, 0.89), a(0.80, 0.91), h(-12.8, -1.0), h(-15.3, 0.5),
              a(0.80, 0.995), a(0.50, 0.998), a(0.20, 0.998), a(-0.04, 0.95)]

# Abductor digiti minimi from behind: a narrow band along the little-finger
# edge of the back of the hand.
ADM_DORSAL = [h(-14.6, 4.0), h(-19.3, 15.0), h(-22.0, 32.0), h(-22.8, 48.0), h(-22.4, 60.0), h(-20.8, 58.0),
              h(-20.4, 46.0), h(-19.2, 30.0), h(-16.4, 14.0)]

# ---------------------------------------------------------------------------
# Back of the hand (back view)
# ---------------------------------------------------------------------------

# First dorsal interosseous: facing sides of the first and second metacarpals
# -> radial side of the base of the index finger's proximal phalanx.
FDI_DORSAL = [h(9.5, 8.0), h(15.5, 16.0), h(20.5, 29.0), h(21.5, 39.0), h(17.0, 44.5), h(18.8, 55.0),
              h(16.6, 55.5), h(13.0, 47.0), h(10.2, 33.0), h(8.6, 18.0)]
FDI_INSERTION = h(17.5, 55.0)

# Dorsal interossei 2-4: both sides of the metacarpals around spaces two to
# four -> the middle finger (both sides) and the ring finger (ulnar side).
DORSAL_IO = [
    [h(5.3, 14.0), h(7.6, 16.0), h(9.8, 30.0), h(10.2, 44.0), h(7.0, 57.5), h(4.8, 44.0), h(4.0, 30.0),
     h(4.2, 18.0)],
    [h(-0.5, 14.5), h(1.3, 17.0), h(1.8, 30.0), h(1.5, 44.0), h(-1.2, 57.5), h(-4.4, 44.0), h(-4.6, 30.0),
     h(-2.4, 18.0)],
    [h(-6.3, 15.0), h(-5.3, 18.0), h(-6.6, 32.0), h(-8.4, 46.0), h(-11.6, 58.5), h(-12.8, 46.0),
     h(-11.6, 31.0), h(-8.4, 18.0)],
]


# ---------------------------------------------------------------------------
# The hanging arm of the side view: the forearm from its outer side, in
# mid-position (s from its front, thumb-side edge to its back edge). Here the
# lateral epicondyle lies behind the middle of the elbow, brachioradialis
# makes the front of the forearm, and the extensors run from the epicondyle
# forwards and down to the back of the wrist. The back of the hand uses the
# back-view outlines above.
# ---------------------------------------------------------------------------

ECRL_LATERAL = [a(-0.34, 0.50), a(-0.10, 0.58), a(0.12, 0.54), a(0.32, 0.44), a(0.52, 0.34), h(7.2, -1.5),
                h(6.5, 11.0), h(8.7, 12.0), h(9.4, -1.0), a(0.52, 0.26), a(0.32, 0.32), a(0.12, 0.38),
                a(-0.10, 0.46)]
ECRB_LATERAL = [a(-0.06, 0.60), a(0.10, 0.64), a(0.30, 0.58), a(0.50, 0.48), a(0.68, 0.40), h(4.4, -1.5),
                h(1.3, 11.5), h(3.6, 12.0), h(6.0, -1.0), a(0.66, 0.33), a(0.48, 0.38), a(0.28, 0.44),
                a(0.10, 0.52)]
ED_LATERAL = [a(-0.05, 0.64), a(0.10, 0.72), a(0.30, 0.74), a(0.55, 0.70), a(0.78, 0.66), h(-5.5, 2.0),
              h(2.2, 2.0), a(0.78, 0.48), a(0.55, 0.50), a(0.30, 0.58), a(0.10, 0.62)]
# (below the anconeus, then along the back border of the ulna)
ECU_LATERAL = [a(-0.03, 0.66), a(0.14, 0.78), a(0.26, 0.92), a(0.50, 0.92), a(0.80, 0.90), h(-13.6, 0.0),
               h(-12.6, 12.0), h(-9.8, 13.0), h(-9.0, 0.0), a(0.80, 0.74), a(0.50, 0.74), a(0.30, 0.75),
               a(0.12, 0.72)]
EI_LATERAL = [a(0.48, 0.74), a(0.64, 0.76), a(0.82, 0.66), h(2.8, 2.0), h(11.2, 58.5), h(12.8, 58.0),
              h(4.8, 1.0), a(0.84, 0.52), a(0.70, 0.58), a(0.56, 0.64)]

# Flexor carpi ulnaris on the inner-arm inset: it covers the ulnar border
# there, so its inner edge runs out onto the inset's inner strip.
FCU_INSET = FCU_VOLAR[:8] + [a(0.85, 1.30), a(0.55, 1.35), a(0.28, 1.30), a(0.04, 1.02)]


def tendon(p, q, w=1.0):
    """A slim tendon from hand point p to hand point q, w half its width."""
    (u0, v0), (u1, v1) = p, q
    du, dv = u1 - u0, v1 - v0
    n = (du * du + dv * dv) ** 0.5
    nu, nv = -dv / n * w, du / n * w
    mid = ((u0 + u1) / 2, (v0 + v1) / 2)
    return [h(u0 + nu, v0 + nv), h(mid[0] + nu, mid[1] + nv), h(u1 + nu * 0.8, v1 + nv * 0.8), h(u1, v1 + 1.5),
            h(u1 - nu * 0.8, v1 - nv * 0.8), h(mid[0] - nu, mid[1] - nv), h(u0 - nu, v0 - nv)]


# ---------------------------------------------------------------------------
# The muscles, view by view
# ---------------------------------------------------------------------------
ARM = "arm"   # clip of the shapes on the hanging arm

# the middle layer first, so that the superficial flexors are drawn over it
FLEXOR_DIGITORUM_SUPERFICIALIS = (
    Muscle("flexor-digitorum-superficialis")
    .add(*on(FRONT, FDS_VOLAR, a(0.95, 0.56)))
    .add(*on(INSET, FDS_VOLAR, a(0.95, 0.56)))
)
FLEXOR_CARPI_RADIALIS = (
    Muscle("flexor-carpi-radialis")
    .add(*on(FRONT, FCR_VOLAR, a(0.62, 0.32)), corners=(7,))
    .add(*on(INSET, FCR_VOLAR, a(0.62, 0.32)), corners=(7,))
)
PALMARIS_LONGUS = (
    Muscle("palmaris-longus")
    .add(*on(FRONT, PL_VOLAR, a(0.50, 0.53)))
    .add(*on(INSET, PL_VOLAR, a(0.50, 0.53)))
)
FLEXOR_CARPI_ULNARIS = (
    Muscle("flexor-carpi-ulnaris")
    .add(*on(FRONT, FCU_VOLAR, h(-12.5, 5.0)), corners=(6,))
    .add(*on(BACK, FCU_DORSAL, 100), corners=(5,))
    .add(*on(INSET, FCU_INSET, h(-12.5, 5.0)), corners=(6,))
)
FLEXOR_DIGITORUM_PROFUNDUS = (
    Muscle("flexor-digitorum-profundus", deep=True)
    .add(*on(FRONT, FDP_VOLAR, a(0.95, 0.62)))
    .add(*on(INSET, FDP_VOLAR, a(0.95, 0.62)))
)
FLEXOR_POLLICIS_LONGUS = (
    Muscle("flexor-pollicis-longus", deep=True)
    .add(*on(FRONT, FPL_VOLAR, a(0.85, 0.25)), corners=(7,))
    .add(*on(INSET, FPL_VOLAR, a(0.85, 0.25)), corners=(7,))
)
EXTENSOR_CARPI_RADIALIS_LONGUS = (
    Muscle("extensor-carpi-radialis-longus")
    .add(*on(BACK, ECRL_DORSAL, a(0.62, 0.21)), corners=(0, 6))
    .add(*on(HANGING, ECRL_LATERAL, a(0.62, 0.30)), clip=ARM, corners=(0, 7))
)
EXTENSOR_CARPI_RADIALIS_BREVIS = (
    Muscle("extensor-carpi-radialis-brevis")
    .add(*on(BACK, ECRB_DORSAL, a(0.72, 0.32)), corners=(6,))
    .add(*on(HANGING, ECRB_LATERAL, a(0.74, 0.37)), clip=ARM, corners=(7,))
)
EXTENSOR_DIGITORUM = Muscle("extensor-digitorum").add(*on(BACK, ED_DORSAL, a(0.80, 0.54)))
EXTENSOR_DIGITORUM.add(*on(HANGING, ED_LATERAL, a(0.82, 0.57)), clip=ARM)
for _p, _q in ED_TENDONS:
    EXTENSOR_DIGITORUM.add(*on(BACK, tendon(_p, _q)))
    EXTENSOR_DIGITORUM.add(*on(HANGING, tendon(_p, _q)), clip=ARM)
EXTENSOR_CARPI_ULNARIS = (
    Muscle("extensor-carpi-ulnaris")
    .add(*on(BACK, ECU_DORSAL, a(0.70, 0.74)), corners=(6,))
    .add(*on(HANGING, ECU_LATERAL, a(0.72, 0.82)), clip=ARM, corners=(7,))
)
EXTENSOR_INDICIS = (
    Muscle("extensor-indicis", deep=True)
    .add(*on(BACK, EI_DORSAL, a(0.95, 0.50)), corners=(5,))
    .add(*on(HANGING, EI_LATERAL, a(0.95, 0.55)), clip=ARM, corners=(5,))
)
OPPONENS_POLLICIS = (
    Muscle("opponens-pollicis", deep=True)
    .add(*on(FRONT, OP_PALM, h(26.0, 44.5)), corners=(5,))
    .add(*on(INSET, OP_PALM, h(26.0, 44.5)), corners=(5,))
)
ADDUCTOR_POLLICIS = (
    Muscle("adductor-pollicis", deep=True)
    .add(*on(FRONT, ADP_PALM, ADP_INSERTION), corners=(4,))
    .add(*on(INSET, ADP_PALM, ADP_INSERTION), corners=(4,))
)
# On both the hanging hand and the inset of the side view, so no clip there
# (a clip applies to all of a muscle's shapes in one view).
ABDUCTOR_DIGITI_MINIMI = (
    Muscle("abductor-digiti-minimi-hand")
    .add(*on(FRONT, ADM_PALM, ADM_INSERTION), corners=(5,))
    .add(*on(BACK, ADM_DORSAL, ADM_INSERTION), corners=(4,))
    .add(*on(HANGING, ADM_DORSAL, ADM_INSERTION), corners=(4,))
    .add(*on(INSET, ADM_PALM, ADM_INSERTION), corners=(5,))
)
FIRST_DORSAL_INTEROSSEOUS = (
    Muscle("first-dorsal-interosseous-hand")
    .add(*on(BACK, FDI_DORSAL, FDI_INSERTION), corners=(5,))
    .add(*on(HANGING, FDI_DORSAL, FDI_INSERTION), clip=ARM, corners=(5,))
)
# Each interosseous is one outline, its fibres converging on its tendon.
INTEROSSEI = Muscle("interossei-hand", deep=True)
for _pts in PALMAR_IO:
    INTEROSSEI.add(*on(FRONT, _pts, _pts[3]), corners=(3,))
    INTEROSSEI.add(*on(INSET, _pts, _pts[3]), corners=(3,))
for _pts in DORSAL_IO:
    INTEROSSEI.add(*on(BACK, _pts, _pts[4]), corners=(4,))
    INTEROSSEI.add(*on(HANGING, _pts, _pts[4]), corners=(4,))

MUSCLES = [FLEXOR_DIGITORUM_SUPERFICIALIS, FLEXOR_CARPI_RADIALIS, PALMARIS_LONGUS, FLEXOR_CARPI_ULNARIS,
           FLEXOR_DIGITORUM_PROFUNDUS, FLEXOR_POLLICIS_LONGUS, EXTENSOR_CARPI_RADIALIS_LONGUS,
           EXTENSOR_CARPI_RADIALIS_BREVIS, EXTENSOR_DIGITORUM, EXTENSOR_CARPI_ULNARIS, EXTENSOR_INDICIS,
           OPPONENS_POLLICIS, ADDUCTOR_POLLICIS, ABDUCTOR_DIGITI_MINIMI, FIRST_DORSAL_INTEROSSEOUS, INTEROSSEI]
