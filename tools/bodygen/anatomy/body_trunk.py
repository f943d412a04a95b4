"""Muscle shapes: chest, back, abdomen. See the package docstring for the conventions.

The outlines are written in the figures' own half coordinates and turned into
drawing units by F (front: x = 260 + dx), B (back: x = 260 - dx) and L (left
side view: x = 165 + z, z < 0 in front), dx > 0 towards the patient's left.
Points on the side of the trunk (front/back) or beyond the profile (side
view, clipped to the trunk) are read off the silhouettes, so the shapes
follow them. Landmarks (the figures' numbers, see frontback.py, sides.py and
the bone strokes of details.py):
  front: sternum to dx 11; clavicle y 264-272 out to the acromion (112, 272);
  axilla (81, 325); nipple (42, 352); costal margin COSTAL_F; iliac crest
  down the side to the ASIS (69.5, 508); inguinal ligament INGUINAL_F.
  back: spinous processes T1 264 ... T12 440, L5 500 (16 and 12 apart);
  medial border of the shoulder blade dx 39-50 down to its inferior angle
  (54, 400); 12th rib from (8, 430) to its tip near (60, 446); posterior
  iliac crest rising from the PSIS (21, 508) to (75, 474).
  side: front profile z -60 at the chest, -49 at the waist; back profile 62
  at the shoulder blades, 44 at the waist; iliac crest CREST_S from the ASIS
  (-35, 509) over (8, 489) to the PSIS (46, 509); costal margin COSTAL_S.
"""
import math

from ..frontback import FBOutline
from ..geometry import Chain
from ..sides import SideOutline
from . import Muscle

_FB = Chain(FBOutline("front").part("axilla", "lat_mall"))
_SIDE = SideOutline()
_SF, _SB = Chain(_SIDE.front_poly), Chain(_SIDE.back_poly)


COSTAL_F = [(3.2, 393), (16, 399.6), (30, 409.6), (44, 422.6), (56, 437), (64.6, 452), (69, 466)]
INGUINAL_F = [(69.5, 508), (58, 521.5), (45, 532), (30, 542), (15, 549)]
CREST_S = [(26, 492), (16, 489.6), (0, 489.4), (-18, 495), (-32, 505), (-36, 510)]     # back -> ASIS
COSTAL_S = [(-54, 392), (-40, 418), (-26, 440), (-8, 459), (12, 458), (30, 452)]


def F(*pts):
    return [(260 + x, y) for x, y in pts]


def B(*pts):
    return [(260 - x, y) for x, y in pts]


def L(*pts):
    return [(165 + z, y) for z, y in pts]


def edge(y, inset=1.0):
    """A point on the side of the trunk (front and back views), @inset inside."""
    return (_FB.x(y) - inset, y)


def front_edge(y, out=6.0):
    """Side view: a point @out units in front of the front profile (clipped)."""
    return (_SF.x(y) - out, y)


def back_edge(y, out=6.0):
    """Side view: a point @out units behind the back profile (clipped)."""
    return (_SB.x(y) + out, y)


def before_back(y, depth):
    """Side view: a point @depth units in front of the back profile."""
    return (_SB.x(y) - depth, y)


def fan(view, p):
    """A fibre convergence point given in half coordinates."""
    return {"front": F, "back": B, "left": L}[view](p)[0]


def angle(view, dx, dy):
    """Fibre direction (half coordinates) -> degrees in the drawing."""
    if view == "back":
        dx = -dx
    return math.degrees(math.atan2(dy, dx))


def zigzag(p0, p1, teeth, depth):
    """Interdigitation line from p0 to p1: 2*teeth+1 points, the odd ones
    pushed @depth to the right of the direction of travel and the even ones
    (after the first) to its left."""
    d = (p1[0] - p0[0], p1[1] - p0[1])
    n = math.hypot(*d)
    nx, ny = -d[1] / n, d[0] / n
    out, k = [], 2 * teeth
    for i in range(k + 1):
        t = i / k
        s = 0 if i in (0, k) else (depth if i % 2 else -depth)
        out.append((p0[0] + d[0] * t + nx * s, p0[1] + d[1] * t + ny * s))
    return out


# ---------------------------------------------------------------------------
# Chest
# ---------------------------------------------------------------------------

