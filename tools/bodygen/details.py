"""Drawing details: strokes that are not clickable (face, ears, navel,
knee caps, nails, toes, bone landmarks).
"""
import math

from .geometry import ellipse_pts, map_cmds, mirror_x, spline_cmds
from .hands import FINGERS, finger_axis, hand_xy
from .insets import SOLE, SOLE_WEBS, inset_hand_xy, sole_xy
from .sides import SIDE_CURL, SIDE_EAR, SIDE_FINGERS, arm_pose, side_hand_xy


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


def spinous_processes():
    """Short ticks down the midline of the back, one per vertebra from the
    prominent C7 to L5: the spine as a clinical chart marks it."""
    ys = [250] + [264 + 16 * k for k in range(12)] + [452 + 12 * k for k in range(5)]
    return [sp([(-w, y), (w, y)]) for y, w in zip(ys, [4.2] + [2.8] * 17)]


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
        Hn += both([sp([(10.6, 267.6), (18, 266.2), (30, 267.2), (44, 269.4), (58, 269.4), (72, 267.6),
                        (86, 267.4), (96, 270.4)])])                                            # clavicle
        Hn += both([sp([(3.2, 393), (16, 399.6), (30, 409.6), (44, 422.6), (56, 437), (64.6, 452),
                        (69, 466)])])                                                           # costal margin
        Hn += both([sp([(73.6, 472), (73, 484), (71.6, 496), (69.8, 505.4)]),                   # iliac crest
                    circle(69.4, 509, 2.2)])                                                     # ASIS
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
        Hn += spinous_processes()
        Hn += both([circle(21, 508.5, 1.6)])                                                     # dimples (PSIS)
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
    # gluteal fold; bone landmarks: iliac crest from the ASIS to the PSIS, greater
    # trochanter, head of the fibula, knee cap, lateral malleolus; little toe
    D.append(sp([(54, 601.6), (43, 598.8), (33, 596.2)]))
    Hn.append(sp([(-32, 505), (-18, 495), (0, 489.4), (16, 489.6), (30, 494), (40, 501), (46, 509)]))
    Hn.append(sp(ellipse_pts(8, 560, 9.6, 13, 16, -0.3 * math.pi, 1.3 * math.pi)))
    Hn.append(circle(15, 813, 4.4))
    Hn.append(sp([(-33.2, 768.6), (-25.4, 766.4), (-20.6, 777), (-21.4, 792), (-26.8, 800), (-32.4, 798)]))
    Hn.append(sp(ellipse_pts(4, 1009.6, 5.4, 6.2, 10, -0.3, math.pi + 0.3)))
    D.append(sp([(-96.4, 1037), (-101, 1040.2), (-103, 1045), (-102.2, 1049.6)]))             # little toe
    # hanging arm: elbow, nails
    Hn.append(sp([arm_pose(p) for p in [(12.6, 440), (9.4, 447), (12.6, 454)]]))
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
