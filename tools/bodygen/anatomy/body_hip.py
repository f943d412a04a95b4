"""Muscle shapes: pelvis, hip and thigh. See the package docstring for the conventions.

Landmarks used below (SVG units of the body charts, patient's left):

  back view   iliac crest (239 503) -> (218 489) -> (188 480); PSIS dimple (239 508);
              sacrum edge (243 510) -> (254 565); coccyx tip (260 578); greater
              trochanter (175 545); ischial tuberosity (232 590); gluteal fold y 602-607;
              knee crease y 792; fibular head (195 815).
  front view  ASIS (329.4 509), the crest rising from it to (334 472); pubic tubercle
              (274 546); greater trochanter (348 550);
              kneecap centre (301.6 784.5), 9.6 x 12.6; pes anserinus (285 830).
  left side   iliac crest from the ASIS (133 505) over (173 489) to the PSIS (211 509);
              greater trochanter (173 560), 9.6 x 13; ischial tuberosity (195 588);
              kneecap (132-144, 766-800); fibular head (180 813). Inner-leg inset (medial view, front
              = larger x): cut at y 661, adductor tubercle (447 768), posteromedial
              tibial condyle (432 816), pes anserinus (468 842).

Edges that lie on the silhouette are placed about 0.8 units outside it, so that
the muscle's border coincides with the body's outline.
"""
from . import Muscle