# Pectoralis major: clavicular head from the medial half of the clavicle,
# sternocostal head from the sternum, costal cartilages 1-6 and the external
# oblique aponeurosis; converges on a flat tendon to the lateral lip of the
# intertubercular groove of the humerus, under the anterior deltoid. Its
# lower edge is the anterior axillary fold.
pectoralis_major = Muscle("pectoralis-major").add("front", F(
    (9, 267), (30, 268.5), (52, 270), (62, 277), (71, 292), (79, 304), (88, 308), (88, 318),
    (81, 331), (76, 352), (67, 372), (54, 386), (38, 392), (22, 390), (9, 382), (8, 320)),
    fibres=fan("front", (90, 312)), corners=(6, 7)).add("left", L(
        (-30, 266), (-22, 269), (-16, 282), (-20, 302), (-28, 318), (-38, 336), (-48, 358),
        (-54, 380), front_edge(388), front_edge(350, 8), front_edge(310, 8), front_edge(280, 8),
        (-38, 263)), fibres=fan("left", (-18, 305)), clip="trunk", corners=(3,))

# Pectoralis minor: from the outer surfaces of ribs 3-5 near their
# cartilages up to the coracoid process, under pectoralis major.
pectoralis_minor = Muscle("pectoralis-minor", deep=True).add("front", F(
    (75, 280), (72, 292), (62, 312), (52, 334), (47, 354), (40, 352), (34, 336), (31, 318),
    (44, 304), (59, 291), (69, 281)), fibres=fan("front", (75, 281)), corners=(0, 4)).add("left", L(
        (-20, 280), (-38, 287), (-52, 298), (-59, 316), (-58, 338), (-50, 333), (-40, 316),
        (-29, 298)), fibres=fan("left", (-20, 282)), clip="trunk", corners=(0, 4))

# Subclavius: from the first rib at its cartilage to the groove under the
# middle third of the clavicle.
subclavius = Muscle("subclavius", deep=True).add("front", F(
    (13, 273), (22, 268), (38, 264.5), (54, 265.5), (64, 268), (54, 272), (38, 273.5), (22, 276.5)),
    fibres=angle("front", 10, -1)).add("left", L(
        (-44, 284), (-36, 277), (-24, 271), (-10, 268.5), (-14, 274), (-28, 280), (-38, 286)),
        fibres=angle("left", 10, -3), clip="trunk")

# Sternalis: a thin vertical strap on the front of the sternum, from the
# manubrium (and the sternal head of sternocleidomastoid's fascia) down to
# the lower costal cartilages and the rectus sheath.
sternalis = Muscle("sternalis").add("front", F(
    (3, 278), (6.5, 280), (8.5, 305), (9.5, 340), (8.5, 366), (5.5, 376), (3, 368), (1.5, 340), (0.8, 305)),
    fibres=90)


# The line where the lower teeth of serratus anterior interlock with the
# upper digitations of external oblique (front and side views).
SA_EO_FRONT = zigzag((55, 378), (78, 430), 3, 3.5)
SA_EO_SIDE = zigzag((-47, 374), (18, 440), 4, 4.5)

# Serratus anterior: digitations from the outer surfaces of ribs 1-9 that
# wrap round the chest wall to the costal surface of the medial border of
# the scapula. Front: the slips below the axilla between pectoralis major and
# the side of the trunk. Side: the fan between pectoralis major, the hanging
# arm and latissimus dorsi, its teeth interlocking with external oblique.
serratus_anterior = Muscle("serratus-anterior").add("front", F(
    (80, 330), edge(345, 0.6), edge(375, 0.6), edge(405, 0.6), *SA_EO_FRONT[::-1],
    (62, 364), (72, 344)), fibres=angle("front", 1, -0.4), corners=(4, 10)).add("left", L(
        (-30, 318), (-40, 340), *SA_EO_SIDE, (26, 422), (30, 390), (26, 350), (14, 318), (-8, 302)),
        fibres=fan("left", (40, 300)), clip="trunk", corners=(2, 10))

# Intercostals: the muscle layers filling the spaces between the ribs, from
# the sternum (in front of the costal margin lower down) round the side of
# the chest to the angles of the ribs and on to the spine. Drawn as the
# intercostal spaces, each a band between two ribs; the ribs are simple
# curves (front: a shallow smile from the sternum to the side; back: sloping
# down and out from the spine; side: sloping down towards the front).
RIB_HALF = 2.0                        # half the thickness of a rib


# the costal margins as y(u): Chain interpolates its first coordinate along
# its second, so the pairs are (y, u)
_costal_front = Chain([(y, x) for x, y in COSTAL_F]).x
_costal_side = Chain([(y, z) for z, y in COSTAL_S] + [(452, 60)]).x


