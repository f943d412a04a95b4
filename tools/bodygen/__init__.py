"""bodygen: the generator of the Bodymap pain-drawing charts (assets/body-*.svg).

Run from anywhere:

    python3 tools/gen-body-svg.py            # writes assets/body-{front,back,left,right}.svg
    python3 tools/gen-body-svg.py --check    # also verifies the ids against tests/data/regions.tsv
    python3 tools/gen-body-svg.py --check path/to/regions.tsv

(or ``python3 -m bodygen`` from tools/). Only the Python 3 standard library
is used, and nothing outside the repository is read.

Modules
-------
* ``geometry``: landmark heights, curves, intersections, regions as cycles of
  curves, the ``Figure`` container and mirroring.
* ``hands``: the hand shared by every view.
* ``frontback``: the front and back figures.
* ``sides``: the side view's profile, hanging arm and regions.
* ``insets``: inner-leg and inner-arm insets (side view), soles (back view).
* ``details``: non-clickable strokes (face, nails, ...) and fainter bone
  landmarks (clavicles, costal margin, iliac crests, spinous processes,
  greater trochanter, fibular head, knee caps, malleoli).
* ``svg``: presentation attributes and the ``View`` that writes one file.
* ``views``: the four views assembled.
* ``spec``: the repository's copy of the region spec (tests/data/regions.tsv).
* ``checks``: ``--check``, the generated files against the spec.
* ``__main__``: the command line.

Approach
--------
* One table of landmark heights (``Y``) is shared by all four views, so the
  vertex, chin, shoulder, elbow, hip, knee, ankle and sole sit at the same y in
  every file (all files are 1100 units high, figure 960 units = 7.5 heads).
* Each figure has one smooth silhouette (``body-outline``), drawn as a closed
  centripetal Catmull-Rom spline through hand-placed control points and
  emitted as cubic Beziers.  The front and back figures are built from one
  half (the patient's left, in "body coordinates" where +dx is the patient's
  left) and mirrored, so they are exactly symmetric.  The side views use body
  coordinates (z, y) with -z anterior; body-right.svg is the exact mirror of
  body-left.svg.
* Regions are not drawn one by one.  Instead we define boundary curves
  (edges of strips that follow the silhouette, cuts at landmark heights, the
  jaw line, the clavicle, the iliac crest, ...) and every region is a *cycle
  of curves*: its border runs along curve i from where it crosses curve i-1
  to where it crosses curve i+1.  Neighbouring regions therefore share their
  borders exactly (no gaps, no overlaps).  Where a region reaches the
  silhouette, its border runs outside the body (through the gap between arm
  and trunk, or beyond the outer edge) and the region is clipped to the
  silhouette with ``clip-path``.
* Limbs use strips measured between the two edges of the limb (e.g. the
  lateral thigh strip is the outer 20 % of the thigh), so strip widths follow
  the silhouette automatically.
* Side views: the arm is drawn over the trunk (``arm-outline``), swung a
  little forward from the shoulder with the elbow slightly bent, so that the
  side of the ribs, the flank, the outer hip and the thigh stay in view; its
  regions are laid out on a straight hanging arm and bent into that pose
  (``sides.arm_pose``).  Trunk regions are clipped by ``clip-trunk`` (body
  minus the part of the arm over it, and the ear), arm regions by
  ``clip-arm``.  Inner (medial) surfaces that a lateral view cannot show
  are drawn in two insets at the same scale and heights: "Inner leg" (a true
  medial view, so it faces the other way) and "Inner arm" (the limb in
  anatomical position seen from the front and inner side: open hand, palm
  towards the viewer, thumb away from the main figure; the posterior and
  dorsal strips run down its inner border).  The hanging arm and the inset
  hand reuse the front view's hand geometry (``hand_local``); the hanging
  hand is relaxed (fingers together and slightly flexed).  The back view
  has two sole insets ("Left sole", "Right sole", toes up, big toe towards
  the middle, patient's left on the viewer's left).
* A region that appears both on a figure and in an inset (e.g. the front of
  the knee in the side view and in the inner-leg inset) is still ONE element:
  a path with several subpaths, clipped by a union clip path.
* Non-clickable drawing details (face, ears, navel, knee caps, toes, ...) are
  thin strokes in ``<g class="detail">`` drawn after the regions; captions
  come last.  All styling is done with presentation attributes so that the
  application's CSS can override it.

Conventions of the output
-------------------------
* body-front.svg 520x1100: patient's left on the viewer's right.
  body-back.svg 520x1100: patient's left on the viewer's left; sole insets
  at the bottom corners.  body-left.svg / body-right.svg 620x1100: the
  patient faces the viewer's left in body-left.svg and the viewer's right in
  body-right.svg; the inner-leg inset faces the other way, the inner-arm
  inset shows the front and inner side of the arm (thumb away from the figure).
* Outlines (class "outline"): body-outline; arm-outline (side views, the
  hanging arm drawn over the trunk); inset-arm-outline, inset-leg-outline
  (side views); inset-sole-left-outline, inset-sole-right-outline (back).
* Clip paths: clip-body (= body-outline), clip-arm, clip-trunk (body minus
  arm and ear), clip-inset-arm, clip-inset-leg, clip-inset-sole-left/-right,
  and unions named clip-<a>-and-<b> for regions that have parts in two of them.
* Every region is one <path class="region"> with an id from regions.tsv.
"""
