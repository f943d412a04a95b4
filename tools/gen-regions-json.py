#!/usr/bin/env python3
"""Write data/atlas/regions.json, the region catalog.

Run by hand after changing the drawings or the labels:

    python3 tools/gen-regions-json.py

Ids, sides and groups come from the spec, the repository's copy in
tests/data/regions.tsv (the interface other tools rely on; see
bodygen/spec.py). The user-facing labels are ours, below. The views of each region are read from the drawings in assets/ (every element with
class="region"), so the catalog always names exactly the views a region can be
clicked in. The test suite checks that catalog and drawings agree.
"""
import json
import os
import re
import sys

from bodygen.spec import ROOT, read_regions

VIEWS = ["front", "back", "left", "right"]

GROUPS = [
    ("head", "Head"), ("face", "Face and jaw"), ("neck", "Neck"),
    ("shoulder", "Shoulder"), ("upper-back", "Upper back and shoulder blade"),
    ("mid-back", "Mid back"), ("low-back", "Low back"), ("chest", "Chest and ribs"),
    ("abdomen", "Abdomen"), ("pelvis", "Pelvis"), ("hip", "Hip and groin"),
    ("buttock", "Buttock"), ("thigh", "Thigh"), ("knee", "Knee"),
    ("lower-leg", "Lower leg"), ("ankle", "Ankle"), ("foot", "Foot and toes"),
    ("upper-arm", "Upper arm"), ("elbow", "Elbow"), ("forearm", "Forearm"),
    ("wrist", "Wrist"), ("hand", "Hand and fingers"),
]

# Base labels, written for this project. Sided regions get " (left)"/" (right)".
LABELS = {
    "head-vertex": "Crown of the head",
    "face-nose": "Nose",
    "neck-throat": "Throat",
    "chest-sternum": "Breastbone",
    "abdomen-epigastric": "Pit of the stomach",
    "abdomen-periumbilical": "Around the belly button",
    "abdomen-suprapubic": "Low belly, above the pubic bone",
    "pelvis-genital": "Genitals",
    "sacrum": "Sacrum, base of the spine",
    "coccyx": "Tailbone",
    "pelvis-perineum": "Perineum and anus",
    "head-forehead": "Forehead",
    "head-temple": "Temple",
    "head-occiput": "Back of the head",
    "head-mastoid": "Behind the ear",
    "head-ear": "Ear",
    "face-orbit": "Eye and eyebrow",
    "face-cheek": "Cheekbone and sinus",
    "face-tmj": "Jaw joint, in front of the ear",
    "face-jaw": "Angle of the jaw",
    "teeth-upper": "Upper teeth",
    "teeth-lower": "Lower teeth",
    "neck-anterior": "Side and front of the neck",
    "neck-posterior-upper": "Back of the neck, below the skull",
    "neck-posterior-lower": "Base of the neck",
    "shoulder-top": "Top of the shoulder",
    "shoulder-anterior": "Front of the shoulder",
    "shoulder-lateral": "Outer shoulder",
    "shoulder-posterior": "Back of the shoulder",
    "scapula-supraspinous": "Shoulder blade, upper part",
    "scapula-infraspinous": "Shoulder blade, flat part",
    "scapula-medial": "Between shoulder blade and spine",
    "scapula-inferior": "Lower tip of the shoulder blade",
    "axilla-posterior": "Back of the armpit",
    "back-thoracic-lower": "Mid back, below the shoulder blade",
    "back-lumbar-upper": "Low back, upper part",
    "back-lumbar-lower": "Low back, just above the pelvis",
    "pelvis-iliac-crest": "Back of the hip bone",
    "pelvis-sacroiliac": "Sacroiliac joint",
    "chest-lateral": "Side of the ribs",
    "abdomen-flank": "Side of the waist",
    "chest-upper": "Below the collarbone",
    "chest-pectoral": "Chest",
    "abdomen-upper": "Upper belly, under the ribs",
    "abdomen-lower": "Lower belly",
    "groin-inguinal": "Groin",
    "hip-lateral": "Outer hip",
    "buttock-upper": "Upper buttock",
    "buttock-lower": "Lower buttock and fold",
    "thigh-anterior-upper": "Front of the thigh, upper half",
    "thigh-anterior-lower": "Front of the thigh, lower half",
    "thigh-medial-upper": "Inner thigh, upper half",
    "thigh-medial-lower": "Inner thigh, lower half",
    "thigh-lateral-upper": "Outer thigh, upper half",
    "thigh-lateral-lower": "Outer thigh, lower half",
    "thigh-posterior-upper": "Back of the thigh, upper half",
    "thigh-posterior-lower": "Back of the thigh, lower half",
    "knee-anterior": "Kneecap",
    "knee-medial": "Inner knee",
    "knee-lateral": "Outer knee",
    "knee-posterior": "Back of the knee",
    "shin-anterior": "Shin",
    "calf-lateral-upper": "Outer lower leg, upper half",
    "calf-lateral-lower": "Outer lower leg, lower half",
    "calf-medial": "Inner lower leg",
    "calf-posterior-upper": "Calf, upper half",
    "calf-posterior-lower": "Calf, lower half",
    "ankle-anterior": "Front of the ankle",
    "ankle-lateral": "Outer ankle bone",
    "ankle-medial": "Inner ankle bone",
    "ankle-posterior": "Achilles tendon",
    "foot-heel": "Heel",
    "foot-dorsum": "Top of the foot",
    "foot-lateral": "Outer edge of the foot",
    "foot-medial": "Inner arch of the foot",
    "foot-plantar-arch": "Sole, under the arch",
    "foot-plantar-forefoot": "Ball of the foot",
    "toe-great-dorsal": "Big toe, top",
    "toes-lesser-dorsal": "Small toes, top",
    "toe-great-plantar": "Big toe, underside",
    "toes-lesser-plantar": "Small toes, underside",
    "arm-anterior": "Front of the upper arm",
    "arm-posterior": "Back of the upper arm",
    "arm-lateral": "Outer upper arm",
    "arm-medial": "Inner upper arm",
    "elbow-anterior": "Elbow crease",
    "elbow-posterior": "Point of the elbow",
    "elbow-lateral": "Outer elbow",
    "elbow-medial": "Inner elbow",
    "forearm-volar": "Forearm, palm side",
    "forearm-dorsal": "Forearm, back",
    "forearm-radial": "Forearm, thumb side",
    "forearm-ulnar": "Forearm, little-finger side",
    "wrist-volar": "Wrist, palm side",
    "wrist-dorsal": "Wrist, back",
    "hand-palm": "Palm",
    "hand-dorsum": "Back of the hand",
    "hand-ulnar": "Little-finger edge of the hand",
    "finger-thumb": "Thumb and web space",
    "finger-index": "Index finger",
    "finger-middle": "Middle finger",
    "finger-ring-little": "Ring and little fingers",
}


