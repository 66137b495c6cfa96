#!/usr/bin/env python3
"""Checks that a translation of the theme's texts matches templates/i18n/id.yml.

For every dotted key of the reference file (id.yml): the translation has it, with the same set of
{placeholders}; the groups and keys come in the same order. Keys the translation adds at the end
(new groups) are listed, not refused. Every value must be a text or a mapping (Translations.swift
refuses lists). Exit status 1 when anything is wrong.

Usage: check_i18n_keys.py [reference.yml] [translation.yml]
"""
import re
import sys

import yaml

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def flatten(node, prefix=""):
    """Yields (dotted key, text) in file order; raises ValueError on a value that is not text or mapping."""
    for key, value in node.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, dotted + ".")
        elif isinstance(value, (str, int, float)):
            yield dotted, str(value)
        else:
            raise ValueError(f"{dotted}: a {type(value).__name__}, not a text or mapping")


def main():
    ref_path = sys.argv[1] if len(sys.argv) > 1 else "templates/i18n/id.yml"
    new_path = sys.argv[2] if len(sys.argv) > 2 else "templates/i18n/en.yml"
    ref = list(flatten(yaml.safe_load(open(ref_path, encoding="utf-8"))))
    new = list(flatten(yaml.safe_load(open(new_path, encoding="utf-8"))))
    new_texts = dict(new)
    problems = []
    for key, text in ref:
        if key not in new_texts:
            problems.append(f"missing: {key}")
            continue
        want, got = set(PLACEHOLDER.findall(text)), set(PLACEHOLDER.findall(new_texts[key]))
        if want != got:
            problems.append(f"placeholders differ: {key}: {sorted(want)} vs {sorted(got)}")
        if not new_texts[key].strip() and text.strip():
            problems.append(f"empty: {key}")
    ref_keys = [k for k, _ in ref]
    common = [k for k, _ in new if k in set(ref_keys)]
    if len(common) == len(ref_keys) and common != ref_keys:
        problems.append("order: the shared keys are not in the reference's order")
    extra = [k for k, _ in new if k not in set(ref_keys)]
    if extra and [k for k, _ in new][-len(extra):] != extra:
        problems.append("order: keys the reference lacks are not all at the end")
    groups = sorted({k.split(".")[0] for k in extra})
    print(f"{ref_path}: {len(ref)} keys; {new_path}: {len(new)} keys, {len(extra)} added ({', '.join(groups)})")
    for problem in problems:
        print(problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
