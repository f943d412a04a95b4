#!/usr/bin/env python3
"""Write the GResource XML that bundles the atlas (run by the build).

    gen-atlas-gresource.py ATLAS_DIR OUTPUT

Lists atlas.json, regions.json, every muscles/*.json and every poses/*.json,
and every .json file of the translations in l10n/LANG/ (l10n/de/regions.json,
l10n/de/muscles/soleus.json), so a file added to data/atlas/muscles/, poses/
or l10n/ is bundled without touching any build file. The output is only
rewritten when its content changes.
"""
import os
import sys


def translations(atlas):
    """The .json files below l10n/, as paths relative to @atlas, sorted."""
    found = []
    for top, dirs, names in os.walk(os.path.join(atlas, "l10n")):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(top, atlas)
        found += [rel + "/" + n for n in names if n.endswith(".json") and not n.startswith(".")]
    return sorted(found)


def main():
    atlas, output = sys.argv[1], sys.argv[2]
    files = ["atlas.json", "disclaimer.json", "regions.json", "red-flags.json"]
    for folder in ("muscles", "poses"):
        files += sorted(folder + "/" + f for f in os.listdir(os.path.join(atlas, folder)) if f.endswith(".json"))
    files += translations(atlas)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<gresources>",
             '  <gresource prefix="/io/github/bodymap/Bodymap/atlas">']
    lines += [f'    <file alias="{f}">{os.path.join(os.path.abspath(atlas), f)}</file>' for f in files]
    lines += ["  </gresource>", "</gresources>", ""]
    text = "\n".join(lines)
    if not os.path.exists(output) or open(output).read() != text:
        with open(output + ".tmp", "w") as f:
            f.write(text)
        os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main()
