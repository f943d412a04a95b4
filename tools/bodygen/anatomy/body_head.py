"""Muscle shapes: head, face and neck. See the package docstring for the conventions.

The outlines below are written in the figure's own half-body coordinates, the
ones tools/bodygen/frontback.py and sides.py draw the body with, so that they
read against its landmarks:

  front(dx, y)  front view, dx = distance from the midline towards the
                patient's left (SVG x = 260 + dx);
  back(dx, y)   back view, the same dx (SVG x = 260 - dx);
  side(z, y)    left side view, z < 0 in front of the ear (SVG x = 165 + z).

Landmarks used (y down the page): vertex 90, brow 143, eye 154, nose base
183, mouth 193, chin 219; the ear spans y 144-185 (front/back: dx 41.6-48.7;
side: z 1-19); jaw angle front (33.4, 204), side (-3, 206); neck 27-29 wide
(front/back) between y 210 and 234, its base at (33.5, 241.5); the clavicle
runs at y 264-272 from dx 10 to the acromion (111.5, 271.5). Back view:
skull base y 198-205, spinous processes C7 250, T1 264, then every 16 units
to T12 440, L1-L5 452-500, sacrum 507-556; shoulder blade: superior angle
(43, 250), medial border dx 38.5-46 down to the inferior angle (53.5, 399.5),
spine from its root (39, 296) to the acromion. Side view: face profile
z -55..-58, back of the neck z 31-33, back of the chest z 53-62.

Angles of parallel fibres are given in the same half-body frame (0 = towards
the patient's left / the back of the head); ``_put`` turns them for the view.
"""
from . import Muscle

_TF = {
    "front": lambda p: (260.0 + p[0], p[1]),
    "back": lambda p: (260.0 - p[0], p[1]),
    "left": lambda p: (165.0 + p[0], p[1]),
}


def _put(m, view, pts, fibres=None, corners=()):
    """Add one outline to @m in @view, from half-body coordinates. Every side
    view shape is clipped to the body without the ear and the hanging arm,
    which both lie over the neck and face muscles there."""
    tf = _TF[view]
    if isinstance(fibres, tuple):
        fibres = tf(fibres)
    elif fibres is not None and view == "back":
        fibres = 180 - fibres
    m.add(view, [tf(p) for p in pts], fibres, "trunk" if view == "left" else None, corners)
    return m


def front(m, pts, fibres=None, corners=()):
    return _put(m, "front", pts, fibres, corners)


def back(m, pts, fibres=None, corners=()):
    return _put(m, "back", pts, fibres, corners)


def side(m, pts, fibres=None, corners=()):
    return _put(m, "left", pts, fibres, corners)


# ---------------------------------------------------------------- chewing
# Temporalis: from the whole temporal fossa of the skull, up to the
# temporal line that arcs from the outer rim of the eye socket over the side
# of the head to above and behind the ear; the fan narrows into a tendon
# that runs under the cheekbone arch to the coronoid process of the jaw.
temporalis = Muscle("temporalis")
side(temporalis, [(-36, 160), (-39.5, 148), (-40.5, 135), (-36, 122), (-26, 112), (-10, 106.5), (8, 107),
                  (21, 112.6), (27.6, 121), (30, 131), (28, 139.6), (20, 142.8), (6, 145), (2, 154), (-5, 163),
                  (-17, 174), (-27, 166)], (-17, 180), (15,))
front(temporalis, [(29.5, 114), (34, 108.5), (38.5, 112.5), (41.5, 123), (42.6, 134), (43.4, 141),
                   (45.4, 143.8), (43.2, 149), (42.4, 157), (40.6, 165), (37, 171.5), (33.4, 164),
                   (32.8, 150), (31.6, 133), (30, 121)], (36, 176), (10,))
back(temporalis, [(34.5, 116), (38.5, 112.5), (41.5, 123), (42.6, 134), (43.4, 141), (45.4, 143.8),
                  (43.2, 149), (42, 157), (38.4, 161), (35.4, 152), (34.6, 136)], (38, 170))