MUSCLES = [
    # ------------------------------------------------ deep: pelvic floor and hip rotators
    # Levator ani (left half of the pelvic floor). Origin: back of the pubis
    # and the tendinous arch on the obturator fascia of the side wall.
    # Insertion: the anococcygeal ligament and coccyx at the midline. Seen from
    # behind as one side of a funnel around the anal canal.
    Muscle("levator-ani", deep=True)
    .add("back", [(259.6, 574), (248, 567), (236, 566), (230, 574), (233, 587), (243, 596), (252, 600.5),
                  (259.6, 600.5), (259.9, 590)],
         fibres=(260, 600), corners=(0, 7)),

    # Coccygeus. Origin: ischial spine. Insertion: side of the lower sacrum and
    # coccyx. A small triangle just above levator ani.
    Muscle("coccygeus", deep=True)
    .add("back", [(236, 556), (246, 550), (255, 553), (259.2, 563), (259, 577), (250, 572)],
         fibres=(236, 557), corners=(0, 4)),

    # Obturator internus. Origin: inner surface of the obturator membrane and
    # the bone around it, inside the pelvis. Its tendon turns round the lesser
    # sciatic notch and runs between the gemelli to the trochanteric fossa.
    # Back view: the fan inside the pelvis, seen through, and the tendon.
    Muscle("obturator-internus", deep=True)
    .add("back", [(184, 551.5), (205, 556.5), (226, 559), (240, 560), (252, 567), (258.7, 581),
                  (258.2, 596), (250, 602), (240, 597), (234.5, 583), (229, 567), (212, 566),
                  (196, 561), (185, 556)],
         fibres=(236, 565), corners=(0,))
    .add("left", [(176, 554), (188, 557), (199, 559), (199, 566), (188, 565), (176, 559)],
         fibres=180, corners=(0, 2, 3)),

    # Gemelli. Superior: ischial spine; inferior: upper ischial tuberosity. Both
    # join the obturator internus tendon to the medial surface of the greater
    # trochanter (trochanteric fossa). Drawn as one band around that tendon.
    Muscle("gemelli", deep=True)
    .add("back", [(236, 554), (216, 554), (196, 551.5), (184, 549.5), (185, 557), (200, 563),
                  (218, 568.5), (235, 573), (239.5, 563)],
         fibres=180, corners=(0, 3, 7))
    .add("left", [(176, 552), (188, 553), (199, 555), (200, 568), (188, 566), (177, 559)],
         fibres=(172, 555), corners=(0, 2, 3)),

    # Quadratus femoris. Origin: lateral border of the ischial tuberosity.
    # Insertion: quadrate tubercle on the intertrochanteric crest. Flat and
    # rectangular, its fibres horizontal.
    Muscle("quadratus-femoris", deep=True)
    .add("back", [(233, 575), (210, 573), (188, 569), (186.5, 579), (190, 589), (212, 591), (234, 593),
                  (236, 584)],
         fibres=0, corners=(0, 2, 4, 6))
    .add("left", [(180, 566), (191, 570), (201, 574), (202, 591), (191, 588), (180, 582)],
         fibres=4, corners=(0, 2, 3, 5)),

    # Piriformis. Origin: front of the sacrum (S2-S4), through the greater
    # sciatic notch. Insertion: upper border of the greater trochanter. Pear
    # shaped, broad at the sacrum and narrowing to a round tendon.
    Muscle("piriformis", deep=True)
    .add("back", [(245, 517), (229, 523), (211, 529.5), (194, 534), (180, 537.5), (194, 548),
                  (212, 553), (232, 557), (248, 556), (250, 537)],
         fibres=(176, 538), corners=(0, 4, 8))
    .add("left", [(175, 544), (188, 535), (201, 527), (211, 522), (214, 540), (211, 558), (199, 556),
                  (187, 552), (176, 550)],
         fibres=(172, 547), corners=(0, 3, 5)),

    # ---------------------------------------- deep: under gluteus medius, quadriceps, adductors
    # Gluteus minimus. Origin: outer ilium between the anterior and inferior
    # gluteal lines, below gluteus medius. Insertion: anterior surface of the
    # greater trochanter. A smaller fan entirely under gluteus medius.
    Muscle("gluteus-minimus", deep=True)
    .add("back", [(184, 491), (198, 494), (212, 503), (222, 516), (208, 527), (192, 537), (179, 545),
                  (175.5, 530), (178, 508)],
         fibres=(176, 547), corners=(3, 6))
    .add("front", [(328, 514), (336, 505), (344.3, 512), (347.1, 524), (348.4, 537), (344, 549),
                   (336, 538), (330, 526)],
         fibres=(345, 552), corners=(5,))
    .add("left", [(134, 515), (147, 505), (165, 498), (183, 498), (199, 507), (193, 526), (178, 548),
                  (166, 558), (155, 545), (140, 531)],
         fibres=(165, 563), corners=(0, 4, 7)),

    # Vastus intermedius. Origin: front and lateral surfaces of the upper two
    # thirds of the femoral shaft. Insertion: deep part of the quadriceps
    # tendon. Hidden under rectus femoris.
    Muscle("vastus-intermedius", deep=True)
    .add("front", [(318, 570), (327, 590), (329.5, 640), (325, 700), (315, 748), (305, 769), (297, 750),
                   (299, 700), (304, 640), (310, 590)],
         fibres=95, corners=(0, 5))
    .add("left", [(150, 575), (136, 600), (124, 640), (124.5, 690), (130, 740), (137, 768), (147, 760),
                  (155, 710), (158, 650), (158, 600)],
         fibres=88, corners=(0, 5)),

    # Adductor brevis. Origin: body and inferior ramus of the pubis. Insertion:
    # upper third of the linea aspera. Under pectineus and adductor longus.
    Muscle("adductor-brevis", deep=True)
    .add("front", [(264, 557), (272, 551), (287, 561), (302, 578), (311, 596), (310, 622), (300, 614),
                   (285, 597), (271, 584), (264.5, 571)],
         fibres=(266, 560), corners=(0, 5)),

    # ------------------------------------------------ superficial, from the deepest layer out
    # (drawn in this order, so that a muscle lying over another is drawn after it)
    # Adductor magnus. Origin: inferior pubic ramus, ischial ramus and ischial
    # tuberosity. Insertion: linea aspera and, by its hamstring part, the
    # adductor tubercle above the medial condyle. Back view: the medial band
    # between the inner hamstrings and gracilis; front and inset: its edge
    # along the back of the inner thigh and the tendon to the tubercle.
    Muscle("adductor-magnus")
    .add("back", [(236, 592), (249, 597), (252.5, 615), (247.5, 660), (243.5, 710), (242, 745),
                  (243, 768), (236, 742), (228.5, 705), (225, 660), (226, 620), (228, 600)],
         fibres=(243, 775), corners=(0, 6))
    .add("front", [(268, 615), (271.5, 620), (277.5, 655), (280.5, 700), (280, 745), (277.5, 768),
                   (274.4, 740), (271.8, 700), (268.4, 660), (265.6, 622)],
         fibres=(277, 775), corners=(0, 5))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(431, 662.2), (448, 661), (447, 700), (447, 740), (449, 768), (444, 765), (440, 735),
                  (434, 700)],
         fibres=(448, 775), corners=(0, 1, 4)),

    # Semimembranosus. Origin: ischial tuberosity (upper outer facet), by a
    # long flat tendon. Insertion: back of the medial tibial condyle. Broad in
    # the lower thigh, where it shows on both sides of semitendinosus.
    Muscle("semimembranosus")
    .add("back", [(229, 597), (224, 625), (219.5, 665), (218, 705), (221, 745), (228, 780), (236, 808),
                  (242.5, 795), (243.5, 755), (241.5, 710), (237.5, 660), (234, 615)],
         fibres=(235, 820), corners=(0, 6))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(417, 664.1), (438.5, 661.4), (440, 700), (437, 740), (432, 775), (430, 800), (432, 818),
                  (424, 812), (419, 790), (417, 760), (413, 720), (413, 690)],
         fibres=(428, 820), corners=(0, 1, 6)),

    # Pectineus. Origin: pecten of the pubis. Insertion: pectineal line of the
    # femur, below the lesser trochanter. A flat quadrilateral in the floor of
    # the femoral triangle, medial to the femoral vessels.
    Muscle("pectineus")
    .add("front", [(276, 546), (290, 541.5), (303, 539), (309, 556), (312, 578), (304, 582), (292, 566),
                   (282, 555)],
         fibres=(312, 580), corners=(0, 2, 4)),

    # Adductor longus. Origin: body of the pubis below the pubic tubercle.
    # Insertion: middle third of the linea aspera. A triangle whose lateral
    # edge is the medial border of the femoral triangle.
    Muscle("adductor-longus")
    .add("front", [(271, 549), (278, 551), (291, 572), (301, 600), (307, 630), (308, 662), (300, 656),
                   (287, 628), (276, 600), (269.5, 575), (267.5, 558)],
         fibres=(271, 549), corners=(0, 5)),

    # Vastus lateralis. Origin: intertrochanteric line, base of the greater
    # trochanter, gluteal tuberosity, lateral lip of the linea aspera.
    # Insertion: lateral border of the kneecap and the quadriceps tendon. It
    # covers the whole outer thigh under the iliotibial band.
    Muscle("vastus-lateralis")
    .add("front", [(337, 562), (344, 559), (349.3, 585), (347.2, 612), (338.2, 700), (332.4, 740),
                   (324, 767), (312, 777), (313, 762), (317.5, 730), (323.5, 680), (329.5, 620), (333, 580)],
         fibres=(300, 800), corners=(0, 7))
    .add("back", [(182, 580), (176.5, 582), (172.3, 600), (174.5, 630), (177.2, 655), (181.7, 700),
                  (188.3, 750), (191.5, 774), (194, 778), (194, 750), (196, 710), (201, 668), (200, 632),
                  (190, 600)],
         fibres=(215, 830), corners=(8,))
    .add("left", [(163, 572), (178, 576), (187, 610), (192, 660), (191.5, 705), (190, 745), (182, 765),
                  (160, 772), (141, 776), (133, 760), (131, 730), (133, 680), (140, 620), (151, 585)],
         fibres=(140, 800), corners=(0, 8)),

    # Vastus medialis. Origin: intertrochanteric and spiral lines, medial lip of
    # the linea aspera. Insertion: medial border of the kneecap. Visible in the
    # lower inner thigh as the teardrop above and inside the kneecap.
    Muscle("vastus-medialis")
    .add("front", [(303, 600), (292, 640), (280, 680), (275.5, 715), (276, 750), (279, 770), (287, 781),
                   (295, 779), (296.5, 762), (297.5, 720), (300, 670), (302.5, 630)],
         fibres=(305, 790), corners=(0, 7))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(460, 660.9), (500.8, 664.6), (497, 700), (492, 740), (487, 765), (479, 776), (466, 774),
                  (456, 762), (452, 740), (455, 710), (458, 685)],
         fibres=(482, 785), corners=(0, 1, 5)),

    # Rectus femoris. Origin: anterior inferior iliac spine and the rim above
    # the acetabulum. Insertion: upper border of the kneecap (quadriceps
    # tendon). A bipennate spindle down the middle of the front of the thigh.
    Muscle("rectus-femoris")
    .add("front", [(322, 522), (327.5, 540), (330.5, 575), (329.5, 625), (323, 680), (314.5, 730),
                   (309.5, 758), (307, 772), (296, 771), (295, 750), (297, 700), (302, 640), (308, 585),
                   (315.5, 535)],
         fibres=95, corners=(0, 7, 8))
    .add("left", [(134, 522), (122, 548), (118, 580), (116.2, 600), (115.5, 630), (116.2, 660),
                  (120.2, 700), (125.5, 740), (131, 767), (139, 763), (143, 730), (144, 680), (142, 630),
                  (139, 575)],
         fibres=92, corners=(0, 8)),

    # Biceps femoris. Long head: ischial tuberosity (with semitendinosus);
    # short head: lateral lip of the linea aspera. Insertion: head of the
    # fibula. The outer hamstring, its tendon the lateral border of the
    # popliteal fossa.
    Muscle("biceps-femoris")
    .add("back", [(233, 593), (226, 608), (212, 640), (199, 678), (191.5, 720), (191.5, 760), (193, 795),
                  (195, 816), (200.5, 804), (205, 780), (209, 750), (217, 710), (224, 670), (230, 630),
                  (234, 606)],
         fibres=(197, 840), corners=(0, 7))
    .add("left", [(192, 590), (200, 604), (206, 640), (208, 690), (205, 740), (199, 780), (186, 812),
                  (180, 812), (182, 780), (185, 740), (183.5, 700), (184, 650), (186, 610)],
         fibres=(183, 850), corners=(0, 7)),

    # Semitendinosus. Origin: ischial tuberosity (with the long head of biceps).
    # Insertion: upper medial tibia (pes anserinus). A fusiform belly on the
    # back-inner thigh ending in a long cord-like tendon.
    Muscle("semitendinosus")
    .add("back", [(234, 595), (228, 615), (222, 650), (221.5, 690), (227, 732), (236, 765), (242, 795),
                  (245.5, 828), (242, 800), (239.5, 770), (236, 732), (237, 690), (238.5, 650), (238, 615)],
         fibres=(243, 840), corners=(0, 7))
    .add("left", [(189, 591), (203, 603), (213.5, 625), (216.9, 650), (212.5, 690), (206.5, 735),
                  (203, 758), (203.5, 730), (207, 690), (208.5, 652), (203, 620), (193, 600)],
         fibres=(205, 780), corners=(0, 6))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(405.2, 667.4), (419, 663.8), (417, 700), (420, 740), (426, 772), (438, 800), (454, 828),
                  (465, 842), (459, 846), (447, 835), (431, 812), (420, 790), (416.5, 768), (412.8, 740),
                  (407.6, 700)],
         fibres=(430, 810), corners=(0, 1, 7, 8)),

    # Gracilis. Origin: body and inferior ramus of the pubis near the
    # symphysis. Insertion: upper medial tibia (pes anserinus). A long strap
    # along the inner edge of the thigh, its tendon behind the medial condyle.
    Muscle("gracilis")
    .add("front", [(268, 555), (270.5, 565), (272.5, 600), (275.5, 650), (278.5, 700), (280, 745),
                   (279.5, 790), (283, 832), (273.5, 795), (275, 766), (274.4, 740), (271.8, 700),
                   (268.4, 660), (264.9, 620), (262.2, 582)],
         fibres=92, corners=(0, 7))
    .add("back", [(249, 603), (255.6, 609), (254.8, 624), (252.3, 650), (248.4, 700), (245.4, 750),
                  (246.6, 790), (245.8, 826), (243, 805), (241.5, 770), (241.5, 720), (245, 660),
                  (249.5, 620)],
         fibres=92, corners=(0, 7))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(441, 661.5), (455, 661), (449, 700), (444, 740), (441, 775), (443, 805), (452, 828),
                  (465, 845), (459, 848), (444, 835), (433, 808), (432, 775), (435, 740), (438, 700)],
         fibres=(420, 1000), corners=(0, 1, 7, 8)),

    # Sartorius. Origin: ASIS. Insertion: upper medial tibia (pes anserinus).
    # A narrow strap crossing the front of the thigh from lateral to medial,
    # passing behind the medial condyle and turning forward to the shin.
    Muscle("sartorius")
    .add("front", [(330, 507), (327.5, 540), (320, 572), (304, 630), (290.5, 690), (285, 740), (286, 790),
                   (289.5, 829), (281.5, 833), (273.2, 795), (275, 766), (274.5, 740), (279, 690), (292, 630),
                   (324, 518)],
         fibres=(296, 1100), corners=(0, 7, 8))
    .add("left", [(131, 505), (134, 511), (130, 540), (125.5, 580), (123, 620), (119.5, 662),
                  (115.7, 640), (116, 600), (118.3, 575), (119.5, 556), (123, 530)],
         fibres=95, corners=(0, 5))
    # inner-leg inset (medial view of the lower thigh and knee)
    .add("left", [(486, 661.9), (473, 703), (462, 738), (454, 772), (453, 800), (460, 820), (473, 837),
                  (468, 847), (453, 833), (440, 806), (440, 770), (448, 733), (459, 698), (469, 661.1)],
         fibres=(420, 880), corners=(0, 6, 7, 13)),

    # Gluteus medius. Origin: outer surface of the ilium between the iliac crest
    # and the anterior and posterior gluteal lines. Insertion: lateral surface of
    # the greater trochanter. A fan, its back third under gluteus maximus; from
    # the front only its outer edge shows, beside tensor fasciae latae.
    Muscle("gluteus-medius")
    .add("back", [(224.5, 494), (212, 487), (197, 482), (184, 480.5), (180, 496), (175, 518),
                  (172.3, 536), (175, 549), (190, 536), (206, 519), (219, 505)],
         fibres=(172, 552), corners=(0, 7))
    .add("front", [(334, 474), (336.9, 480), (339.5, 492), (342.6, 504), (347.3, 525), (349.5, 541),
                   (347, 553), (342, 538), (337.5, 515), (334, 495)],
         fibres=(348, 556), corners=(0, 6))
    .add("left", [(134, 503), (147, 495.5), (165, 490), (181, 490), (195, 494.5), (207, 503), (199, 518),
                  (186, 538), (174, 555), (160, 542), (146, 523), (137, 510)],
         fibres=(174, 562), corners=(0, 5, 8)),

    # Tensor fasciae latae. Origin: ASIS and the outer lip of the front of the
    # iliac crest. Insertion: the iliotibial tract, a little below the level of
    # the greater trochanter. It runs down and slightly back.
    Muscle("tensor-fasciae-latae")
    .add("front", [(331, 507), (334, 490), (339, 497), (343, 525), (345, 560), (345, 590), (342, 612),
                   (336, 600), (333, 565), (331.5, 535)],
         fibres=86, corners=(0, 6))
    .add("left", [(132, 506), (145, 497), (150, 530), (155, 568), (153, 600), (147, 617), (138, 592),
                  (131, 560), (128, 530)],
         fibres=82, corners=(0, 5)),

    # Gluteus maximus. Origin: posterior iliac crest behind the posterior gluteal
    # line, back of the sacrum and coccyx, sacrotuberous ligament. Insertion:
    # iliotibial tract and gluteal tuberosity of the femur. A thick
    # quadrilateral whose fibres run down and outwards; its lower border crosses
    # the gluteal fold obliquely.
    Muscle("gluteus-maximus")
    .add("back", [(223, 495), (236, 501), (243.5, 512), (250, 533), (258.5, 568), (256, 590), (238, 609),
                  (210, 624), (181, 640), (173.8, 600), (178, 552), (198, 528), (212, 510)],
         fibres=145, corners=(0, 8))
    .add("left", [(200, 496), (212.5, 508), (223, 519), (229.2, 540), (230.9, 562), (230, 580),
                  (224.8, 598), (205, 609), (182, 618), (164, 626), (172, 592), (180, 558), (189, 526)],
         fibres=(150, 650), corners=(0, 9)),
]
