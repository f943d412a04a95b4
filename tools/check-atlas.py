#!/usr/bin/env python3
"""Check the trigger-point atlas without building the app.

    python3 tools/check-atlas.py [ATLAS_DIR] [--partial]

Applies the rules of docs/atlas-format.md, as the C loader does, and prints
one line per problem naming file, item and field; that includes the
translations in l10n/LANG/ ("Translations"). --partial accepts an atlas
that does not yet hold every required muscle (while it is being written) and
relations to required muscles not written yet.
"""
import json
import os
import re
import sys

from bodygen.spec import MUSCLES_TXT, ROOT

VIEWS = ("front", "back", "left", "right")
TOOLS = ("none", "ball", "foam-roller", "hand", "stripping", "wall", "strap", "chair", "doorway", "towel")
DOSE_KEYS = ("hold", "repetitions", "pace", "frequency")

# Where pressure must never go: the nerve and artery bundles of the front of
# the neck, the armpit, the groin (femoral triangle), the back of the knee and
# the inner elbow. Text that tells the user where to press (a trigger point's
# location, a release's steps) may name these places only to steer away from
# them, and the record must carry a caution that names them.
BUNDLES = re.compile(r"\b(pulse|arter(y|ies)|carotid|femoral|windpipe|throat|blood vessels?|"
                     r"nerves? and (blood )?vessels|"
                     r"(hollow|top|apex) of the armpit|armpit hollow|deep (in|into) the armpit|"
                     r"groin hollow|(in|into) the groin crease|"
                     r"(hollow|middle|centre|center) (behind|of) the knee( crease)?|behind the knee crease|"
                     r"deep in the back of the knee|(middle|centre|center) of the (elbow|knee) crease|"
                     r"groove on the inner side of the upper arm)\b", re.I)
STEER_AWAY = re.compile(r"\b(not|never|avoid\w*|away|off|clear of|stop\w*|rather than|instead|out of|"
                        r"short of|stay\w*|keep\w*|leave|let go)\b|n't\b", re.I)


def required_muscles():
    if not os.path.exists(MUSCLES_TXT):
        sys.exit(f"{MUSCLES_TXT} not found")
    return [l.strip() for l in open(MUSCLES_TXT) if l.strip() and not l.startswith("#")]


