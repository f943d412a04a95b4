"""Muscle shapes: shoulder girdle and arm. See the package docstring for the conventions.

Landmarks used below (patient's left; front view x = 260 + d, back view
x = 260 - d, d the distance from the midline):
  back view  - shoulder blade: superior angle (217, 256), medial border
               x 220 (y 268-375), inferior angle (206, 399), lateral border
               (198, 384) -> (186, 340) -> (174, 302) -> glenoid (170, 292);
               spine from its root (221, 292) out to the acromion (148, 270);
               humeral head about (150, 290); olecranon (136, 452); outer
               elbow knob (lateral epicondyle) (115, 444).
  front view - clavicle y 266-272 out to the acromion (372, 272); coracoid
               (348, 284); deltoid tuberosity (392, 373); elbow crease y 448,
               inner elbow knob (medial epicondyle) (362, 444), outer one
               (405, 444); wrist (radial styloid) (420, 578).
"""
from ..geometry import Chain, cr_segments, sample_segs
from ..insets import INSET_ARM_TOP, inset_arm_pts
from ..sides import SideOutline, arm_pose
from ..views import ARM_SHIFT, SIDE_PX
from . import Muscle


def _side_frames():
    """The side view's hanging arm in its rest frame (front and back edges as
    functions of y), and the inner-arm inset's two contours."""
    so = SideOutline()
    front = Chain([p for p in so.rest_part("top", "wrist_out") if p[1] >= 261])
    back = Chain([p for p in so.rest_part("wrist_in", "back_top") if p[1] >= 261])
    loc, tags = inset_arm_pts()
    nt = len(INSET_ARM_TOP)
    pts = [(x + SIDE_PX + ARM_SHIFT, y) for x, y in loc]
    corners = [0, nt - 1] + [tags["web%d" % k] for k in range(4)]
    dense, starts = sample_segs(cr_segments(pts, True, corners), 1.0)
    outer = Chain(dense[starts[nt - 1]:starts[tags["wrist_out"]] + 1])
    inner = Chain(dense[starts[tags["wrist_in"]]:] + [dense[0]])
    return front, back, inner, outer


_ARM_F, _ARM_B, _INSET_IN, _INSET_OUT = _side_frames()


def side_arm(pts):
    """Points on the hanging arm of the side view, given as (f, y) in the
    arm's rest frame (hanging straight down): f is the fraction of the way
    from the front of the arm (0) to its back (1), y the height. They follow
    the arm's pose, so the shapes stay on the arm wherever it is drawn."""
    out = []
    for f, y in pts:
        z0, z1 = _ARM_F.x(y), _ARM_B.x(y)
        z, yy = arm_pose((z0 + (z1 - z0) * f, y))
        out.append((SIDE_PX + z, yy))
    return out


def inner_arm(pts):
    """Points on the "Inner arm" inset of the side view, as (f, y): f from its
    inner (back, little-finger side) contour (0) to its outer (front, thumb
    side) contour (1)."""
    return [(_INSET_IN.x(y) + (_INSET_OUT.x(y) - _INSET_IN.x(y)) * f, y) for f, y in pts]


# ----------------------------------------------------------------------------
# Rotator cuff and teres major. In the side view they are seen behind the
# hanging arm (clip "trunk"): the blade is foreshortened there, its medial
# border near the outline of the back (x 222), its lateral border running from
# under the arm at the shoulder (186, 292) back and down to the inferior angle
# (216, 399), and its spine from under the arm back to (222, 293).
# ----------------------------------------------------------------------------