# Masseter: from the lower border of the cheekbone arch and the cheekbone,
# down and a little back to the outer face of the jaw's ramus and angle.
masseter = Muscle("masseter")
side(masseter, [(-31, 167.6), (-20, 165.6), (-8, 165.4), (-3.6, 167.6), (-2, 182), (-1, 198), (-2.5, 207.5),
                (-8, 210.5), (-16, 213.5), (-24, 216), (-27.6, 202), (-31, 182)], 78, (3, 7))
front(masseter, [(28.6, 171), (34, 169.4), (40.4, 170.6), (40, 180), (39, 186.6), (37.6, 192.4),
                 (35.6, 198.6), (32.8, 205.4), (29.8, 206.6), (28.4, 198), (27.4, 188), (27.6, 178)], 96, (7,))

# Lateral pterygoid (deep): two heads from the outer plate of the
# sphenoid's pterygoid process and the roof of the space under the temporal
# fossa, running back to the neck of the jaw's condyle and the joint disc.
lateral_pterygoid = Muscle("lateral-pterygoid", deep=True)
side(lateral_pterygoid, [(-24, 165), (-14, 164.4), (-6, 166), (-1.6, 168.6), (-0.8, 172.4), (-3, 176),
                         (-10, 182), (-18, 185.4), (-24.6, 185), (-26.6, 176)], (0, 172), (4,))
front(lateral_pterygoid, [(17, 168.6), (28, 168), (37, 168.6), (40.2, 171.6), (39.8, 176), (37.4, 181.4),
                          (30, 184.6), (19, 185), (15.6, 177)], (40, 174))

# Medial pterygoid (deep): from the inner face of the outer pterygoid plate
# and the back of the upper jaw, down, back and outwards to the inner face
# of the jaw's angle - the masseter's twin on the inside of the ramus.
medial_pterygoid = Muscle("medial-pterygoid", deep=True)
side(medial_pterygoid, [(-24, 171), (-17, 169.6), (-11, 180), (-5, 194), (-0.6, 205), (-3.5, 210.6),
                        (-11, 211.6), (-16, 203), (-21, 189), (-25.4, 178)], 62, (5,))
front(medial_pterygoid, [(14, 171.6), (20, 170.6), (26, 183), (31.6, 196.6), (33.8, 205.2), (29.6, 208.6),
                         (24, 204), (18, 192), (13, 180)], 65, (4,))

# Digastric: the posterior belly from the notch on the inner side of the
# mastoid process, down and forwards under the angle of the jaw to a tendon
# slung to the hyoid bone; the anterior belly from there to the fossa on
# the inner side of the chin's lower border.
digastric = Muscle("digastric")
side(digastric, [(29, 190.5), (19, 197.5), (7, 206), (-7, 214.5), (-19, 220.5), (-26, 223),
                 (-36, 219), (-44, 215.4), (-49.5, 216.6), (-46, 220.6), (-36, 224), (-27, 228.6),
                 (-19, 227.4), (-6, 221), (8, 213.6), (20, 204), (30, 196.5)], None, (0, 8, 16))
front(digastric, [(2.5, 211.6), (8, 212), (12, 219), (15, 222.4), (22, 214.6), (28.6, 206.6), (33.4, 201),
                  (35.4, 202.6), (33.6, 208.6), (26, 218), (17, 226.6), (13, 230.4), (9, 229.6), (6, 222),
                  (2.6, 216)], None, (6, 7))

# ---------------------------------------------------------------- face and scalp
# Occipitofrontalis: two fleshy bellies joined by the galea over the skull
# (not drawn: a tendon sheet, not muscle). Frontalis rises from the skin of
# the eyebrows to the galea near the hairline; occipitalis from the outer
# two thirds of the superior nuchal line of the occiput up to the galea.
occipitofrontalis = Muscle("occipitofrontalis")
front(occipitofrontalis, [(1.6, 108.6), (12, 107.4), (22, 109.6), (29.6, 114.6), (32.6, 126), (31.6, 139),
                          (26.6, 143.8), (18, 141.6), (10, 141.6), (3, 143.2), (1.2, 128)], 90)