class Checker:
    def __init__(self, atlas_dir, partial):
        self.dir = atlas_dir
        self.partial = partial
        self.problems = []
        self.required = required_muscles()
        regions = json.load(open(os.path.join(atlas_dir, "regions.json")))["regions"]
        self.regions = {r["id"]: set(r["views"]) for r in regions}
        index = json.load(open(os.path.join(atlas_dir, "atlas.json")))
        self.groups = {g["id"] for g in index["groups"]}
        self.sources = {s["id"] for s in index["sources"]}

    def bad(self, file, item, field, msg):
        where = file + (f": {item}" if item else "") + (f": field “{field}”" if field else "")
        self.problems.append(f"{where}: {msg}")

    def base_ok(self, base):
        return base in self.regions or (base + "-left" in self.regions and base + "-right" in self.regions)

    def base_views(self, base):
        if base in self.regions:
            return self.regions[base]
        return self.regions.get(base + "-left", set())

    def text(self, obj, file, item, field, allow_empty=False):
        v = obj.get(field)
        if not isinstance(v, str):
            self.bad(file, item, field, "missing" if v is None else "expected a string")
        elif not v.strip() and not allow_empty:
            self.bad(file, item, field, "must not be empty")
        return v

    def strings(self, obj, file, item, field, min_len=0):
        v = obj.get(field)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.bad(file, item, field, "missing" if v is None else "expected a list of non-empty strings")
            return []
        if len(v) < min_len:
            self.bad(file, item, field, f"needs at least {min_len}")
        return v

    def zones(self, tp, file, item, field, min_len):
        ids = self.strings(tp, file, item, field, min_len)
        for r in ids:
            if not self.base_ok(r):
                self.bad(file, item, field, f"unknown region “{r}” (use ids without -left/-right)")
        return ids

    def trigger_point(self, tp, file, seen):
        tid = tp.get("id") if isinstance(tp, dict) else None
        item = f"trigger point “{tid}”"
        if not isinstance(tp, dict) or not isinstance(tid, str):
            self.bad(file, "a trigger point", "id", "missing")
            return
        if tid in seen:
            self.bad(file, item, "id", "duplicate trigger point id")
        seen.add(tid)
        for f in ("name", "location"):
            self.text(tp, file, item, f)
        refers = tp.get("refers_pain", True)
        if not isinstance(refers, bool):
            self.bad(file, item, "refers_pain", "expected true or false")
            refers = True
        ess = self.zones(tp, file, item, "essential", 1 if refers else 0)
        spill = self.zones(tp, file, item, "spillover", 0)
        if "crosses_midline" in tp:
            cross = self.zones(tp, file, item, "crosses_midline", 1)
            if tp.get("bilateral") is True:
                self.bad(file, item, "crosses_midline", "a bilateral pattern already counts on both sides")
            for r in cross:
                if r not in ess and r not in spill:
                    self.bad(file, item, "crosses_midline", f"region “{r}” is in neither zone")
                elif r in self.regions:
                    self.bad(file, item, "crosses_midline", f"region “{r}” has no left and right")
        if not refers and (ess or spill):
            self.bad(file, item, "refers_pain", "a point that refers no pain has no essential or spillover zone")
        for r in set(ess) & set(spill):
            self.bad(file, item, "spillover", f"region “{r}” is also in the essential zone")
        if not isinstance(tp.get("bilateral"), bool):
            self.bad(file, item, "bilateral", "expected true or false")
        p = tp.get("prevalence")
        if not isinstance(p, (int, float)) or isinstance(p, bool) or not 0 <= p <= 1:
            self.bad(file, item, "prevalence", "expected a number from 0 to 1")
        markers = tp.get("markers")
        if not isinstance(markers, list) or not markers:
            self.bad(file, item, "markers", "expected a non-empty list")
            return
        for m in markers:
            if not isinstance(m, dict) or m.get("view") not in VIEWS:
                self.bad(file, item, "markers", f"a marker needs a view of {', '.join(VIEWS)}")
                continue
            r = m.get("region")
            if not isinstance(r, str) or not self.base_ok(r):
                self.bad(file, item, "markers", f"unknown region “{r}”")
            elif m["view"] not in self.base_views(r) and not (m["view"] == "left" and "left" in self.base_views(r)):
                self.bad(file, item, "markers", f"region “{r}” is not drawn in the {m['view']} view")
            for axis in ("x", "y"):
                v = m.get(axis, 0.5)
                if not isinstance(v, (int, float)) or not 0 <= v <= 1:
                    self.bad(file, item, "markers", f"{axis} must be a number from 0 to 1")

    def technique(self, t, file, kind, n):
        item = f"{kind} “{t.get('title', n)}”" if isinstance(t, dict) else f"{kind} #{n}"
        if not isinstance(t, dict):
            self.bad(file, item, None, "expected an object")
            return
        self.text(t, file, item, "title")
        if t.get("tool") not in TOOLS:
            self.bad(file, item, "tool", f"expected one of {', '.join(TOOLS)}")
        self.strings(t, file, item, "steps", 2)
        dose = t.get("dose")
        if not isinstance(dose, dict) or not any(isinstance(dose.get(k), str) and dose[k].strip() for k in DOSE_KEYS):
            self.bad(file, item, "dose", f"needs at least one of {', '.join(DOSE_KEYS)}")
        elif set(dose) - set(DOSE_KEYS):
            self.bad(file, item, "dose", f"unknown key {sorted(set(dose) - set(DOSE_KEYS))[0]}")
        self.text(t, file, item, "feel")
        self.strings(t, file, item, "cautions", 0)

    def unsafe_sentences(self, text):
        """Sentences of @text that name a nerve and artery bundle without steering away from it."""
        sentences = re.split(r"(?<=[.!?])\s+", text) if isinstance(text, str) else []
        return [s for s in sentences if BUNDLES.search(s) and not STEER_AWAY.search(s)]

    def pressure_text(self, m, file):
        """Flag pressure directions that lead onto a nerve and artery bundle."""
        releases = [t for t in m.get("releases", []) if isinstance(t, dict)] if isinstance(m.get("releases"), list) else []
        def cautioned(ts):
            return any(isinstance(c, str) and BUNDLES.search(c) for t in ts for c in t.get("cautions", []) or [])
        places = [(f"trigger point “{tp.get('id')}”", "location", [tp.get("location")], releases)
                  for tp in m.get("trigger_points", []) if isinstance(tp, dict)] if isinstance(m.get("trigger_points"), list) else []
        places += [(f"release “{t.get('title')}”", "steps", t.get("steps") or [], [t]) for t in releases]
        for item, field, texts, ts in places:
            for text in (t for t in texts if isinstance(t, str)):
                for s in self.unsafe_sentences(text):
                    self.bad(file, item, field, f"sends pressure onto a nerve and artery bundle: “{s}”")
                if BUNDLES.search(text) and not cautioned(ts):
                    self.bad(file, item, field, "names a nerve and artery bundle, but no caution of its release says to keep off it")

    def muscle_ids(self, obj, file, field, known):
        for m in self.strings(obj, file, None, field, 0):
            if m not in known and not (self.partial and m in self.required):
                self.bad(file, None, field, f"unknown muscle “{m}”")
            if m == obj.get("id"):
                self.bad(file, None, field, "a muscle cannot name itself")

    def entrapments(self, m, file):
        es = m.get("entrapments", [])
        if not isinstance(es, list):
            self.bad(file, None, "entrapments", "expected a list (may be empty)")
            return
        for e in es:
            if not isinstance(e, dict):
                self.bad(file, "an entrapment", None, "expected an object")
                continue
            item = f"entrapment “{e.get('nerve')}”"
            self.text(e, file, item, "nerve")
            self.text(e, file, item, "note")
            self.zones(e, file, item, "regions", 1)

    def muscle(self, path, known):
        file = os.path.basename(path)
        try:
            m = json.load(open(path, encoding="utf-8"))
        except json.JSONDecodeError as e:
            self.bad(file, None, None, f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}")
            return
        if m.get("id") + ".json" != file if isinstance(m.get("id"), str) else True:
            self.bad(file, None, "id", "must match the file name")
        for f in ("name", "location", "action", "heat"):
            self.text(m, file, None, f)
        self.strings(m, file, None, "aliases", 0)
        if m.get("group") not in self.groups:
            self.bad(file, None, "group", f"unknown group “{m.get('group')}”")
        tps = m.get("trigger_points")
        if not isinstance(tps, list) or not tps:
            self.bad(file, None, "trigger_points", "expected a non-empty list")
        else:
            seen = set()
            for tp in tps:
                self.trigger_point(tp, file, seen)
        self.pressure_text(m, file)
        self.muscle_ids(m, file, "satellites", known)
        self.muscle_ids(m, file, "key_muscles", known)
        for c in m.get("chains", None) if isinstance(m.get("chains"), list) else []:
            item = f"chain via “{c.get('via')}”"
            self.text(c, file, item, "via")
            self.text(c, file, item, "through")
            if c.get("kind") not in ("referral", "related"):
                self.bad(file, item, "kind", f"“{c.get('kind')}” is neither “referral” nor “related”")
            self.text(c, file, item, "explanation")
            regions = self.strings(c, file, item, "regions", 0)
            for r in regions:
                if not self.base_ok(r):
                    self.bad(file, item, "regions", f"unknown region “{r}”")
            muscles = self.strings(c, file, item, "muscles", 0)
            for x in muscles:
                if x not in known and not (self.partial and x in self.required):
                    self.bad(file, item, "muscles", f"unknown muscle “{x}”")
            if not regions and not muscles:
                self.bad(file, item, None, "names no region and no muscle")
        if not isinstance(m.get("chains"), list):
            self.bad(file, None, "chains", "expected a list (may be empty)")
        self.entrapments(m, file)
        for kind, field in (("stretch", "stretches"), ("release", "releases")):
            ts = m.get(field)
            if not isinstance(ts, list) or not ts:
                self.bad(file, None, field, "expected a non-empty list")
                continue
            for n, t in enumerate(ts, 1):
                self.technique(t, file, kind, n)
        pf = m.get("perpetuating_factors")
        if not isinstance(pf, list) or not pf:
            self.bad(file, None, "perpetuating_factors", "expected a non-empty list")
        else:
            for p in pf:
                item = f"perpetuating factor “{p.get('factor') if isinstance(p, dict) else p}”"
                if not isinstance(p, dict):
                    self.bad(file, item, None, "expected an object")
                    continue
                self.text(p, file, item, "factor")
                self.text(p, file, item, "fix")
        srcs = m.get("sources")
        if not isinstance(srcs, list) or not srcs:
            self.bad(file, None, "sources", "expected a non-empty list")
        else:
            for s in srcs:
                if not isinstance(s, dict) or s.get("source") not in self.sources:
                    self.bad(file, None, "sources", f"unknown source “{s.get('source') if isinstance(s, dict) else s}”")
                elif not isinstance(s.get("chapter"), str) or not s["chapter"].strip():
                    self.bad(file, None, "sources", "each source needs a chapter")

    def red_flags(self):
        path = os.path.join(self.dir, "red-flags.json")
        try:
            flags = json.load(open(path, encoding="utf-8"))["flags"]
        except (OSError, ValueError, KeyError) as e:
            self.bad("red-flags.json", None, "flags", f"cannot read: {e}")
            return
        ids = [f.get("id") for f in flags]
        for f in flags:
            for field in ("id", "label", "reason"):
                self.text(f, "red-flags.json", f"flag “{f.get('id')}”", field)
        for need in ("numbness", "weakness", "night-pain", "fever", "bladder-bowel", "trauma"):
            if need not in ids:
                self.bad("red-flags.json", None, "flags", f"the flag “{need}” is missing")

    def run(self):
        self.red_flags()
        mdir = os.path.join(self.dir, "muscles")
        files = sorted(f for f in os.listdir(mdir) if f.endswith(".json"))
        known = {f[:-5] for f in files}
        for f in files:
            self.muscle(os.path.join(mdir, f), known)
        missing = [m for m in self.required if m not in known]
        if missing and not self.partial:
            self.problems.append(f"missing required muscles: {', '.join(missing)}")
        return files, missing