# Supraspinatus: supraspinous fossa (above the spine, out from the superior
# angle) -> under the acromion -> top facet of the greater tubercle. Deep under
# the upper trapezius.
SUPRASPINATUS = (
    Muscle("supraspinatus", deep=True)
    .add("back",
         [(217, 257), (220.5, 272), (220.5, 289),                # medial end, down to the spine root
          (205, 284.5), (188, 279), (170, 274), (157, 272.5),   # along the top of the spine
          (149, 280), (141.5, 286.5),                           # tendon under the acromion
          (142, 281.5), (148, 275), (158, 268.5), (175, 263.5), (195, 260), (209, 257.5)],
         fibres=(141, 281), corners=(8,))
    .add("left",
         [(167, 284),                                           # tendon, under the deltoid
          (175, 276), (188, 270.5), (202, 267), (214, 268), (224, 274),   # under the trapezius slope
          (228, 285), (224, 294),                               # medial end
          (210, 289.5), (198, 286.5), (186, 287), (176, 288)],  # above the spine, then under the acromion
         fibres=(167, 285), clip="trunk", corners=(0,))
)

# Infraspinatus: infraspinous fossa (below the spine, from the medial border
# down to near the inferior angle) -> middle facet of the greater tubercle,
# passing behind the shoulder joint under the posterior deltoid.
INFRASPINATUS = (
    Muscle("infraspinatus")
    .add("back",
         [(142, 291),                                           # tendon on the greater tubercle
          (151, 284.5), (165, 280), (182, 283), (200, 289.5), (216, 295),   # under the spine
          (220, 310), (219, 340), (215.5, 362), (211, 378),     # medial border
          (204, 365), (197, 354), (192, 344),                   # over teres major
          (190, 330), (186, 318), (178, 309), (166, 303), (155, 299.5), (147, 297)],   # over teres minor
         fibres=(142, 291), corners=(0,))
    .add("left",
         [(176, 297),                                           # tendon, under the deltoid
          (186, 291.5), (198, 289.5), (210, 292), (222, 295.5), (232, 300),   # under the spine
          (233, 335), (230, 365), (227, 380),                   # medial border, at the outline of the back
          (220, 378), (214, 362), (213, 348),                   # over teres major
          (216, 339), (219, 330), (218, 320), (208, 313), (197, 307.5), (186, 303)],   # over teres minor
         fibres=(176, 297), clip="trunk", corners=(0,))
)

# Teres minor: middle of the lateral border of the blade (upper half) ->
# lowest facet of the greater tubercle; a round band just below infraspinatus.
TERES_MINOR = (
    Muscle("teres-minor")
    .add("back",
         [(145, 299), (155, 299.5), (166, 303), (178, 309), (186, 318), (190, 330),   # under infraspinatus
          (192, 344),                                           # lowest fibres, on the border
          (183, 332), (178.5, 323.5), (168, 316), (157, 309), (149, 305)],   # over the long head of triceps
         fibres=(145, 302), corners=(0, 6))
    .add("left",
         [(177, 304), (186, 303), (197, 307.5), (208, 313), (218, 320),   # under infraspinatus
          (219, 330), (216, 339),                               # origin on the border
          (207, 333), (196, 325), (185, 315), (179, 309)],
         fibres=(177, 305), clip="trunk", corners=(0,))
)

# Teres major: dorsal surface of the inferior angle and the lower lateral
# border -> crest of the lesser tubercle on the front of the humerus, passing
# in front of the long head of triceps; with latissimus dorsi it makes the
# back fold of the armpit.
TERES_MAJOR = (
    Muscle("teres-major")
    .add("back",
         [(206, 399), (211.5, 390), (211, 378),                 # inferior angle
          (204, 365), (197, 354), (192, 344),                   # under infraspinatus
          (183, 332), (178.5, 323.5), (170, 319), (163, 318.5),   # upper edge, under teres minor
          (162, 324.5),                                         # into the arm, under the long head of triceps
          (170, 327), (175.5, 327.5), (179, 324.6), (180.4, 331), (181, 340), (185, 355), (192, 372), (199, 388)],   # back fold
         fibres=(172, 322), corners=(0,))
    .add("left",
         [(217, 400), (225, 390), (227, 380), (220, 378), (214, 362), (213, 348),   # inferior angle
          (205, 343), (195, 336), (186, 329.5), (178, 326),     # upper edge, into the armpit
          (174, 331),                                           # under the arm
          (178, 340), (186, 352), (196, 368), (206, 386)],      # back fold of the armpit
         fibres=(175, 331), clip="trunk", corners=(0, 10))
)