side(occipitofrontalis, [(-30, 104.5), (-44, 101), (-54, 112), (-60, 126), (-61, 140), (-57, 146.5),
                         (-50, 143), (-42, 143), (-36.4, 145.6), (-35.4, 134), (-33.4, 120)], 100)
side(occipitofrontalis, [(31, 178), (40, 181.5), (49, 185), (56, 176), (57, 160), (53, 148), (45, 147),
                         (36, 152), (30, 165)], 80)
back(occipitofrontalis, [(10, 173), (20, 166.6), (31, 168), (35.6, 180), (35, 193), (29, 199),
                         (18, 200.6), (11, 199.4), (9, 187)], 95)

# Orbicularis oculi: a flat ring over the rim of the eye socket and in the
# lids, from the bone and the ligament at the inner corner of the eye.
orbicularis_oculi = Muscle("orbicularis-oculi")
front(orbicularis_oculi, [(3.6, 152), (6.6, 144.6), (13.6, 140.8), (22, 141), (29, 144), (32.4, 150.6),
                          (31.8, 158.6), (27.6, 164.6), (19.6, 167), (11, 165.4), (5.4, 160.6)])
side(orbicularis_oculi, [(-57.6, 146.6), (-52, 142.2), (-44, 141.6), (-37, 143.6), (-32.6, 150),
                         (-32.2, 158.2), (-35.4, 165), (-42.4, 168.2), (-51, 167.2), (-57.6, 163),
                         (-59.6, 155)])

# Zygomaticus major: a slim strap from the cheekbone, in front of its joint
# with the arch, down and forwards to the corner of the mouth (modiolus).
zygomaticus_major = Muscle("zygomaticus-major")
front(zygomaticus_major, [(30.6, 167.6), (33.4, 168), (34.6, 171), (24.4, 183.2), (15.4, 193),
                          (13, 192.4), (12.4, 190), (22, 179.4)], 131, (5,))
side(zygomaticus_major, [(-24.6, 165.2), (-27.8, 165.6), (-31, 170.5), (-42, 184.2), (-51, 194.6),
                         (-48.8, 195.4), (-45, 192.2), (-35, 180.8)], 132)

# Buccinator (deep, under the masseter's front edge, the cheek fat and
# zygomaticus): from the outer faces of both jaws along the molars and the
# pterygomandibular raphe, forwards into the lips at the mouth's corner.
buccinator = Muscle("buccinator", deep=True)
side(buccinator, [(-18, 178), (-28, 178.6), (-39, 182.4), (-47, 188), (-50.6, 193.2), (-47, 198.6),
                  (-39, 203), (-28, 206), (-18, 206.4), (-15, 198), (-15, 186)], (-52, 193), (4,))
front(buccinator, [(12.6, 189.4), (18, 184.4), (25, 181.4), (30.6, 181), (32, 190.6), (30.4, 200.2),
                   (24, 200.6), (17.4, 197.6), (12.6, 194.8)], (11, 192))

# ---------------------------------------------------------------- front and side of the neck
# Platysma: a thin sheet under the skin, from the lower border of the jaw
# and the skin at the mouth's corner, spreading down over the neck and the
# collarbone into the skin of the upper chest and shoulder.
platysma = Muscle("platysma")
front(platysma, [(4, 215.6), (12, 214), (22, 210.2), (30, 205.6), (34.6, 204.4), (30.6, 213), (29.4, 226),
                 (33, 240), (46, 252.6), (60, 264), (66, 280), (50, 290), (30, 291), (17.4, 284),
                 (15, 266), (11, 246), (6.6, 228)], 59)
