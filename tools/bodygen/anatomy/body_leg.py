"""Muscle shapes: knee, leg and foot. See the package docstring for the conventions.

Landmarks used below (SVG units of each view, the patient's left leg):
  front view (leg at x 274-330, the inner side towards the midline, smaller
    x): kneecap (301.6, 784.5); tibial tuberosity (302, 818); the tibial
    crest runs down from it to x 292 above the ankle, with the bare inner
    face of the tibia between it and the inner edge of the leg; malleoli:
    medial (281.6, 1003), lateral (317.2, 1010).
  back view (leg at x 190-246, the outer side at smaller x): knee crease
    y 794; back of the heel (219, 1026); the lateral malleolus at the outer
    outline (202, 1010), the medial one at (238, 1003).
  left side view (front of the leg at smaller x): kneecap x 132-145,
    y 766-800; fibular head (180, 813); lateral malleolus (169, 1010);
    back of the heel x 196; sole y 1050; toes towards x 55.
  inner-leg inset (the medial side, drawn mirrored: the calf at smaller x,
    the shin at larger x): medial border of the tibia x 460; medial
    malleolus (458, 1003); back of the heel x 425; big toe towards x 565.
  left sole inset of the back view: written in sole coordinates (a, l), a
    towards the little toe, l from the back of the heel (as SOLE in
    bodygen/insets.py); the big toe lies towards the middle of the figure.

Where muscles lie side by side their shapes share the border points, so
that the chart reads as one dissection and not as loose sausages.
"""
from ..insets import sole_xy
from ..views import FB_CX
from . import Muscle


def sole(pts):
    """Back-view coordinates of points (a, l) of the left sole inset."""
    return [(FB_CX - sole_xy(p)[0], sole_xy(p)[1]) for p in pts]


def spindle(a, b, w, c=None):
    """A slim belly or tendon slip from a to b, widest (w) at c (default the
    middle): four points, pointed at both ends (corners SPINDLE)."""
    c = c or ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = (dx * dx + dy * dy) ** 0.5
    nx, ny = -dy / n * w / 2, dx / n * w / 2
    return [a, (c[0] + nx, c[1] + ny), b, (c[0] - nx, c[1] - ny)]


SPINDLE = (0, 2)