# Subscapularis: the whole front (rib) surface of the blade -> lesser tubercle
# at the front of the humeral head. Seen through the blade from behind (and
# from the side); its outer edge bulges past the lateral border into the back
# wall of the armpit.
SUBSCAPULARIS = (
    Muscle("subscapularis", deep=True)
    .add("back",
         [(217, 259), (220.5, 280), (221, 305), (219, 335), (215, 362), (210, 385),   # medial border
          (205, 396),                                           # inferior angle
          (196, 388), (186, 362), (181, 345), (180.6, 332), (179.6, 325), (176, 319),   # past the lateral border
          (163, 304), (152, 298),                               # tendon in front of the joint
          (158, 290), (172, 281), (190, 270), (207, 262)],      # upper edge (superior border)
         fibres=(152, 298), corners=(14,))
    .add("left",
         [(168, 292),                                           # tendon, under the arm
          (178, 278), (194, 268), (210, 262), (224, 262),       # superior border
          (230, 275), (231, 310), (230, 350), (226, 385),       # medial border
          (217, 401),                                           # inferior angle
          (208, 390), (198, 368), (189, 345), (182, 325), (176, 308)],   # the back wall of the armpit
         fibres=(168, 292), clip="trunk", corners=(0, 9))
)

# ----------------------------------------------------------------------------
# Deltoid
# ----------------------------------------------------------------------------

# Deltoid: lateral third of the clavicle, acromion and spine of the blade ->
# deltoid tuberosity halfway down the outside of the humerus.
DELTOID = (
    Muscle("deltoid")
    # front: clavicular (anterior) fibres from the outer clavicle, bordered
    # medially by the deltopectoral groove; acromial (middle) fibres at the side
    .add("front",
         [(336, 267.5), (350, 268.5), (362, 270), (371.5, 273.5),   # clavicle to acromion
          (380.3, 284), (385, 298), (387.5, 318), (390, 345), (392.5, 364),   # down the outside of the arm
          (392, 374),                                           # insertion
          (382, 368), (368, 357), (355, 341), (346, 323), (340, 304), (337, 286)],   # deltopectoral groove
         fibres=(391, 372), corners=(0, 9))
    # back: spinal (posterior) fibres from the spine of the blade and the
    # acromial fibres at the side, down to the same tuberosity
    .add("back",
         [(197, 283), (180, 278.5), (163, 274), (150.5, 273),   # along the spine to the acromion
          (141, 280), (135.6, 295), (133, 310), (131.6, 328), (130, 345), (128.4, 363),   # outside of the arm
          (129.5, 375),                                         # insertion
          (140, 366), (153, 351), (166, 334), (177, 316), (186, 300), (192, 291)],   # posterior border
         fibres=(130, 374), corners=(0, 10))
    # side: the whole cap of the hanging arm, anterior fibres in front,
    # posterior ones behind, converging on the tuberosity
    .add("left",
         [(136, 262), (152, 254), (176, 255), (195, 266)]       # over the top of the shoulder (clipped)
         + side_arm([(1.08, 285), (1.06, 303), (0.93, 320), (0.76, 338), (0.58, 355),   # posterior border
                     (0.44, 371),                               # insertion
                     (0.30, 357), (0.17, 342), (0.06, 326), (-0.03, 310), (-0.07, 292), (-0.08, 276)]),
         fibres=side_arm([(0.44, 371)])[0], clip="arm", corners=(9,))
)

# ----------------------------------------------------------------------------
# Upper arm. Side view: the hanging arm seen from the outside (biceps in
# front, triceps behind, brachialis between them low down) and the "Inner
# arm" inset (triceps on the left, coracobrachialis high in the middle,
# biceps on the right).
# ----------------------------------------------------------------------------