side(platysma, [(-48.4, 203), (-40, 207.4), (-28, 205.2), (-14, 203), (-3, 204.4), (2, 212), (6, 230),
                (12, 250), (18, 266), (22, 280), (14, 291), (-5, 293), (-25, 291), (-42, 289), (-36, 268),
                (-26, 250), (-24.4, 235), (-30, 222), (-45, 216.6)], 57)

# Sternocleidomastoid: from the mastoid process and the outer half of the
# superior nuchal line, down and forwards across the side of the neck to a
# round tendon on the top of the breastbone (sternal head) and a flat head
# on the inner third of the collarbone (clavicular head).
sternocleidomastoid = Muscle("sternocleidomastoid")
front(sternocleidomastoid, [(32, 203), (35.6, 199.6), (33.6, 204), (29.8, 209.4), (27.8, 216),
                            (27.8, 226), (30.6, 236), (32.4, 247), (32.6, 258), (31.6, 266.2), (22, 266.8),
                            (15, 266.4), (13.2, 259), (11.6, 265.6), (7.4, 264.4), (8.6, 253), (13, 240),
                            (19.6, 227), (26, 215)], 112, (1, 12, 13, 14))
side(sternocleidomastoid, [(11, 190.6), (22, 185.6), (34, 185.4), (33.6, 192), (26, 210), (15, 232),
                           (8.6, 245), (1, 256), (-5, 264.4), (-15, 266.6), (-22, 267), (-27, 264.6),
                           (-22.4, 255), (-16, 243.6), (-8, 228), (2, 210), (9, 197)], 123, (2, 11))
back(sternocleidomastoid, [(25, 200.6), (33, 198.6), (37.6, 200.6), (33.8, 204), (29.6, 208.8),
                           (27.6, 215), (27.2, 226), (25.2, 216), (24.2, 206)], 68)

# Scalenes (deep, behind and under the sternocleidomastoid): from the
# transverse processes of C2-C7 down to the first rib (anterior and middle
# scalene) and the second rib (posterior scalene).
scalenes = Muscle("scalenes", deep=True)
front(scalenes, [(15.6, 212), (21, 211), (26, 226), (33.6, 244), (41, 259), (43.4, 269.6), (36, 271.6),
                 (28, 271.4), (21, 268.4), (18, 255), (15.4, 234)], 72, (5,))
side(scalenes, [(3, 209.4), (10, 208.6), (15, 224), (19, 244), (22.4, 262), (22.4, 275), (14, 276.4),
                (2, 272.4), (-9, 268.6), (-14.6, 265.4), (-8, 254), (-2, 238), (0.4, 223)], 112, (5, 9))

# Longus colli (deep, on the front of the spine behind the windpipe and
# gullet): from the front of the atlas and the upper neck vertebrae down
# along the vertebral bodies to the third thoracic vertebra.
longus_colli = Muscle("longus-colli", deep=True)
front(longus_colli, [(2, 203), (6, 202.6), (9.4, 212), (14, 224.6), (16.6, 234), (15, 247), (10.4, 262),
                     (8, 275), (6, 288.6), (2.6, 289.4), (2, 270), (2, 240), (1.8, 215)], 90, (0, 9))
side(longus_colli, [(-9, 196), (-4, 195), (-1, 210), (-0.6, 230), (3, 250), (10, 270), (20, 290),
                    (14, 293.6), (4, 279), (-5, 262), (-11.6, 245), (-13, 230), (-12, 212)], 75, (6,))

# ---------------------------------------------------------------- back of the neck
# Suboccipitals (deep, right under the skull): the rectus capitis
# posterior major and minor and the two obliqui, between the inferior
# nuchal line of the occiput, the atlas (its transverse process and
# posterior arch) and the spinous process of the axis.
suboccipitals = Muscle("suboccipitals", deep=True)
back(suboccipitals, [(1.6, 202), (9, 201), (18, 202), (25, 204), (27, 209), (24, 214), (16, 217.4),
                     (8, 219.6), (2, 219), (1.4, 211)], 30)
