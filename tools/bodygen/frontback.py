"""The front and back figures.

Both are built from one half (the patient's left, +dx = patient's left) and
mirrored, so they are exactly symmetric: the silhouette (``fb_half``,
``FBOutline``), the boundary curves (``FBGeom``) and the regions of trunk,
head and limbs (``front_figure``, ``back_figure``).
"""
import math

from .geometry import (Chain, Curve, Figure, LN, Mirror, PL, S, Y, cr_segments, crossings_x,
    interp, mirror_x, sample_segs, smoothstep)
from .hands import HAND_A, hand_cuts, hand_local, hand_xy


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
        cuts = hand_cuts(Hx, ol.dense, ol.starts, tags, base_end=(-70, 65))
        self.cut_wt, self.cut_wb = cuts["wrist_top"], cuts["wrist_bottom"]
        self.TCG, self.gap1, self.gap2 = cuts["thenar"], cuts["gap1"], cuts["gap2"]
        self.thumb_bot, self.fbase, self.tip_over = cuts["thumb_bottom"], cuts["finger_base"], cuts["tip_over"]
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
    # the iliac crest rises from the dimple over the posterior superior iliac
    # spine (PSIS) and arches out to the flank; the sacrum's base lies between
    # the two dimples
    crest_top = S([(-10, 507.5), (0, 507), (12, 506), (21, 503.5), (30, 496.4), (42, 488.8), (56, 483.2),
                   (72, 479.8), (88, 478.6), (104, 479.6)], "iliac_crest_top")
    crest_bot = S([(17, 524), (27, 518), (37, 510.5), (49, 502), (63, 495), (80, 489.5), (105, 484)],
                  "iliac_crest_bottom")
    bm = S([(24, 496), (21.5, 512), (16.5, 530), (11.5, 546), (8, 558), (6.2, 570), (6, 582), (4.2, 594),
            (0, 601.5), (-4, 605)], "buttock_medial")
    coc_top = LN((-20, 556), (20, 556), "coccyx_top")
    coc_bot = LN((-20, 577), (20, 577), "coccyx_bottom")
    si_lat = S([(42.6, 478), (41, 500), (39.5, 520), (37.5, 540), (36, 560)], "sacroiliac_lateral")
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
        R("pelvis-iliac-crest", [crest_top, g.LAT, crest_bot, si_lat])
        R("pelvis-sacroiliac", [crest_top, si_lat, but_mid, bm])
        R("buttock-upper", [crest_bot, g.LAT, but_mid, si_lat])
        R("buttock-lower", [but_mid, g.LAT, gfold, bm])
        R("hip-lateral", [g.cut_fh, g.C1, g.cut_ht, g.LAT])
        R("thigh-posterior-upper", [gfold, g.LAT, g.cut_mt, g.MED])
        R("thigh-medial-upper", [gfold, g.MED, g.cut_mt, mid])
        fb_limbs(F, g, "back", side, f)
    F.geom = g
    F.mirror = m
    return F