def _space(rib, k, u0, u1, limit=None, n=7):
    """The band between rib k and rib k+1 (rib(k, u) -> y), for u from u0 to
    u1, its lower edge kept above @limit(u); None where it closes up."""
    us = [u0 + (u1 - u0) * i / (n - 1) for i in range(n)]
    top = [(u, rib(k, u) + RIB_HALF) for u in us]
    low = [(u, min(rib(k + 1, u) - RIB_HALF, limit(u) if limit else 1e9)) for u in us]
    keep = [i for i in range(n) if low[i][1] - top[i][1] > 3]
    if len(keep) < 3:
        return None
    top, low = [top[i] for i in keep], [low[i] for i in keep]
    return top + low[::-1], (0, len(top) - 1, len(top), 2 * len(top) - 1)


_RIB_FRONT = [270, 285, 301, 317, 334, 352, 370, 387, 404, 421]          # ribs 1-10 at the sternum


def _rib_front(k, dx):
    return _RIB_FRONT[k] + 7 * math.sin(math.pi * (dx - 11) / 70)


def _rib_back(k, dx):
    return 257 + 16 * k + 0.3 * (dx - 8)                                 # rib k+1 at the spine


def _rib_side(k, z):
    return 260 + 16 * k + 0.18 * (60 - z)


intercostals = Muscle("intercostals", deep=True)
for k in range(9):                     # spaces 1-9 in front
    lat = [46, 66, 74] + [_FB.x(_RIB_FRONT[k] + 8) - 1.5] * 6
    med = 11 if k < 6 else 13
    sp = _space(_rib_front, k, med, lat[k], _costal_front if k >= 5 else None)
    if sp:
        intercostals.add("front", F(*sp[0]), fibres=angle("front", -1, 1), corners=sp[1])
for k in range(11):                    # spaces 1-11 behind, from beside the spine to the side
    y = _rib_back(k, 40)
    lat = 56 + 3.5 * k if y < 330 else _FB.x(y + 10) - 1.5
    lat = {9: 70, 10: 58}.get(k, lat)  # the floating ribs are short
    sp = _space(_rib_back, k, 10, min(lat, _FB.x(y + 10) - 1.5), n=6)
    if sp:
        intercostals.add("back", B(*sp[0]), fibres=angle("back", 1, 1), corners=sp[1])
for k in range(11):                    # spaces 1-11 on the side, back profile to front / costal margin
    y = _rib_side(k, 0)
    sp = _space(_rib_side, k, _SF.x(y) - 4, _SB.x(y) + 4, _costal_side, n=9) if y < 470 else None
    if sp:
        intercostals.add("left", L(*sp[0]), fibres=angle("left", -1, 1), clip="trunk", corners=sp[1])

# Diaphragm: the left dome, from the xiphoid, the inner surfaces of the lower
# six costal cartilages and ribs and (by its crus) the bodies of L1-L2, up to
# the central tendon, which it pulls down when it contracts.
diaphragm = Muscle("diaphragm", deep=True).add("front", F(
    (1.5, 376), (18, 362), (36, 349), (50, 347), (64, 355), (74, 372), edge(395), edge(430),
    edge(458), *COSTAL_F[::-1][:-1], (13, 420), (11, 445), (8, 463), (5, 463), (4, 435), (2.5, 402)),
    fibres=fan("front", (20, 380)), corners=(8, 9, 14, 17, 18)).add("left", L(
        front_edge(382), (-42, 362), (-20, 344), (2, 338), (24, 348), (40, 372), (44, 408),
        (40, 440), (30, 458), (22, 478), (12, 480), (8, 462), *COSTAL_S[::-1][2:], front_edge(398)),
        fibres=fan("left", (0, 380)), clip="trunk", corners=(10,))


# ---------------------------------------------------------------------------
# Abdomen
# ---------------------------------------------------------------------------

# Rectus abdominis: from the pubic crest and symphysis up to the xiphoid and
# the cartilages of ribs 5-7, its belly crossed by three tendinous
# intersections (drawn as four segments): one near the xiphoid, one halfway
# down, one just above the navel.
_RA_LAT = Chain([(46, 376), (48, 390), (48.5, 410), (48, 440), (47, 468), (45.5, 490), (41, 510),
                 (33, 526), (23, 538), (15, 544)])


def _ra_segment(y0, y1, top=None):
    """One segment of rectus between two intersections at y0 and y1."""
    top = top or [(1.5, y0), (_RA_LAT.x(y0), y0)]
    ys = [y0 + (y1 - y0) * t for t in (0.33, 0.66)]
    return F(*top, *[(_RA_LAT.x(y), y) for y in ys], (_RA_LAT.x(y1), y1), (1.5, y1 + 1))