side(suboccipitals, [(20, 199), (30, 196), (38, 198), (36.6, 206), (33, 213), (26, 216), (18, 212),
                     (16.6, 205)], 80)

# Semispinalis capitis (deep, under trapezius and splenius): from the
# transverse processes of C7-T6 and the articular processes of C4-C6 up
# beside the spine to the occiput between the superior and inferior nuchal
# lines, the thick column either side of the midline of the neck.
semispinalis_capitis = Muscle("semispinalis-capitis", deep=True)
back(semispinalis_capitis, [(1.6, 196.4), (8, 195.8), (16, 197.6), (19, 203), (17.6, 215), (16, 235),
                            (15, 260), (14, 290), (12, 320), (9, 345), (5, 346), (3.6, 320), (3, 290),
                            (2.6, 260), (2, 235), (1.6, 210)], 90, (9, 10))
side(semispinalis_capitis, [(30, 186), (38, 182), (46, 184), (42, 195), (35, 206), (32.6, 218),
                            (32.6, 232), (35, 246), (41, 262), (49, 280), (54.4, 300), (46, 302),
                            (38, 282), (30, 262), (25, 245), (23, 228), (24, 212), (27, 196)], 75, (10, 11))

# Splenius capitis (deep, under trapezius and sternocleidomastoid): from
# the ligamentum nuchae over C3-C7 and the spines of C7-T3, up and outwards
# to the mastoid process and the outer part of the superior nuchal line.
splenius_capitis = Muscle("splenius-capitis", deep=True)
back(splenius_capitis, [(16, 199.4), (24, 198.6), (33, 198), (36, 202), (31, 210), (28.6, 218),
                        (25.4, 232), (18.4, 250), (10.4, 270), (4.4, 288), (1.2, 296.4), (0.8, 270),
                        (0.8, 240), (0.8, 224), (6, 214), (12, 205)], 110, (3, 10))
side(splenius_capitis, [(18, 188.4), (28, 184.4), (36, 188), (42, 196), (35, 208), (33, 222),
                        (34.4, 240), (38.6, 256), (44.4, 270), (46.4, 282), (40, 284), (33, 264),
                        (27, 244), (21.6, 226), (17.6, 206), (15.6, 195)], 60, (9,))

# Splenius cervicis (deep, under trapezius, the rhomboids and levator
# scapulae): from the spines of T3-T6 up and outwards, beside and outside
# splenius capitis, to the transverse processes of C1-C3.
splenius_cervicis = Muscle("splenius-cervicis", deep=True)
back(splenius_cervicis, [(18, 206), (23, 205.6), (26.4, 218), (27.6, 232), (27.4, 246), (24, 270),
                         (15, 300), (6, 330), (2, 346.4), (0.8, 330), (1, 300), (7, 280), (14, 256),
                         (18, 235), (17, 215)], 105, (8,))
side(splenius_cervicis, [(8, 205), (15, 204), (22, 212), (30, 228), (36, 246), (44, 264), (56, 290),
                         (62.6, 315), (62.6, 340), (57, 345), (54, 330), (46, 300), (36, 275), (26, 252),
                         (18, 232), (12, 215)], 62, (1, 9))

# Levator scapulae (deep, mostly under trapezius and sternocleidomastoid):
# from the posterior tubercles of the transverse processes of C1-C4, down,
# back and outwards with a twist to the superior angle and the medial
# border of the shoulder blade above the root of its spine.
levator_scapulae = Muscle("levator-scapulae", deep=True)
back(levator_scapulae, [(17, 204), (24, 202), (27.6, 207), (26.6, 222), (30, 238), (38, 250),
                        (46, 259.6), (48.4, 270), (45, 280), (41, 292.4), (38.2, 288), (35.4, 272),
                        (29, 258), (24, 246), (20.6, 232), (18, 218)], 62, (9,))