def drawn_views():
    """Map region id → set of views, from the class="region" elements in assets/."""
    found = {}
    for view in VIEWS:
        path = os.path.join(ROOT, "assets", f"body-{view}.svg")
        if not os.path.exists(path):
            sys.exit(f"{path}: missing; run tools/gen-body-svg.py first")
        text = open(path, encoding="utf-8").read()
        for tag in re.finditer(r"<(?:path|g|polygon|ellipse|rect)\b[^>]*>", text):
            attrs = tag.group(0)
            if not re.search(r'\bclass="region"', attrs):
                continue
            rid = re.search(r'\bid="([^"]+)"', attrs).group(1)
            found.setdefault(rid, set()).add(view)
    return found


def label_for(rid, side):
    base = rid[: -len("-" + side)] if side in ("left", "right") else rid
    if base not in LABELS:
        sys.exit(f"no label written for region {rid}")
    label = LABELS[base]
    return f"{label} ({side})" if side in ("left", "right") else label


def main():
    drawn = drawn_views()
    regions = []
    for rid, _views, side, group in read_regions():
        if rid not in drawn:
            sys.exit(f"region {rid} is not drawn in any view")
        regions.append({
            "id": rid,
            "label": label_for(rid, side),
            "group": group,
            "side": side,
            "views": [v for v in VIEWS if v in drawn[rid]],
        })
    extra = sorted(set(drawn) - {r["id"] for r in regions})
    if extra:
        sys.exit(f"drawn regions missing from the spec: {', '.join(extra)}")
    doc = {
        "version": 1,
        "groups": [{"id": g, "label": l} for g, l in GROUPS],
        "regions": regions,
    }
    out = os.path.join(ROOT, "data", "atlas", "regions.json")
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    os.replace(out + ".tmp", out)
    print(f"wrote {out}: {len(regions)} regions")


if __name__ == "__main__":
    main()