# Coracobrachialis: tip of the coracoid -> middle of the inner side of the
# humerus; behind the short head of biceps, under pectoralis major above.
CORACOBRACHIALIS = (
    Muscle("coracobrachialis", deep=True)
    .add("front",
         [(346, 283), (351.5, 284), (354.5, 305), (358.5, 330), (362, 355), (364, 377),
          (360, 373), (352.5, 350), (348.5, 326), (345, 302)],
         fibres=95, corners=(0, 5))
    .add("left",
         inner_arm([(0.27, 326), (0.54, 324.5), (0.57, 345), (0.57, 365), (0.53, 383),
                    (0.45, 372), (0.37, 352), (0.29, 338)]),
         fibres=93, corners=(0, 1, 4))
)

# Biceps brachii: short head from the coracoid, long head from above the
# glenoid through the groove between the tubercles -> radial tuberosity
# below the elbow crease (and the bicipital aponeurosis, not drawn).
BICEPS = (
    Muscle("biceps-brachii")
    .add("front",
         [(347, 283), (351.5, 284), (357, 318),                 # short head tendon, down to the fork
          (362, 297), (366, 277),                               # long head tendon, up through the groove
          (369.5, 278), (375, 298), (382, 328), (387.5, 360), (389.5, 392), (388, 420), (385.5, 440),   # outer edge
          (387.5, 466),                                         # tendon on the radius
          (380.5, 441), (370, 418), (362, 390), (356.5, 360), (350, 325), (347.5, 300)],   # inner edge
         fibres=(383, 452), corners=(0, 2, 4, 12))
    .add("left",
         side_arm([(0.22, 286),                                 # long head tendon, under the deltoid
                   (0.32, 298), (0.40, 325), (0.44, 355), (0.43, 385), (0.37, 415), (0.27, 440),
                   (0.20, 467),                                 # tendon on the radius
                   (0.10, 450), (0.03, 428), (0.02, 400), (0.02, 370), (0.03, 340), (0.07, 315), (0.14, 297)]),
         fibres=side_arm([(0.2, 460)])[0], corners=(0, 7))
    .add("left",
         inner_arm([(0.50, 325.5), (0.96, 325), (0.97, 350), (0.95, 385), (0.88, 415), (0.76, 440),
                    (0.66, 466),                                # tendon
                    (0.60, 445), (0.55, 420), (0.50, 390), (0.48, 355)]),
         fibres=inner_arm([(0.66, 460)])[0], corners=(0, 1, 6))
)

# Brachialis: lower half of the front of the humerus (clasping the deltoid
# insertion) -> tuberosity of the ulna, under the biceps.
BRACHIALIS = (
    Muscle("brachialis", deep=True)
    .add("front",
         [(369, 352), (381, 346), (390, 360),                   # origin around the deltoid insertion
          (394.3, 383), (397.6, 405), (401.5, 428), (399, 448),   # outer edge
          (385, 474),                                           # ulnar tuberosity
          (374, 462), (365, 443), (361.5, 418), (361.5, 395), (364.5, 370)],
         fibres=(383, 470), corners=(7,))
    .add("left",
         side_arm([(0.26, 352), (0.40, 358), (0.52, 372), (0.58, 398), (0.60, 422), (0.55, 444), (0.44, 462),
                   (0.32, 477),                                 # ulnar tuberosity
                   (0.20, 463), (0.13, 440), (0.13, 410), (0.16, 378)]),
         fibres=side_arm([(0.32, 474)])[0], corners=(7,))
    .add("left",
         inner_arm([(0.42, 372), (0.60, 366), (0.85, 390), (0.93, 420), (0.85, 448),
                    (0.62, 476),                                # ulnar tuberosity
                    (0.45, 455), (0.38, 430), (0.38, 400)]),
         fibres=inner_arm([(0.62, 472)])[0], corners=(5,))
)