def at(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


# ---------------------------------------------------------------------------
# Back of the knee and calf
# ---------------------------------------------------------------------------

# Popliteus: from the outer side of the lateral femoral condyle (a short
# tendon inside the knee) down and inwards to the triangular area of the back
# of the tibia above the soleal line. Under gastrocnemius and plantaris.
POPLITEUS = Muscle("popliteus", deep=True).add(
    "back", [(199.5, 786.5), (211, 787.5), (225, 797), (236.5, 805), (238.5, 822), (236.5, 842),
             (225, 835), (213, 818), (204, 798)], fibres=(199.5, 787), corners=(0, 5)).add(
    "left", [(174.5, 795), (186, 789.5), (196, 787), (200.2, 790), (200.8, 801), (196, 812), (186, 804)],
    fibres=(174.5, 795), corners=(0,)).add(
    # inset: its insertion at the back of the inner tibia, under the inner head
    "left", [(418, 800), (428, 803), (445, 817), (458.5, 836), (452, 846), (434, 837), (418, 825)],
    fibres=(405, 800), corners=(3,))

# Gastrocnemius: inner and outer heads from the back of the femoral condyles,
# bordering the hollow of the knee below, join in mid-calf on the broad
# tendon that narrows into the Achilles tendon and ends on the back of the
# heel bone (calcaneal tuberosity). The inner head is bigger and reaches lower.
GASTROCNEMIUS = Muscle("gastrocnemius").add(
    # back: the inner head with the Achilles tendon ...
    "back", [(229, 768.5), (240.8, 771), (244.8, 805), (245.6, 850), (242.6, 886), (232.5, 916),
             (226, 945), (222.6, 980), (223.6, 1015), (225, 1031), (213.4, 1031), (214.8, 1015),
             (215.6, 980), (213.8, 940), (210.8, 907), (219.5, 882), (219.5, 835), (220.6, 812),
             (223.6, 792)], fibres=(219, 1000), corners=(0, 1, 9, 10)).add(
    # ... and the outer head, ending higher on the tendon
    "back", [(197.2, 771.5), (208.6, 768.5), (214, 790), (218.4, 812), (219.5, 835), (219.5, 882),
             (210.8, 907), (203.5, 898), (196.5, 880), (193, 845), (193.6, 805)],
    fibres=(213, 935), corners=(0, 1, 6)).add(
    # side: the outer head along the back of the calf, then the tendon
    "left", [(189, 771), (199.8, 769.5), (200.4, 782), (201.4, 800), (207.2, 822), (209.3, 840),
             (207.2, 858), (202.4, 878), (196.3, 900), (190.8, 925), (186.7, 955), (185.6, 985),
             (188.3, 1004), (193.2, 1022), (195.2, 1027.5), (188.3, 1028), (184, 1010), (182.5, 985),
             (183.7, 950), (186.4, 920), (187.5, 890), (186.4, 855), (186.2, 830), (186.8, 800)],
    fibres=(183, 1010), corners=(14, 15)).add(
    # inset: the inner head, bulging at the back of the inner calf
    "left", [(419.5, 771), (430, 768.5), (436.5, 790), (441.5, 830), (444, 865), (441.5, 898),
             (435.5, 925), (436.6, 950), (437.6, 980), (436.5, 1005), (433.8, 1028), (427.6, 1027),
             (430.5, 1008), (434.2, 985), (433.5, 960), (430.4, 935), (425.6, 910), (418.6, 885),
             (412.2, 862), (409.8, 845), (411.8, 825), (416.2, 808), (419.2, 790)],
    fibres=(432, 1000), corners=(0, 1, 10, 11)).add(
    # front: the edge of the inner head shows at the inner side of the calf
    "front", [(275.4, 798), (279.2, 822), (280.2, 852), (279.4, 880), (277.8, 897), (276.5, 880),
              (274.3, 852), (275.9, 822)], fibres=90, corners=(0, 4))

# Soleus: from the back of the fibular head and upper fibula, a tendinous
# arch, and the soleal line of the tibia; under gastrocnemius and wider than
# it at both sides of the lower calf; its fibres reach low along the
# Achilles tendon, which carries them to the heel bone.
SOLEUS = Muscle("soleus", deep=True).add(
    "back", [(196.5, 815), (205, 818), (215, 831), (237, 856), (243.4, 880), (239.6, 920),
             (236.3, 962), (226, 996), (213.5, 997), (205.5, 962), (201.5, 925), (195.2, 890),
             (193.2, 850)], fibres=(219.5, 1010), corners=(0,)).add(
    "left", [(183, 816.5), (192, 818), (203, 838), (205.5, 862), (198.6, 890), (190.6, 925),
             (186.6, 960), (185.6, 990), (183.2, 1002), (180.4, 994), (181.2, 970), (180.6, 940),
             (178.2, 915), (178.3, 890), (179.5, 850), (180.4, 835)],
    fibres=(184, 1005), corners=(0, 8)).add(
    # inset: between the inner head of gastrocnemius and the tibia's inner edge
    "left", [(428, 840), (445, 841), (458.5, 852), (460, 885), (457.2, 925), (452, 962), (444.5, 988),
             (437.8, 999), (434.3, 985), (433.4, 960), (430.6, 930), (426.5, 900), (426, 870)],
    fibres=(436, 1005), corners=(0, 7)).add(
    # front: a sliver at the inner edge of the lower calf
    "front", [(277.8, 886), (280.8, 902), (283.2, 922), (285, 945), (285.2, 965), (284.2, 982),
              (282.8, 990), (282.6, 972), (283.4, 955), (282.8, 935), (281.2, 918), (279, 900)],
    fibres=90, corners=(0, 6))

# Plantaris: a small belly from the lateral supracondylar line of the femur,
# above the outer head of gastrocnemius; its long thin tendon runs down and
# inwards between gastrocnemius and soleus to the inner side of the Achilles
# tendon on the heel bone.
PLANTARIS = Muscle("plantaris", deep=True).add(
    "back", [(203, 768), (210.5, 773), (217.6, 800), (220.5, 822), (227, 870), (229.2, 930),
             (227.4, 1029), (225.4, 1029), (227, 930), (225, 872), (217.4, 826), (208.2, 808), (203, 785)],
    fibres=(222, 830), corners=(0, 6, 7)).add(
    "left", [(191, 767), (198.5, 772), (200.2, 790), (199.5, 806), (196.5, 822), (193.5, 860),
             (189.5, 930), (188.8, 985), (190.6, 1022), (189, 1022.5), (187.2, 985), (187.6, 930),
             (191.5, 860), (193.5, 822), (192.5, 800), (191.5, 782)],
    fibres=(195, 825), corners=(0, 8, 9))

# Tibialis posterior: the deepest calf muscle, from the interosseous membrane
# and the facing backs of tibia and fibula (upper two thirds); its tendon runs
# behind the medial malleolus, in front of the other two, to the navicular
# tuberosity and the arch.
TIBIALIS_POSTERIOR = Muscle("tibialis-posterior", deep=True).add(
    "back", [(206, 827), (222, 831), (229.5, 852), (228.5, 900), (230.5, 950), (235.5, 988),
             (240.5, 1012), (236, 1013), (229.8, 986), (222, 942), (212.5, 892), (205, 852)],
    fibres=90, corners=(0, 6, 7)).add(
    # inset: seen through the back of the tibia, then its tendon behind the
    # medial malleolus and forward under it to the navicular
    "left", [(451, 833), (462, 848), (462.5, 880), (460.5, 940), (455.5, 985), (453.3, 1000),
             (458, 1011.5), (479, 1023.5), (477.5, 1027.5), (456, 1016.5), (449, 1003), (450.5, 985),
             (452, 940), (449, 880), (447.5, 850)], fibres=95, corners=(0, 7, 8))

# Flexor digitorum longus: from the back of the tibia below the soleal line,
# on the inner side; its tendon passes behind the medial malleolus (behind
# that of tibialis posterior) into the sole, where it splits for the four
# lesser toes.
FLEXOR_DIGITORUM_LONGUS = Muscle("flexor-digitorum-longus", deep=True).add(
    "back", [(227, 846), (237, 853), (240.8, 880), (238.5, 930), (236.2, 975), (234.5, 1000),
             (236.5, 1015), (232, 1015), (229.5, 995), (226.5, 960), (224.5, 900)],
    fibres=92, corners=(0, 6, 7)).add(
    # front: only its edge, just behind the inner border of the tibia
    "front", [(279.5, 846), (283.8, 872), (285.2, 905), (287.2, 935), (288, 962), (286.6, 985),
              (283.4, 1001), (282, 985), (283.4, 962), (282.9, 935), (280.4, 910), (277.3, 885),
              (276.2, 862)], fibres=90, corners=(0, 6)).add(
    "left", [(447, 855), (459.5, 868), (460, 930), (455.5, 975), (449.2, 1002), (455, 1019),
             (474, 1036), (472, 1040), (452.5, 1024), (444.8, 1004), (448.5, 975), (446.5, 920),
             (445.5, 880)], fibres=95, corners=(0, 6, 7))

# Flexor hallucis longus: from the lower two thirds of the back of the
# fibula, on the outer side of the calf, deep to soleus; its tendon slants
# inwards behind the ankle, under the sustentaculum tali and along the sole
# to the last bone of the big toe.
FLEXOR_HALLUCIS_LONGUS = Muscle("flexor-hallucis-longus", deep=True).add(
    "back", [(199.5, 868), (210, 871), (218.5, 900), (223.5, 950), (227.2, 985), (230.8, 1016),
             (226.4, 1017), (218.5, 992), (208, 967), (201.5, 925)], fibres=95, corners=(0, 5, 6)).add(
    "left", [(178.8, 878), (184.8, 895), (188, 930), (187.4, 965), (184.4, 996), (181.5, 1011),
             (179.2, 1002), (178.4, 970), (177.6, 935), (177.4, 900)], fibres=92, corners=(0, 5)).add(
    # inset: its belly low behind the other deep muscles, the tendon under
    # the inner ankle and along the arch to the big toe
    "left", [(437, 920), (446.5, 925), (448.2, 965), (447.8, 995), (451.5, 1015), (463, 1028.5),
             (480, 1035.3), (500, 1037.6), (530, 1042.6), (561, 1046), (560.5, 1048.3), (530, 1045),
             (500, 1040), (480, 1038), (460, 1032), (446.5, 1016), (441.5, 995), (438.5, 960)],
    fibres=95, corners=(0, 9, 10))


# ---------------------------------------------------------------------------
# Front and outer side of the leg
# ---------------------------------------------------------------------------

# Tibialis anterior: from the lateral condyle and upper two thirds of the
# outer face of the tibia, just outside its crest; the tendon crosses the
# front of the ankle to the inner side of the foot (medial cuneiform and base
# of the first metatarsal).
TIBIALIS_ANTERIOR = Muscle("tibialis-anterior").add(
    "front", [(302.6, 818), (311.2, 806.8), (313.8, 850), (313.4, 880), (310.8, 905), (305.6, 930),
              (300.4, 955), (296.2, 985), (292.6, 1005), (289.2, 1024.5), (285.6, 1022.5), (288.6, 1003),
              (292.2, 985), (295.4, 955), (297.8, 930), (300.4, 905), (301.8, 880), (302.2, 850)],
    fibres=95, corners=(0, 1, 9, 10)).add(
    # side: the front strip of the leg; the tendon turns over the instep to
    # the hidden inner side of the foot
    "left", [(137.8, 818), (147.8, 806.8), (151.2, 850), (152.2, 888), (150.6, 925), (149.5, 955),
             (151, 990), (149, 1004), (141.5, 1013.2), (139.5, 1011.8), (143.5, 1007), (147.9, 999),
             (148.1, 990), (145.8, 955), (143.6, 925), (141, 888), (138.7, 850)],
    fibres=93, corners=(0, 1, 8, 9)).add(
    # inset: the tendon crossing the front of the ankle to the inner midfoot
    "left", [(471, 962), (473.6, 972), (472.6, 985), (472.6, 995), (477, 1007), (489, 1021),
             (495, 1027.5), (491.5, 1030), (482, 1021), (472, 1008), (468.4, 990), (469, 975)],
    fibres=100, corners=(0, 6, 7))

# Extensor digitorum longus: from the lateral tibial condyle and the upper
# three quarters of the front of the fibula; between tibialis anterior and
# the peroneals; its tendon crosses the ankle and splits into four for the
# lesser toes.
EXTENSOR_DIGITORUM_LONGUS = Muscle("extensor-digitorum-longus").add(
    "front", [(311.2, 806.8), (317.2, 804.5), (323.4, 808.5), (322.4, 850), (321.4, 880), (319.2, 897), (317.2, 912),
              (315.5, 920), (314.6, 930), (308.8, 955), (305.8, 985), (306.2, 1004), (302, 1004),
              (301.2, 985), (305.6, 955), (311.6, 930), (312.6, 905), (313.4, 880), (313.8, 850)],
    fibres=92, corners=(0, 2, 11, 12)).add(
    # side: along the front of the fibula; on the foot its tendons run below
    # that of the big toe towards the lesser toes
    "left", [(147.8, 806.8), (154.5, 805.5), (161.5, 809.5), (162.8, 850), (162.3, 888), (160.9, 922), (158.6, 938),
             (156.6, 955), (157.3, 990), (156.6, 1002), (150, 1010), (130, 1022), (110, 1030),
             (90, 1036.5), (70, 1042.5), (64, 1043.2), (70, 1039.9), (90, 1034.7), (110, 1028.4),
             (130, 1020.2), (152.8, 1003), (154, 990), (153.8, 955), (154.6, 925), (152.2, 888),
             (151.2, 850)], fibres=92, corners=(0, 2, 15))
for bend, toe in [((308.6, 1026), (312.5, 1044)), ((310.8, 1026), (320.8, 1043.5)),
                  ((315.8, 1026), (328.6, 1042.5)), ((322.2, 1026), (335.6, 1040.5))]:
    # the four tendons fanning over the top of the foot (front view), over
    # the short extensors
    EXTENSOR_DIGITORUM_LONGUS.add("front", spindle((305, 1003), toe, 2.4, bend), corners=SPINDLE)

# Extensor hallucis longus: from the middle of the front of the fibula and the
# interosseous membrane, deep between tibialis anterior and extensor
# digitorum longus, surfacing in the lower leg; its tendon runs over the
# ankle and the top of the foot to the last bone of the big toe.
EXTENSOR_HALLUCIS_LONGUS = Muscle("extensor-hallucis-longus").add(
    "front", [(311.8, 893), (312.6, 905), (311.6, 930), (305.6, 955), (301.2, 985), (300.6, 1005),
              (299.6, 1046), (296, 1046), (296.8, 1005), (296.2, 985), (300.4, 955), (305.6, 930),
              (310.8, 905)], fibres=95, corners=(0, 6, 7)).add(
    "left", [(152.2, 888), (154.6, 925), (153.8, 955), (154, 990), (152.8, 1003), (130, 1020.2),
             (110, 1028.4), (90, 1034.7), (70, 1039.9), (60.5, 1041.6), (70, 1037.4), (90, 1032.2),
             (110, 1025.9), (130, 1017.7), (142, 1010.2), (149, 1002), (151, 990), (149.5, 955),
             (150.6, 925)], fibres=95, corners=(0, 9)).add(
    # inset: the tendon along the top of the foot to the big toe
    "left", [(472, 978), (473, 1000), (478.5, 1008.5), (490, 1017.1), (510, 1025.5), (530, 1031.8),
             (555, 1038.3), (562, 1041.2), (561.5, 1043.4), (555, 1040.6), (530, 1034.1), (510, 1027.8),
             (490, 1019.4), (475.5, 1009), (470, 995)], fibres=20, corners=(0, 7, 8))

# Peroneus (fibularis) longus: from the head and upper two thirds of the
# outer face of the fibula; its tendon lies on peroneus brevis, runs behind
# the lateral malleolus (behind the brevis tendon), under the peroneal
# trochlea and through the groove of the cuboid across the sole to the
# first metatarsal base and medial cuneiform.
PERONEUS_LONGUS = Muscle("peroneus-longus").add(
    "left", [(161.5, 809.5), (170, 805.5), (179, 806), (184.2, 812), (180.4, 835), (179.5, 850), (178.3, 890), (176.4, 930),
             (175.4, 950), (176.4, 975), (179, 998), (180.8, 1008), (180.5, 1018), (172, 1031),
             (147, 1047.2), (144.8, 1044.6), (166, 1027.5), (175.6, 1014.5), (176.9, 1006),
             (175.6, 996), (172.6, 975), (171.4, 950), (170.6, 925), (165, 908), (162.3, 890),
             (162.8, 850)], fibres=93, corners=(0, 14, 15)).add(
    "front", [(323.4, 808.5), (327, 810), (328.7, 824), (330, 850), (328, 880), (325.4, 900), (322.4, 918),
              (320.8, 905), (321.4, 880), (322.4, 850)], fibres=92, corners=(0, 6)).add(
    # back: a strip along the outer edge of the calf, then the tendon to
    # behind the lateral malleolus
    "back", [(192.2, 822), (193.6, 850), (194.4, 880), (197.8, 905), (202.6, 940), (205.5, 975),
             (206.4, 1000), (205.4, 1012), (202.2, 1019), (203.6, 1000), (203.3, 975), (199.9, 940),
             (195.9, 910), (192.1, 880), (190, 850), (190.6, 828)], fibres=92, corners=(0, 8))

# Peroneus (fibularis) brevis: from the lower two thirds of the outer face of
# the fibula, under peroneus longus and showing on both sides of its tendon;
# its own tendon runs behind the lateral malleolus, against the bone, to the
# tuberosity of the fifth metatarsal base.
PERONEUS_BREVIS = Muscle("peroneus-brevis").add(
    "left", [(165.5, 878), (177, 900), (180.6, 940), (181.2, 970), (180.2, 990), (177.8, 1005),
             (176.6, 1016), (158, 1032.8), (134.2, 1043), (132.8, 1039.8), (156, 1028.6), (172.4, 1013),
             (174.3, 1005), (170, 993), (163.5, 983), (161.2, 955), (161, 922), (162.3, 900)],
    fibres=95, corners=(0, 8, 9)).add(
    "front", [(319.6, 893), (322.2, 905), (321.8, 928), (319.8, 945), (317.6, 965), (316.2, 988),
              (315.6, 1000), (312.4, 990), (313.8, 975), (315.6, 955), (317, 930), (318.3, 910)],
    fibres=92, corners=(0, 6)).add(
    "back", [(197.6, 895), (202, 915), (205.5, 945), (208.3, 975), (208.2, 1000), (206.6, 1012),
             (203.8, 1005), (204.2, 978), (201.5, 948), (198.6, 920)], fibres=92, corners=(0, 5))

# Peroneus (fibularis) tertius: the lower outer part of extensor digitorum
# longus, from the lower front of the fibula; its tendon crosses the front of
# the ankle to the top of the fifth metatarsal base.
PERONEUS_TERTIUS = Muscle("peroneus-tertius").add(
    "front", [(315.5, 920), (317, 930), (315.6, 955), (311.4, 980), (310, 995), (327.4, 1025.2),
              (325.2, 1028), (307.5, 1002), (305.8, 985), (308.8, 955), (314.6, 930)],
    fibres=95, corners=(0, 5, 6)).add(
    "left", [(161, 920), (161.2, 955), (160.8, 985), (159.5, 1002), (146, 1026), (134.5, 1036.8),
             (132.8, 1034.5), (142, 1023), (155.5, 1002), (157.3, 990), (156.6, 955), (158.6, 938)],
    fibres=95, corners=(0, 5, 6))


# ---------------------------------------------------------------------------
# Top of the foot
# ---------------------------------------------------------------------------

# Extensor digitorum brevis: from the upper outer surface of the calcaneus,
# in front of the lateral malleolus; its three slim tendons join the long
# extensor tendons of the second to fourth toes.
EXTENSOR_DIGITORUM_BREVIS = Muscle("extensor-digitorum-brevis").add(
    "front", [(327, 1015), (329, 1026), (330, 1040), (313, 1041), (316, 1030), (320.5, 1019)],
    fibres=(321, 1046), corners=(0, 2, 3)).add(
    "left", [(161, 1021), (160, 1031), (145, 1035), (125, 1036.8), (100, 1040), (80, 1043.8),
             (79, 1041.2), (100, 1036.4), (118, 1030), (128, 1022.5), (140, 1019.5), (154, 1018)],
    fibres=(80, 1042), corners=(0, 5, 6))

# Extensor hallucis brevis: the inner part of the same pad on the calcaneus;
# its tendon crosses the top of the foot to the base of the big toe.
EXTENSOR_HALLUCIS_BREVIS = Muscle("extensor-hallucis-brevis").add(
    "front", [(320.5, 1019), (316, 1030), (304, 1041.5), (300.5, 1038.5), (313, 1024.5)],
    fibres=(300, 1041), corners=(0, 2, 3)).add(
    "left", [(156, 1017.5), (150, 1020.5), (130, 1023), (110, 1029.5), (92, 1034.5), (91, 1032.4),
             (110, 1026.5), (124, 1020), (140, 1016.5)], fibres=(91, 1033.5), corners=(0, 4, 5))

# Interossei: four dorsal ones filling the spaces between the metatarsals
# (seen from the top of the foot), three plantar ones under the third to
# fifth metatarsals (seen from the sole); from the metatarsal shafts to the
# bases of the toes.
INTEROSSEI_FOOT = Muscle("interossei-foot", deep=True)
for a, b, c in [((302.5, 1017), (307.4, 1043), (304.8, 1034)), ((313.5, 1019), (316.2, 1043), (315, 1034)),
                ((321.2, 1021), (324.6, 1042.5), (322.8, 1034)), ((327.6, 1021), (332, 1041), (329.6, 1034))]:
    INTEROSSEI_FOOT.add("front", spindle(a, b, 6.5, c), fibres=95, corners=SPINDLE)
# side: the fourth dorsal one on the outer forefoot; inset: the first dorsal one
INTEROSSEI_FOOT.add("left", spindle((130, 1027.5), (80, 1040), 5.5, (100, 1034)), fibres=165, corners=SPINDLE)
INTEROSSEI_FOOT.add("left", spindle((500, 1026), (542, 1037.5), 5.5, (522, 1032.2)), fibres=18, corners=SPINDLE)
for a, b, c in [((1, 74), (4.5, 124), (2.5, 100)), ((9, 72), (12.5, 120), (10.8, 100)),
                ((16, 70), (20.5, 115), (18.6, 96))]:
    INTEROSSEI_FOOT.add("back", sole(spindle(a, b, 6, c)), fibres=-88, corners=SPINDLE)


# ---------------------------------------------------------------------------
# Sole (the back view's left sole inset) and the edges of the foot
# ---------------------------------------------------------------------------

# Abductor hallucis: from the medial process of the calcaneal tuberosity
# along the inner border of the sole to the inner side of the base of the big
# toe.
ABDUCTOR_HALLUCIS = Muscle("abductor-hallucis").add(
    "back", sole([(-5, 12), (-13, 14.5), (-15.1, 24), (-14.1, 46), (-13.6, 62), (-15, 76), (-19, 90),
                  (-22.2, 103), (-23.5, 116), (-22.8, 124), (-19.8, 123), (-18.6, 104), (-16, 88),
                  (-11.5, 72), (-7, 50), (-4.5, 28)]), fibres=-93, corners=(0, 9, 10)).add(
    # inset: the fleshy lower border of the inner arch
    "left", [(433.5, 1033), (450, 1029.5), (468, 1023), (490, 1030), (515, 1036.5), (540, 1043),
             (539, 1046.8), (515, 1041.8), (495, 1040.2), (480, 1043), (460, 1046.6), (440, 1047.4),
             (434, 1043)], fibres=172, corners=(5, 6))

# Flexor digitorum brevis: the middle of the sole, from the medial process of
# the calcaneal tuberosity under the plantar fascia; four tendons to the
# middle bones of the lesser toes.
FLEXOR_DIGITORUM_BREVIS = Muscle("flexor-digitorum-brevis").add(
    "back", sole([(-1, 14), (4, 13), (8, 24), (11, 45), (12.5, 70), (11, 92), (4, 97), (-5, 95),
                  (-8, 75), (-6, 45), (-3, 26)]), fibres=-90, corners=(0, 1))
for a, b in [((-4, 93), (-4.5, 138)), ((0, 95), (4.5, 133)), ((4, 95), (12.5, 127)), ((8.5, 92), (20, 119))]:
    FLEXOR_DIGITORUM_BREVIS.add("back", sole(spindle(a, b, 2.6, at(a, b, 0.6))), corners=SPINDLE)

# Abductor digiti minimi: from the lateral process of the calcaneal
# tuberosity along the outer border of the sole to the outer side of the base
# of the little toe.
ABDUCTOR_DIGITI_MINIMI_FOOT = Muscle("abductor-digiti-minimi-foot").add(
    "back", sole([(6, 10), (12, 6), (17.3, 12), (19.3, 24), (20.4, 44), (21.8, 64), (23.3, 84),
                  (24.6, 100), (24.8, 112), (23.8, 119.5), (21.4, 118.5), (22, 104), (20, 88),
                  (15.5, 70), (12.5, 45), (9, 22)]), fibres=-86, corners=(0, 9, 10)).add(
    # side: the fleshy outer border of the foot, from the heel
    "left", [(191, 1034), (186.5, 1046.8), (160, 1048.6), (130, 1048.6), (100, 1048.4), (73, 1046.8),
             (73.5, 1044.2), (100, 1045), (120, 1042.5), (140, 1038.2), (165, 1036.8)],
    fibres=178, corners=(5, 6))

# Quadratus plantae: two heads from the underside of the calcaneus, deep to
# flexor digitorum brevis, into the outer edge of the long flexor tendon.
QUADRATUS_PLANTAE = Muscle("quadratus-plantae", deep=True).add(
    "back", sole([(-9, 15), (-3, 12), (3, 12), (9, 16), (8, 36), (3, 56), (-2, 63), (-7, 57),
                  (-9.5, 36)]), fibres=(-2, 66), corners=(0, 3, 6))

# Lumbricals: four slips from the tendons of flexor digitorum longus in the
# middle of the sole to the inner sides of the four lesser toes.
LUMBRICALS_FOOT = Muscle("lumbricals-foot", deep=True)
for a, c, b in [((-4, 80), (-7, 102), (-8, 128)), ((0, 82), (-0.5, 102), (1, 125)),
                ((3.5, 80), (6, 101), (10, 122)), ((7, 80), (13, 101), (17.5, 118))]:
    LUMBRICALS_FOOT.add("back", sole(spindle(a, b, 4, c)), fibres=-90, corners=SPINDLE)

# Flexor hallucis brevis: from the cuboid and lateral cuneiform, two bellies
# under the first metatarsal to both sides of the base of the big toe.
FLEXOR_HALLUCIS_BREVIS = Muscle("flexor-hallucis-brevis", deep=True).add(
    "back", sole([(-7, 66), (-12, 70), (-18, 86), (-21.5, 104), (-21, 121), (-17, 124), (-13.5, 121),
                  (-11.5, 104), (-9, 84)]), fibres=-96, corners=(0,)).add(
    # inset: under the first metatarsal, above the abductor's tendon
    "left", [(495, 1032), (510, 1033), (525, 1035.2), (541, 1040.5), (540, 1043), (525, 1039.8),
             (510, 1037.8), (497, 1036.5)], fibres=172, corners=(0, 3, 4))

# Adductor hallucis: an oblique head from the bases of the second to fourth
# metatarsals and a transverse head from the joints of the third to fifth
# toes, both to the outer side of the base of the big toe.
ADDUCTOR_HALLUCIS = Muscle("adductor-hallucis", deep=True).add(
    "back", sole([(-4, 74), (3, 72), (8, 78), (6, 92), (-2, 106), (-11, 119), (-13, 115), (-8, 96),
                  (-5, 84)]), fibres=(-12, 118), corners=(5, 6)).add(
    "back", sole([(21, 105), (22, 111), (10, 115.5), (-2, 118.5), (-12, 120.5), (-13, 116.5),
                  (-2, 110.5), (10, 107.5)]), fibres=-2, corners=(0, 4, 5))

# Flexor digiti minimi brevis: from the base of the fifth metatarsal under its
# shaft to the base of the little toe.
FLEXOR_DIGITI_MINIMI_BREVIS_FOOT = Muscle("flexor-digiti-minimi-brevis-foot", deep=True).add(
    "back", sole([(15, 72), (20, 70), (23.5, 88), (24, 104), (22.4, 117), (19.8, 116), (17.5, 100),
                  (15, 85)]), fibres=-88, corners=(4, 5)).add(
    "left", [(131, 1035.8), (110, 1037.6), (88, 1040.6), (74.5, 1042.6), (74, 1044.8), (90, 1043.6),
             (110, 1042.6), (130, 1040.2)], fibres=178, corners=(0, 3, 4))


# Deep muscles are drawn first whatever the order; among the superficial
# ones, later entries are drawn over earlier ones (peroneus longus over
# brevis, the long extensor tendons over the short extensors).
MUSCLES = [
    POPLITEUS, SOLEUS, PLANTARIS, TIBIALIS_POSTERIOR, FLEXOR_DIGITORUM_LONGUS, FLEXOR_HALLUCIS_LONGUS,
    GASTROCNEMIUS, EXTENSOR_DIGITORUM_BREVIS, EXTENSOR_HALLUCIS_BREVIS, INTEROSSEI_FOOT,
    PERONEUS_BREVIS, PERONEUS_TERTIUS, PERONEUS_LONGUS,
    TIBIALIS_ANTERIOR, EXTENSOR_DIGITORUM_LONGUS, EXTENSOR_HALLUCIS_LONGUS,
    ABDUCTOR_HALLUCIS, FLEXOR_DIGITORUM_BREVIS, ABDUCTOR_DIGITI_MINIMI_FOOT, QUADRATUS_PLANTAE,
    LUMBRICALS_FOOT, FLEXOR_HALLUCIS_BREVIS, ADDUCTOR_HALLUCIS, FLEXOR_DIGITI_MINIMI_BREVIS_FOOT,
]