rectus_abdominis = Muscle("rectus-abdominis")
rectus_abdominis.add("front", _ra_segment(376, 404, [(1.5, 392), (16, 386.5), (32, 380.5), (46, 376)]),
                     fibres=90, corners=(0, 3, 6, 7))
rectus_abdominis.add("front", _ra_segment(406.5, 435), fibres=90, corners=(0, 1, 4, 5))
rectus_abdominis.add("front", _ra_segment(437.5, 465), fibres=90, corners=(0, 1, 4, 5))
rectus_abdominis.add("front", F(
    (1.5, 467.5), (47, 467.5), (45.5, 490), (41, 510), (33, 526), (23, 538), (15, 544), (1.5, 544),
    (1.2, 505)), fibres=90, corners=(0, 1, 6, 7))
rectus_abdominis.add("left", L(
    (-54, 372), (-46, 380), (-43, 420), (-42, 460), (-41.5, 500), (-41, 530), (-43, 549),
    front_edge(552), front_edge(500), front_edge(440), front_edge(380), (-60, 368)),
    fibres=90, clip="trunk")

# Pyramidalis: a small triangle in front of the lowest part of rectus, from
# the pubic crest up to the linea alba.
pyramidalis = Muscle("pyramidalis").add("front", F(
    (1.2, 506), (6, 518), (12, 532), (15, 543), (1.5, 543)),
    fibres=fan("front", (1.2, 506)), corners=(0, 3, 4))

# External oblique: fleshy digitations from the outer surfaces of ribs 5-12
# (interlocking with serratus anterior and latissimus dorsi), running down
# and forward to the anterior half of the iliac crest, the inguinal ligament
# and, by its aponeurosis, the linea alba; the fleshy part is drawn.
external_oblique = Muscle("external-oblique").add("front", F(
    (46, 386), *SA_EO_FRONT, edge(445, 0.6), edge(466, 0.6), (73.4, 478), (72.4, 492), INGUINAL_F[0],
    (58, 523), (54, 526), (50, 505), (49, 470), (46.5, 448), (43, 430), (44, 405)),
    fibres=angle("front", -1, 1.25), corners=(1, 7, 12, 14)).add("left", L(
        front_edge(372), *SA_EO_SIDE, (24, 450), (22, 470), *CREST_S, (-40, 530), (-41.5, 550),
        front_edge(556), front_edge(500), front_edge(440)),
        fibres=angle("left", -1, 1.1), clip="trunk", corners=(1, 9, 12, 17, 20))


# Internal oblique (under external oblique): from the lateral part of the
# inguinal ligament, the anterior iliac crest and the thoracolumbar fascia,
# fanning up and forward to the lower three ribs and the costal margin, and
# with its lowest fibres arching over the spermatic cord to the pubic crest.
internal_oblique = Muscle("internal-oblique", deep=True).add("front", F(
    edge(452, 0.8), edge(468, 0.8), (73.2, 482), (72, 496), INGUINAL_F[0], (58, 524.5), (45, 535),
    (30, 545), (15, 552), (8, 541), (20, 528), (34, 518), (44, 498), (46, 470), (48, 440), (50, 430),
    COSTAL_F[4], COSTAL_F[5]), fibres=fan("front", (71, 506)), corners=(0, 8, 9, 15)).add("left", L(
        (28, 452), (21, 470), *CREST_S, (-40, 530), (-41, 552), front_edge(558), front_edge(500),
        front_edge(420), *COSTAL_S[1:5]), fibres=angle("left", 1, 1), clip="trunk", corners=(0, 9))


# Transversus abdominis (deepest): from the inner surfaces of costal
# cartilages 7-12, the thoracolumbar fascia, the iliac crest and the lateral
# inguinal ligament, its fibres running across to the linea alba.
transversus_abdominis = Muscle("transversus-abdominis", deep=True).add("front", F(
    (12, 391), (30, 400), (44, 413), (56, 427), (64.6, 442), (71, 456), edge(462, 0.8), edge(478, 0.8),
    (72, 494), INGUINAL_F[0], (60, 520), (51, 512), (46, 480), (44, 455), (36, 432), (22, 412),
    (10, 403)), fibres=0, corners=(0, 9, 10, 16)).add("left", L(
        front_edge(380), (-50, 384), (-44, 400), (-30, 430), (-14, 452), (8, 459), (30, 452), (36, 470),
        (33, 492), *CREST_S[1:], (-40, 528), front_edge(532), front_edge(470), front_edge(410)),
        fibres=0, clip="trunk", corners=(8, 13))


