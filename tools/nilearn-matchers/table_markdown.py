#!/usr/bin/python3
"""Renders matcher_type_table.json (see gen_matcher_table.py) as the Markdown tables of
docs/COMPATIBILITY.md, section "Matchers on mismatched types":

    /usr/bin/python3 tools/nilearn-matchers/table_markdown.py \\
        core/src/test/resources/nilearn-matchers/matcher_type_table.json
"""
import json
import sys

TYPES = ["int", "float", "str", "bool", "NoneType", "list", "dict"]


def cell(rows):
    outcomes = []
    for row in rows:
        n = row["nilearn"]
        outcomes.append("TypeError" if "raises" in n else ("yes" if n["result"] else "no"))
    distinct = sorted(set(outcomes), key=["yes", "no", "TypeError"].index)
    return "/".join(distinct)


def main():
    rows = json.load(open(sys.argv[1]))["rows"]
    matchers = list(dict.fromkeys(r["matcher"] for r in rows))
    print("| matcher(operand) | " + " | ".join(t.replace("NoneType", "None") for t in TYPES)
          + " |")
    print("|---|" + "---|" * len(TYPES))
    for matcher in matchers:
        mine = [r for r in rows if r["matcher"] == matcher]
        operands = list(dict.fromkeys(json.dumps(r["operands"]) for r in mine))
        for operand in operands:
            of = [r for r in mine if json.dumps(r["operands"]) == operand]
            label = "%s(%s)" % (matcher, ", ".join(repr(o) for o in json.loads(operand)))
            if matcher == "Equal":
                label = "plain %r" % (json.loads(operand)[0],)
            cells = [cell([r for r in of if r["field_type"] == t]) for t in TYPES]
            print("| `%s` | %s |" % (label, " | ".join(cells)))


if __name__ == "__main__":
    main()