side(levator_scapulae, [(8, 206), (16, 204), (22, 216), (31, 236), (39, 250), (45, 262), (47, 272),
                        (38, 276), (30, 264), (20, 248), (10, 230), (6, 216)], 58, (6,))

# Trapezius: from the external occipital protuberance and the inner third
# of the superior nuchal line, the ligamentum nuchae and the spines of C7-
# T12, to the outer third of the collarbone, the acromion and the spine of
# the shoulder blade: the upper fibres slope down and out, the middle run
# across, the lower rise to the root of the spine.
trapezius = Muscle("trapezius")
back(trapezius, [(0.5, 195.6), (8, 197), (15, 199.6), (22, 206.6), (26.2, 219), (28.4, 233.6),
                 (33.5, 241.6), (45, 248.8), (62, 254.8), (82, 259.8), (98.5, 264.8), (108.6, 269.8),
                 (98, 273.6), (78, 279), (58, 285.4), (46, 291), (42, 296.4), (40.6, 318), (37, 348),
                 (30, 380), (19.6, 410), (8, 432), (0.5, 442), (0.5, 380), (0.5, 300), (0.5, 240)],
     (150, 305), (0, 11, 16, 22))
front(trapezius, [(28.4, 227), (30.6, 237), (33.5, 241.5), (45, 248.5), (62, 254.5), (82, 259.5),
                  (98.5, 264.5), (106.6, 268), (100, 271.6), (86, 269.2), (72, 267.4), (58, 262),
                  (44, 253.6), (34.6, 244), (29.6, 234)], 25, (0, 7))
side(trapezius, [(46, 185.6), (38, 192), (28, 210), (20, 230), (10, 250), (1, 262), (-6, 266), (10, 272),
                 (25, 280), (40, 290), (50, 310), (53, 340), (51, 370), (48, 396), (58, 398), (64, 360),
                 (64.6, 320), (61, 298), (55, 283), (47, 268), (39.6, 256), (34.4, 244), (32.4, 230),
                 (32.4, 218), (34.6, 207), (41.4, 195), (48.6, 186)], (-5, 275), (6, 13))

# Multifidi (deep): short bundles in the groove beside the spinous
# processes, each from the transverse (neck), transverse (chest) or
# mamillary processes (loins) and the back of the sacrum up to a spinous
# process two to four levels higher - a column from C2 down to S4.
multifidi = Muscle("multifidi", deep=True)
back(multifidi, [(1.6, 214), (5, 213), (7.6, 225), (7.6, 250), (7.2, 300), (7.2, 360), (8, 420),
                 (10.6, 450), (12.6, 480), (14, 505), (13.6, 530), (10, 550), (5, 558), (2, 555),
                 (1.6, 520), (1.6, 450), (1.6, 350), (1.6, 250)], 72)
side(multifidi, [(19, 214), (25, 212), (28.6, 230), (32, 246), (37.4, 258), (45, 271), (52, 285),
                 (57.6, 302), (60.4, 322), (60.8, 345), (58.8, 368), (54.4, 392), (48, 415), (44, 437),
                 (42, 455), (42, 470), (45, 490), (51, 507), (56, 520), (46, 522), (38, 508), (34, 490),
                 (33, 470), (34, 450), (37, 430), (42, 410), (48, 390), (52, 368), (53.6, 345),
                 (53, 322), (50, 303), (45, 288), (38, 274), (30, 262), (24, 250), (20, 232)], 75, (18, 19))

MUSCLES = [
    temporalis, masseter, lateral_pterygoid, medial_pterygoid, digastric, occipitofrontalis,
    orbicularis_oculi, zygomaticus_major, buccinator, platysma, sternocleidomastoid, scalenes,
    longus_colli, suboccipitals, semispinalis_capitis, splenius_capitis, splenius_cervicis,
    levator_scapulae, trapezius, multifidi,
]