# ---------------------------------------------------------------------------
# Back
# ---------------------------------------------------------------------------

# Latissimus dorsi: from the spinous processes T7-L5 (through the
# thoracolumbar fascia), the posterior iliac crest, the lowest 3-4 ribs and
# the inferior angle of the scapula; its fleshy fibres converge up and out,
# wind round teres major and insert by a flat tendon into the floor of the
# intertubercular groove of the humerus. The fleshy part is drawn; the wide
# aponeurosis over the low back is left out.
latissimus_dorsi = Muscle("latissimus-dorsi").add("back", B(
    (2, 396), (24, 395), (44, 399), (56, 403), (64, 386), (71, 364), (76.5, 344), (80, 331), (83, 323.5),
    (85, 327), edge(340, 0), edge(380, 0.6), edge(425, 0.6), edge(460, 0.6), edge(478, 0.8),
    (62, 481), (50, 470), (36, 456), (22, 436), (10, 415)),
    fibres=fan("back", (90, 318)), corners=(0, 8, 9)).add("left", L(
        (6, 318), (20, 322), (36, 350), (48, 374), back_edge(393, 2), (56, 412), (50, 435), (44, 458),
        (41, 480), (42, 502), (30, 494), (21, 490), (19, 460), (17, 420), (14, 380), (11, 345), (8, 328)),
        fibres=fan("left", (4, 316)), clip="trunk", corners=(9, 11))


# Rhomboids (under trapezius): minor from the spinous processes C7-T1 to the
# medial border of the scapula at the root of its spine; major from T2-T5 to
# the medial border below, down to the inferior angle.
rhomboids = Muscle("rhomboids", deep=True).add("back", B(
    (1.5, 248), (20, 257), (41, 268), (39, 289), (20, 276.5), (1.5, 262)),
    fibres=angle("back", 38, 25), corners=(0, 2, 3, 5)).add("back", B(
        (1.5, 265), (20, 278.5), (38.5, 291), (39.5, 320), (43, 350), (47, 376), (53, 398),
        (36, 380), (18, 362), (1.5, 346)), fibres=angle("back", 38, 25), corners=(0, 2, 6, 9))

# Serratus posterior superior (under the rhomboids): from the spinous
# processes C7-T3 down and out to the upper borders of ribs 2-5, just
# lateral to their angles, mostly under the upper part of the scapula.
serratus_posterior_superior = Muscle("serratus-posterior-superior", deep=True).add("back", B(
    (1.5, 244), (14, 252), (32, 268), (50, 284), (60, 300), (62, 318), (57, 332), (42, 318),
    (22, 302), (1.5, 290)), fibres=angle("back", 1, 0.75), corners=(0, 5, 6, 9))

# Serratus posterior inferior (under latissimus dorsi): from the spinous
# processes T11-L2 up and out to the lower borders of ribs 9-12.
serratus_posterior_inferior = Muscle("serratus-posterior-inferior", deep=True).add("back", B(
    (1.5, 420), (14, 414), (34, 405), (54, 397), (64, 398), (70, 414), (68, 430), (62, 446),
    (44, 452), (22, 460), (1.5, 468)), fibres=angle("back", 1, -0.7), corners=(0, 4, 7, 10)).add(
        "left", L(back_edge(414), back_edge(445), back_edge(468), (38, 462), (28, 452), (22, 438),
                  (24, 420), (32, 404), (44, 408)), fibres=angle("left", -1, -0.8), clip="trunk",
        corners=(4, 6))

# Iliocostalis thoracis (under latissimus dorsi, rhomboids and trapezius):
# from the angles of ribs 7-12 up to the angles of ribs 1-6 and the
# transverse process of C7; the lateral column of the erector spinae.
iliocostalis_thoracis = Muscle("iliocostalis-thoracis", deep=True).add("back", B(
    (24, 262), (31, 262), (36, 290), (41, 330), (45, 370), (49, 410), (51, 440), (44, 450),
    (37, 442), (33, 400), (30, 350), (26, 300)), fibres=90, corners=(0, 1, 6, 7)).add("left", L(
        (34, 276), before_back(330, 8), before_back(380, 9), before_back(420, 10), before_back(448, 12),
        back_edge(445, 3), back_edge(400, 3), back_edge(340, 3), back_edge(290, 3), (40, 268)),
        fibres=90, clip="trunk", corners=(4,))

