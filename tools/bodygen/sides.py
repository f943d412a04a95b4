"""The side view (left side; body coordinates (z, y), z < 0 anterior).

The profile, the hanging arm drawn over the trunk, and the regions of the main
figure (``side_main``) and of the arm (``side_arm``). body-right.svg is the
mirror of this view (see ``views.mirrored_view``).
"""
import math

from .geometry import Chain, Figure, LN, PL, S, Y, cr_segments, interp, map_cmds, rot, sample_segs, smoothstep
from .hands import hand_cuts, hand_local


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
SIDE_HAND_A = 4                # the relaxed hand hangs a little behind the line of the forearm

# The arm is drawn hanging straight down (the "rest" frame, where its regions
# are laid out), then posed: it bends forward by `angle` degrees between two
# heights of the rest frame, at the shoulder (the whole arm swings forward
# from under the deltoid cap) and at the elbow (slightly bent).  Below the
# elbow the pose is rigid, so straight cuts of the forearm and hand stay
# straight.  The posed arm leaves the side of the ribs, the flank, the outer
# hip and the thigh in view; the hand hangs in front of the upper thigh.
ARM_BENDS = [  # (y0, y1, angle) in the rest frame
    (266, 316, 14.0),    # shoulder flexion
    (430, 470, 8.0),     # elbow flexion
]
ARM_AXIS_Z = 0.0         # the rest arm's axis


def _arm_axis():
    """Centre line of the posed arm, sampled every unit of rest-frame y."""
    y0 = ARM_BENDS[0][0]
    pts = {y0: (ARM_AXIS_Z, float(y0))}
    c = (ARM_AXIS_Z, float(y0))
    for y in range(y0, 760):
        a = arm_angle(y + 0.5)
        c = (c[0] - math.sin(a), c[1] + math.cos(a))
        pts[y + 1] = c
    return pts


def arm_angle(y):
    """Angle (radians) of the posed arm's axis at rest-frame height y."""
    return sum(math.radians(a) * smoothstep((y - y0) / (y1 - y0)) for y0, y1, a in ARM_BENDS)


_AXIS = None


def arm_pose(p):
    """Rest-frame point of the hanging arm -> the posed arm."""
    global _AXIS
    if _AXIS is None:
        _AXIS = _arm_axis()
    z, y = p
    y0 = ARM_BENDS[0][0]
    if y <= y0:
        return p
    k = min(int(y), max(_AXIS) - 1)
    ca, cb = _AXIS[k], _AXIS[k + 1]
    t = y - k
    c = (ca[0] + (cb[0] - ca[0]) * t, ca[1] + (cb[1] - ca[1]) * t)
    a = arm_angle(y)
    u = z - ARM_AXIS_Z
    return (c[0] + u * math.cos(a), c[1] + u * math.sin(a))


def side_hand_rest(p):
    # neutral forearm: the back of the hand faces outwards, thumb forwards (-z)
    return rot(SIDE_HAND_O, SIDE_HAND_A, (-p[0], p[1]))


def side_hand_xy(p):
    """Hand coordinates -> the posed arm of the side view."""
    return arm_pose(side_hand_rest(p))


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
    """Hanging arm of the side view in the rest frame (straight down; see
    ``arm_pose``): deltoid cap, biceps and triceps, a slight hollow at the
    front of the elbow and the point of the olecranon behind, the forearm
    tapering to the wrist, then the relaxed hand."""
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
        pts.append(side_hand_rest(p))
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
        rest, tags = side_arm_pts()
        corners = [tags["web%d" % k] for k in range(4)]
        # the rest frame, where the arm's regions are laid out
        self.rest_tags = tags
        self.rest_dense, self.rest_starts = sample_segs(cr_segments(rest, True, corners), 1.0)
        # the posed arm, as drawn
        self.arm = [arm_pose(p) for p in rest]
        self.arm_segs = cr_segments(self.arm, True, corners)
        self.ear_segs = cr_segments(SIDE_EAR, True)

    def cmds(self):
        return [("M", self.segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.segs] + [("Z",)]

    def arm_cmds(self):
        return [("M", self.arm_segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.arm_segs] + [("Z",)]

    def arm_inside_cmds(self):
        """The part of the posed arm that lies over the body, as a dense
        polygon: the arm reaches out in front of the chest and thigh, and
        clip-trunk (body, this and the ear, even-odd) must only take out
        what the arm covers."""
        front = Chain(self.front_poly)
        dense, _ = sample_segs(self.arm_segs, 1.0)
        depth = lambda p: p[0] - front.x(p[1])      # > 0: behind the front profile
        out = []
        for a, b in zip(dense, dense[1:] + dense[:1]):
            da, db = depth(a), depth(b)
            if da >= 0:
                out.append(a)
            if (da >= 0) != (db >= 0):
                t = da / (da - db)
                q = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
                out.append((front.x(q[1]), q[1]))
        return [("M", out[0])] + [("L", q) for q in out[1:]] + [("Z",)]

    def ear_cmds(self):
        return [("M", self.ear_segs[0][0])] + [("C", s[1], s[2], s[3]) for s in self.ear_segs] + [("Z",)]

    def rest_part(self, a, b):
        """Part of the rest-frame arm outline between two tagged points."""
        t = self.rest_tags
        return self.rest_dense[self.rest_starts[t[a]]:self.rest_starts[t[b]] + 1]


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
    # (the front strip's top runs along the front of the rest-frame arm, under the deltoid)
    AF = Chain([p for p in so.rest_part("top", "wrist_out") if p[1] > 276])
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
    """Regions of the hanging arm in the side view (lateral surface, neutral
    forearm), laid out in the rest frame and posed with ``arm_pose``."""
    AF = Chain([p for p in so.rest_part("top", "wrist_out") if p[1] > 280])
    AB = Chain([p for p in so.rest_part("wrist_in", "back_top") if p[1] > 280])
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
    Hx = side_hand_rest
    cuts = hand_cuts(Hx, so.rest_dense, so.rest_starts, so.rest_tags)
    cut_wt, cut_wb = cuts["wrist_top"], cuts["wrist_bottom"]
    TCG, gap1, gap2 = cuts["thenar"], cuts["gap1"], cuts["gap2"]
    thumb_bot, fbase, tip_over = cuts["thumb_bottom"], cuts["finger_base"], cuts["tip_over"]
    hyp = S([Hx((-9, -6)), Hx((-10.3, 7)), Hx((-12, 25)), Hx((-13, 45)), Hx((-13.4, 62)), Hx((-13.5, 68))],
            "hypothenar")
    C = "clip-arm"
    rest = Figure()

    def R(rid, curves):
        rest.add(rid + "-left", curves, None, C)
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
    for rid in rest.order:
        for cmds, clip in rest.regions[rid]:
            F.regions.setdefault(rid, [])
            if rid not in F.order:
                F.order.append(rid)
            F.regions[rid].append((map_cmds(cmds, arm_pose), clip))
