"""Muscle shapes: the anatomy layer drawn over the body charts.

Every muscle of the atlas is drawn, as the patient's LEFT muscle, in each
view where it can be seen; the right muscle is its mirror image (front and
back: x -> 520 - x; the right side view is the mirror of the left one, x ->
620 - x). Coordinates are SVG user units of the body drawings
(assets/body-<view>.svg), the same numbers build/tests/dump-markers prints
for the trigger points' X markers, so a shape is drawn around its markers.

A shape is a closed smooth curve (centripetal Catmull-Rom) through control
points, listed in order around the outline, from the origin along one edge
to the insertion and back along the other. Fibres are drawn as fine lines
in one direction (degrees, 0 = along +x, 90 = down the page) or along a fan
towards a point, clipped to the shape. A deep muscle (under another one) is
drawn dashed and fainter. ``clip`` keeps a shape on one part of a side view:
"trunk" (the body minus the hanging arm and ear), "arm", or None.

The parts are written by region in body_*.py modules (head and neck,
shoulder and arm, forearm and hand, trunk, hip and thigh, leg and foot);
``gather`` collects them.
"""
from dataclasses import dataclass, field


@dataclass
class Shape:
    view: str                    # "front", "back" or "left"
    points: list                 # [(x, y)], around the outline, patient's left
    fibres: object = None        # angle in degrees, or (x, y) the fibres converge on
    clip: str = None             # None, "trunk" or "arm" (side view only)
    corners: tuple = ()          # indices of points where the outline has a corner


@dataclass
class Muscle:
    id: str                      # the atlas id
    deep: bool = False           # lies under another muscle: drawn dashed
    shapes: list = field(default_factory=list)

    def add(self, view, points, fibres=None, clip=None, corners=()):
        self.shapes.append(Shape(view, points, fibres, clip, corners))
        return self


def gather():
    """Every muscle drawn, from the body_* modules, in one list."""
    from . import body_hand, body_head, body_hip, body_leg, body_shoulder, body_trunk
    muscles = []
    # Later parts are drawn over earlier ones: the limbs over the trunk.
    for module in (body_trunk, body_head, body_hip, body_leg, body_shoulder, body_hand):
        muscles.extend(module.MUSCLES)
    return muscles
