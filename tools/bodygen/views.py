"""The four views, assembled from the figures, insets and details."""
from .details import fb_details, side_details, sole_details
from .frontback import back_figure, front_figure
from .geometry import Figure, map_cmds, mirror_x, swap_side
from .insets import SOLE_HEEL_Y, SOLE_X, inset_arm, inset_leg, sole_inset
from .sides import SideOutline, side_arm, side_main
from .svg import View


FB_W, FB_CX = 520, 260
SIDE_W, SIDE_PX = 620, 165
ARM_SHIFT, LEG_SHIFT = 150, 290           # insets, in side-view body coordinates
CAPTION_Y, MARK_Y = 52, 290
# Label sizes in drawing units. The default window shows about half a pixel
# per unit, so these read as roughly 14, 13 and 12 px there.
CAPTION_SIZE, MARK_SIZE, SMALL_SIZE = 28, 28, 24


def seg_cmds(segs):
    return [("M", segs[0][0])] + [("C", s[1], s[2], s[3]) for s in segs] + [("Z",)]


def build_front():
    F = front_figure()
    V = View("front", FB_W, lambda p: (FB_CX + p[0], p[1]))
    V.outline("body-outline", F.outline.cmds(), "clip-body")
    V.take(F)
    V.details, V.hints = fb_details("front")
    V.text("caption", FB_CX, CAPTION_Y, "Front", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "R", MARK_SIZE)
    V.text("side-mark", FB_W - 62, MARK_Y, "L", MARK_SIZE)
    return V


def build_back():
    F = back_figure()
    segs = sole_inset(F, "left")
    G = Figure()
    sole_inset(G, "left")
    V = View("back", FB_W, lambda p: (FB_CX - p[0], p[1]))
    V.outline("body-outline", F.outline.cmds(), "clip-body")
    V.outline("inset-sole-left-outline", seg_cmds(segs), "clip-inset-sole-left")
    V.outline("inset-sole-right-outline", map_cmds(seg_cmds(segs), mirror_x), "clip-inset-sole-right")
    for rid in F.order:
        for cmds, clip in F.regions[rid]:
            V.region(rid, cmds, clip)
    for rid in G.order:    # the right sole: mirror of the left one
        for cmds, clip in G.regions[rid]:
            V.region(swap_side(rid), map_cmds(cmds, mirror_x), "clip-inset-sole-right")
    V.details, V.hints = fb_details("back")
    V.details += sole_details() + [map_cmds(c, mirror_x) for c in sole_details()]
    V.text("caption", FB_CX, CAPTION_Y, "Back", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "L", MARK_SIZE)
    V.text("side-mark", FB_W - 62, MARK_Y, "R", MARK_SIZE)
    sx = FB_CX - SOLE_X
    V.text("caption-small", sx, SOLE_HEEL_Y - 162, "Left sole", SMALL_SIZE)
    V.text("caption-small", FB_W - sx, SOLE_HEEL_Y - 162, "Right sole", SMALL_SIZE)
    return V


def build_left():
    so = SideOutline()
    F = Figure()
    side_main(F, so)
    side_arm(F, so)
    leg = inset_leg(F, LEG_SHIFT)
    arm = inset_arm(F, ARM_SHIFT)
    V = View("left", SIDE_W, lambda p: (SIDE_PX + p[0], p[1]))
    V.outline("body-outline", so.cmds(), "clip-body")
    V.outline("arm-outline", so.arm_cmds(), "clip-arm")
    V.clip("clip-trunk", [(so.cmds() + so.arm_inside_cmds() + so.ear_cmds(), "evenodd")])
    V.outline("inset-arm-outline", seg_cmds(arm), "clip-inset-arm")
    V.outline("inset-leg-outline", seg_cmds(leg), "clip-inset-leg")
    V.take(F)
    V.region("head-ear-left", so.ear_cmds(), "clip-body")
    V.details, V.hints = side_details(ARM_SHIFT, LEG_SHIFT)
    V.text("caption", SIDE_PX - 4, CAPTION_Y, "Left side", CAPTION_SIZE)
    V.text("side-mark", 62, MARK_Y, "L", MARK_SIZE)   # all of this figure is the patient's left
    V.text("caption-small", SIDE_PX + ARM_SHIFT, 306, "Inner arm", SMALL_SIZE)
    V.text("caption-small", SIDE_PX + LEG_SHIFT + 18, 646, "Inner leg", SMALL_SIZE)
    return V


def mirrored_view(V, name, caption):
    """body-right.svg: the exact mirror image of body-left.svg."""
    W = V.W
    R = View(name, W, lambda p: (W - V.tf(p)[0], p[1]))
    R.outlines = list(V.outlines)
    R.clip_order = [c for c in V.clip_order if "-and-" not in c]
    R.clips = {c: V.clips[c] for c in R.clip_order}
    for rid in V.order:
        for cmds, clip in V.regions[rid]:
            R.region(swap_side(rid), cmds, clip)
    R.details, R.hints = V.details, V.hints
    swap = {"L": "R", "R": "L"}
    for cls, x, y, s, size, anchor in V.texts:
        if cls == "caption":
            s = caption
        elif cls == "side-mark":
            s = swap.get(s, s)
        R.text(cls, W - x, y, s, size, anchor)
    return R