# Triceps brachii: long head from just below the glenoid, lateral and medial
# heads from the back of the humerus -> olecranon. Back view: the long head
# (inner) and the lateral head (outer) make a horseshoe round the flat common
# tendon; the medial head shows on either side of the tendon above the elbow.
# Front view: the strip of the long and medial heads seen behind the biceps
# on the inner side of the arm. Side view: the long head along the back of
# the arm, the lateral head in front of it, and the tendon with the medial
# head above the olecranon; on the inset, the long and medial heads.
TRICEPS = (
    Muscle("triceps-brachii")
    .add("back",   # long head
         [(170, 295), (174.5, 308), (175.5, 326), (172, 342), (169, 360), (166, 382), (163, 400),
          (159, 416),                                           # lowest fibres on the tendon
          (150, 402), (146, 390), (141, 375),                   # edge of the common tendon
          (143.5, 358), (148, 340), (155, 320), (163, 303)],
         fibres=(150, 430), corners=(0, 7, 10))
    .add("back",   # lateral head
         [(147, 303), (140, 305), (133.5, 318), (131, 340), (128.5, 362), (125, 385), (123, 402),
          (120.5, 417),                                         # lowest fibres on the tendon
          (128, 408), (134, 395), (141, 375),                   # edge of the common tendon
          (141.5, 355), (144.5, 330)],
         fibres=(130, 430), corners=(0, 7, 10))
    .add("back",   # common tendon, with the medial head either side of it
         [(141, 375), (146, 390), (150, 402), (159, 416), (161, 426), (158.5, 436), (152, 446),
          (143, 452), (132, 452),                               # on the olecranon
          (121.5, 444), (118, 431), (120.5, 417), (128, 408), (134, 395)],
         fibres=(137.5, 452), corners=(0, 3, 11))
    .add("front",
         [(345.3, 333), (347.6, 340), (351, 360), (354.7, 390), (358.6, 418), (361.6, 440),
          (363.5, 444),                                         # towards the olecranon
          (365.5, 436), (363, 418), (359.5, 390), (356, 362), (352, 343), (347.5, 334)],
         fibres=95, corners=(0, 6))
    .add("left",   # long head
         side_arm([(0.80, 291), (0.985, 302), (0.985, 330), (0.985, 360), (0.98, 390), (0.975, 414),
                   (0.94, 424),                                 # lowest fibres on the tendon
                   (0.90, 415), (0.88, 400), (0.82, 378), (0.70, 352), (0.66, 330), (0.70, 306)]),
         fibres=side_arm([(0.95, 450)])[0], corners=(0, 6, 7))
    .add("left",   # lateral head
         side_arm([(0.58, 306), (0.68, 309), (0.66, 330), (0.70, 352), (0.82, 378), (0.88, 400),
                   (0.90, 415),                                 # lowest fibres on the tendon
                   (0.80, 418), (0.70, 412), (0.64, 395), (0.58, 370), (0.55, 345), (0.55, 322)]),
         fibres=side_arm([(0.85, 450)])[0], corners=(0, 6))
    .add("left",   # common tendon and the medial head
         side_arm([(0.64, 395), (0.70, 412), (0.80, 418), (0.90, 415), (0.94, 424), (0.975, 414),
                   (0.985, 432), (0.985, 447),
                   (0.95, 454),                                 # on the olecranon
                   (0.80, 448), (0.64, 440), (0.59, 420)]),
         fibres=side_arm([(0.95, 454)])[0], corners=(0, 3, 4, 5, 8))
    .add("left",   # inset: long and medial heads
         inner_arm([(0.03, 329), (0.26, 326), (0.30, 350), (0.36, 385), (0.40, 415), (0.38, 430),
                    (0.24, 438), (0.04, 436)]),
         fibres=93, corners=(0, 1, 7))
)

# Anconeus: back of the lateral epicondyle -> side of the olecranon and the
# top of the back of the ulna; a small triangle.
ANCONEUS = (
    Muscle("anconeus")
    .add("back",
         [(117.5, 442.5), (126, 447.5), (135.5, 455), (136.5, 467), (134, 479), (124, 467), (118.5, 454)],
         fibres=(134, 470), corners=(0, 4))
    .add("left",
         side_arm([(0.58, 441), (0.78, 444), (0.96, 450), (0.97, 464), (0.90, 480), (0.76, 466), (0.62, 452)]),
         fibres=side_arm([(0.9, 476)])[0], corners=(0, 4))
)

