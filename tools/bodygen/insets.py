"""Insets: the inner leg and inner arm of the side view, and the soles of
the back view, drawn in local coordinates and shifted into place.
"""
from .geometry import Chain, LN, PL, S, Y, cr_segments, interp, rot, sample_segs
from .hands import hand_cuts, hand_local
from .sides import strip_line


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
    cuts = hand_cuts(Hx, dense, starts, tags)
    cut_wt, cut_wb = cuts["wrist_top"], cuts["wrist_bottom"]
    TCG, gap1, gap2 = cuts["thenar"], cuts["gap1"], cuts["gap2"]
    thumb_bot, fbase, tip_over = cuts["thumb_bottom"], cuts["finger_base"], cuts["tip_over"]

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