# Iliocostalis lumborum: from the iliac crest and the sacrum (the common
# erector spinae tendon) up to the angles of ribs 7-12; the lateral column in
# the low back, a hand's width out from the spine.
iliocostalis_lumborum = Muscle("iliocostalis-lumborum", deep=True).add("back", B(
    (24, 514), (22, 495), (25, 470), (28, 440), (33, 405), (38, 378), (45, 372), (50, 395),
    (54, 420), (54, 448), (51, 472), (47, 491), (36, 500)), fibres=90, corners=(0, 6, 12)).add(
        "left", L(before_back(376, 9), back_edge(380, 3), back_edge(430, 3), back_edge(480, 3),
                  back_edge(510, 3), (46, 512), before_back(490, 14), before_back(460, 14),
                  before_back(420, 12)), fibres=90, clip="trunk", corners=(0, 5))

# Longissimus thoracis: the middle column, from the sacrum, the lumbar
# transverse processes and the thoracolumbar fascia up to the transverse
# processes of all thoracic vertebrae and the ribs between their tubercles
# and angles; thickest in the low back, two finger-widths from the spine.
longissimus_thoracis = Muscle("longissimus-thoracis", deep=True).add("back", B(
    (5, 540), (5, 500), (6, 460), (7, 420), (8, 360), (9, 300), (10, 268), (16, 266), (21, 300),
    (23, 360), (24, 420), (26, 460), (24, 500), (17, 535)), fibres=90, corners=(0, 6, 7, 13)).add(
        "left", L(before_back(272, 7), before_back(330, 8), before_back(400, 8), before_back(460, 9),
                  before_back(505, 8), (48, 535), back_edge(520, 3), back_edge(460, 3),
                  back_edge(380, 3), back_edge(290, 3), (40, 266)), fibres=90, clip="trunk",
        corners=(5,))

# Quadratus lumborum (under the erector spinae): from the iliolumbar
# ligament and the posterior iliac crest up to the medial half of the 12th
# rib and, by its medial slips, to the transverse processes of L1-L4.
quadratus_lumborum = Muscle("quadratus-lumborum", deep=True).add("back", B(
    (10, 432), (28, 437), (46, 442), (60, 445), (62, 460), (64, 475), (66, 483), (52, 490),
    (38, 497), (27, 503), (19, 500), (16, 484), (15, 468), (13, 450)),
    fibres=angle("back", -0.12, 1), corners=(0, 3, 6, 9)).add("left", L(
        (11, 452), (24, 444), (38, 435), (41, 455), (42, 478), (41, 500), (28, 493.5), (14, 490),
        (9, 472)), fibres=angle("left", 0.15, 1), clip="trunk", corners=(0, 2, 5))

# Iliopsoas: psoas major from the bodies and transverse processes of T12-L4,
# down along the pelvic brim, joined by iliacus from the iliac fossa; the
# common belly passes under the inguinal ligament, in front of the hip joint,
# to the lesser trochanter of the femur.
iliopsoas = Muscle("iliopsoas", deep=True).add("front", F(
    (6, 437), (15, 437), (28, 452), (42, 464), (50, 476), (62, 472), (69, 475), (70.5, 490), (68.5, 506),
    (65, 522), (63, 545), (58, 575), (54, 593), (49, 593), (40, 570), (36, 545), (31, 526), (20, 508),
    (12, 485), (8, 460)), fibres=fan("front", (52, 600)), corners=(0, 1, 12, 13)).add("left", L(
        (6, 438), (22, 438), (26, 470), (22, 492), (8, 508), (-8, 524), (-18, 545), (-19, 568),
        (-9, 592), (-18, 597), (-39, 576), (-41, 555), (-41, 535), (-39, 518), (-37, 508), (-32, 503),
        (-18, 493.5), (0, 491), (4, 478), (4, 460)), fibres=fan("left", (-12, 597)), clip="trunk",
        corners=(0, 1, 8, 9))


MUSCLES = [
    intercostals, diaphragm, transversus_abdominis, internal_oblique, iliopsoas, quadratus_lumborum,
    pectoralis_minor, subclavius, rhomboids, serratus_posterior_superior, serratus_posterior_inferior,
    iliocostalis_thoracis, longissimus_thoracis, iliocostalis_lumborum, external_oblique, serratus_anterior,
    rectus_abdominis, pyramidalis, latissimus_dorsi, pectoralis_major, sternalis,
]