# ----------------------------------------------------------------------------
# Elbow and forearm (radial side). The side view's forearm is in the neutral
# position: thumb side in front, so brachioradialis makes its front edge.
# ----------------------------------------------------------------------------

# Brachioradialis: lateral supracondylar ridge of the humerus -> radial
# styloid; the fleshy thumb-side edge of the forearm.
BRACHIORADIALIS = (
    Muscle("brachioradialis")
    .add("front",
         [(397.5, 400), (400.2, 420), (404, 442), (409, 465), (412.8, 490), (415.8, 515), (417.8, 545),
          (420, 576),                                           # tendon on the styloid
          (415.5, 550), (410.5, 520), (403, 497), (396, 475), (392.5, 452), (393.5, 425)],
         fibres=(418, 560), corners=(0, 7))
    .add("back",   # the thumb-side edge, seen from behind
         [(123.5, 398), (120, 420), (116, 440), (112, 460), (108.6, 480), (106, 500), (103.8, 520),
          (99.5, 562),                                          # tendon
          (104.5, 530), (109, 505), (114, 480), (119, 458), (121.5, 440), (124.5, 420)],
         fibres=(100, 560), corners=(0, 7))
    .add("left",
         side_arm([(0.44, 392), (0.54, 400), (0.56, 425), (0.50, 450), (0.38, 475), (0.28, 500), (0.20, 525),
                   (0.12, 553),                                 # tendon on the styloid
                   (0.02, 530), (0.02, 500), (0.02, 470), (0.04, 445), (0.14, 425), (0.30, 405)]),
         fibres=side_arm([(0.1, 550)])[0], corners=(0, 7))
    .add("left",
         inner_arm([(0.88, 405), (0.97, 410), (0.98, 440), (0.98, 470), (0.97, 510), (0.96, 545),
                    (0.92, 566),                                # tendon
                    (0.86, 540), (0.82, 505), (0.78, 470), (0.80, 440), (0.84, 420)]),
         fibres=inner_arm([(0.93, 560)])[0], corners=(0, 6))
)

# Supinator: lateral epicondyle and the supinator crest of the ulna ->
# wrapping round the neck of the radius to its upper third. Deep, under
# brachioradialis and the wrist extensors.
SUPINATOR = (
    Muscle("supinator", deep=True)
    .add("front",
         [(402, 441), (406.5, 452), (407.5, 470), (404, 490), (399, 504),
          (391, 495), (385.5, 482), (384, 471), (389.5, 462), (396, 451)],
         fibres=(400, 500), corners=(0, 4))
    .add("left",
         side_arm([(0.56, 440), (0.62, 452), (0.55, 470), (0.42, 488), (0.26, 498),
                   (0.12, 488), (0.12, 470), (0.22, 456), (0.38, 446)]),
         fibres=side_arm([(0.2, 494)])[0], corners=(0, 4))
)

# Pronator teres: medial epicondyle (and coronoid) -> middle of the outer
# side of the radius, crossing the forearm obliquely below the elbow crease.
PRONATOR_TERES = (
    Muscle("pronator-teres")
    .add("front",
         [(362, 440), (370, 444), (383, 456), (396, 473), (407, 492), (413, 511),
          (410, 517), (399, 504), (385.5, 490), (373, 476), (368.5, 464), (364.5, 452)],
         fibres=(411, 513), corners=(0, 5))
    .add("left",
         inner_arm([(0.06, 438), (0.22, 440), (0.45, 452), (0.66, 468), (0.84, 486),
                    (0.97, 506),                                # on the radius
                    (0.90, 514), (0.74, 500), (0.52, 482), (0.30, 466), (0.10, 452)]),
         fibres=inner_arm([(0.95, 508)])[0], corners=(0, 5))
)

MUSCLES = [SUBSCAPULARIS, SUPRASPINATUS, INFRASPINATUS, TERES_MINOR, TERES_MAJOR, CORACOBRACHIALIS,
           BRACHIALIS, SUPINATOR, TRICEPS, BICEPS, ANCONEUS, PRONATOR_TERES, BRACHIORADIALIS, DELTOID]