L10N_FILES = ("atlas.json", "regions.json", "red-flags.json", "disclaimer.json")
L10N_MUSCLE_KEYS = ("id", "name", "aliases", "location", "action", "heat", "trigger_points", "chains",
                    "entrapments", "stretches", "releases", "perpetuating_factors")
# The positional lists of a muscle: field, item kind, the English field naming the item, its text fields.
L10N_LISTS = (("chains", "chain", "via", ("via", "through", "explanation")),
              ("entrapments", "entrapment", "nerve", ("nerve", "note")),
              ("stretches", "stretch", "title", ("title", "steps", "feel", "cautions", "dose")),
              ("releases", "release", "title", ("title", "steps", "feel", "cautions", "dose")),
              ("perpetuating_factors", "perpetuating factor", "factor", ("factor", "fix")))


def load_json(path):
    try:
        return json.load(open(path, encoding="utf-8")), None
    except (OSError, ValueError) as e:
        return None, str(e)


class L10nChecker:
    """The translation overlays in l10n/LANG/, against the English atlas (docs/atlas-format.md, "Translations")."""

    def __init__(self, checker):
        self.c = checker
        d = checker.dir
        regions = load_json(os.path.join(d, "regions.json"))[0]
        self.region_ids = {r["id"] for r in regions["regions"]}
        self.region_groups = {g["id"] for g in regions["groups"]}
        self.flags = {f.get("id") for f in (load_json(os.path.join(d, "red-flags.json"))[0] or {}).get("flags", [])}
        disclaimer = load_json(os.path.join(d, "disclaimer.json"))[0] or {}
        self.disclaimer_keys = tuple(k for k in disclaimer if k != "version")
        mdir = os.path.join(d, "muscles")
        self.muscles = {f[:-5]: load_json(os.path.join(mdir, f))[0] for f in os.listdir(mdir) if f.endswith(".json")}

    def keys(self, obj, file, item, allowed):
        for k, v in obj.items():
            if k not in allowed:
                self.c.bad(file, item, k, "unknown field (a translation has only the text fields of the English)")
            elif v is None:
                self.c.bad(file, item, k, "is null (leave the field out to keep the English)")

    def is_text(self, v, file, item, field, n=0):
        at = f"item {n} " if n else ""
        if not isinstance(v, str):
            found = {list: "a list", dict: "an object", bool: "a boolean", type(None): "null"}.get(type(v), "a number")
            self.c.bad(file, item, field, f"{at}expected a string, found {found}")
        elif not v.strip():
            self.c.bad(file, item, field, f"{at}must not be empty")

    def texts(self, obj, file, item, fields):
        for f in fields:
            if f in obj and obj[f] is not None:
                self.is_text(obj[f], file, item, f)

    def record(self, obj, file, item, fields):
        """An object of only the text @fields."""
        self.keys(obj, file, item, fields)
        self.texts(obj, file, item, fields)

    def labels(self, obj, file, field, kind, known, objects=False):
        """The object @field of @obj: ids of @known to labels, or to objects."""
        m = obj.get(field, {})
        if not isinstance(m, dict):
            self.c.bad(file, None, field, "expected an object")
            return {}
        for k, v in m.items():
            if k not in known:
                self.c.bad(file, f"{kind} “{k}”", field, f"unknown {kind} id (not in the English atlas)")
            elif objects and not isinstance(v, dict):
                self.c.bad(file, f"{kind} “{k}”", field, "expected an object")
            elif not objects:
                self.is_text(v, file, f"{kind} “{k}”", field)
        return {k: v for k, v in m.items() if k in known and isinstance(v, dict)}

    def same_count(self, t, english, file, item, field):
        v = t.get(field)
        if v is None:
            return
        if not isinstance(v, list):
            self.c.bad(file, item, field, "expected a list")
            return
        if len(v) != len(english.get(field, [])):
            self.c.bad(file, item, field, f"has {len(v)} item{'s' if len(v) != 1 else ''}, "
                                          f"the English has {len(english.get(field, []))}")
        for n, x in enumerate(v, 1):
            self.is_text(x, file, item, field, n)

    def list_item(self, t, english, file, kind, name_field, fields):
        item = f"{kind} “{english.get(name_field)}”"
        self.keys(t, file, item, fields)
        self.texts(t, file, item, [f for f in fields if f not in ("steps", "cautions", "dose")])
        for f in ("steps", "cautions"):
            if f in fields:
                self.same_count(t, english, file, item, f)
        dose = t.get("dose")
        if isinstance(dose, dict):
            for k, v in dose.items():
                if k not in english.get("dose", {}):
                    self.c.bad(file, item, "dose", f"the English dose has no “{k}”")
                else:
                    self.is_text(v, file, item, k)
        elif dose is not None:
            self.c.bad(file, item, "dose", "expected an object")

    def muscle(self, path, file):
        m, err = load_json(path)
        if err or not isinstance(m, dict):
            self.c.bad(file, None, None, err or "the document must be an object")
            return
        self.keys(m, file, None, L10N_MUSCLE_KEYS)
        english = self.muscles.get(m.get("id"))
        if m.get("id") + ".json" != os.path.basename(path) if isinstance(m.get("id"), str) else True:
            self.c.bad(file, None, "id", "must match the file name")
            return
        if english is None:
            self.c.bad(file, None, "id", f"unknown muscle “{m['id']}” (not in the English atlas)")
            return
        self.texts(m, file, None, ("name", "location", "action", "heat"))
        aliases = m.get("aliases", [])
        if not isinstance(aliases, list):
            self.c.bad(file, None, "aliases", "expected a list")
        for n, a in enumerate(aliases if isinstance(aliases, list) else [], 1):
            self.is_text(a, file, None, "aliases", n)
        tps = {tp.get("id"): tp for tp in english.get("trigger_points", [])}
        for tid, tp in self.labels(m, file, "trigger_points", "trigger point", tps, True).items():
            self.record(tp, file, f"trigger point “{tid}”", ("name", "location"))
        for field, kind, name_field, fields in L10N_LISTS:
            items, eng = m.get(field), english.get(field, [])
            if items is None:
                continue
            if not isinstance(items, list) or len(items) > len(eng):
                self.c.bad(file, None, field, f"has {len(items)} items, the English only {len(eng)}"
                           if isinstance(items, list) else "expected a list")
                continue
            for n, (t, e) in enumerate(zip(items, eng), 1):
                if isinstance(t, dict):
                    self.list_item(t, e, file, kind, name_field, fields)
                elif t is not None:
                    self.c.bad(file, None, field, f"item {n} is not an object or null")

    def simple(self, path, file, name):
        doc, err = load_json(path)
        if err or not isinstance(doc, dict):
            self.c.bad(file, None, None, err or "the document must be an object")
            return
        if name == "atlas.json":
            self.keys(doc, file, None, ("groups",))
            self.labels(doc, file, "groups", "group", self.c.groups)
        elif name == "regions.json":
            self.keys(doc, file, None, ("groups", "regions"))
            self.labels(doc, file, "groups", "group", self.region_groups)
            self.labels(doc, file, "regions", "region", self.region_ids)
        elif name == "red-flags.json":
            self.keys(doc, file, None, ("flags",))
            for fid, f in self.labels(doc, file, "flags", "flag", self.flags, True).items():
                self.record(f, file, f"flag “{fid}”", ("label", "reason"))
        else:
            self.record(doc, file, None, self.disclaimer_keys)

    def run(self):
        top = os.path.join(self.c.dir, "l10n")
        langs = sorted(os.listdir(top)) if os.path.isdir(top) else []
        for lang in langs:
            ldir = os.path.join(top, lang)
            for name in sorted(os.listdir(ldir)):
                file = f"l10n/{lang}/{name}"
                if name in L10N_FILES:
                    self.simple(os.path.join(ldir, name), file, name)
                elif name.endswith(".json"):
                    self.c.bad(file, None, None, "unknown translation file (use atlas.json, regions.json, "
                                                 "red-flags.json, disclaimer.json or muscles/ID.json)")
            mdir = os.path.join(ldir, "muscles")
            for name in sorted(os.listdir(mdir)) if os.path.isdir(mdir) else []:
                if name.endswith(".json"):
                    self.muscle(os.path.join(mdir, name), f"l10n/{lang}/muscles/{name}")
        return langs

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    atlas = args[0] if args else os.path.join(ROOT, "data", "atlas")
    c = Checker(atlas, "--partial" in sys.argv)
    files, missing = c.run()
    langs = L10nChecker(c).run()
    for p in c.problems:
        print(p)
    print(f"{len(files)} muscles checked, {len(missing)} required still missing, "
          f"translations checked: {', '.join(langs) or 'none'}, {len(c.problems)} problems")
    sys.exit(1 if c.problems else 0)


if __name__ == "__main__":
    main()
