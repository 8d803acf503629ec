#!/usr/bin/python3
"""Evaluates every nilearn matcher against fields of every JSON type, with the real nilearn.

    PYTHONPATH=/work/nilearn-src HTML_TEST=1 /usr/bin/python3 \\
        tools/nilearn-matchers/gen_matcher_table.py \\
        > core/src/test/resources/nilearn-matchers/matcher_type_table.json

nilearn's ResultFilter keeps a record when no term satisfies ``value != record.get(key)``;
each row records ``not (value != field)``, or the exception nilearn raises (which aborts the
whole fetch_neurovault call). "Equal" is a plain (non-matcher) term value.
"""
import json
import sys

from nilearn.datasets import neurovault as nv

OPERANDS = [1, 2.5, 0, "abc", "1", "", True, False, None, [1, "a"], [], {"a": 1}]
FIELDS = [1, 0, 1.0, 2.5, "1", "abc", "a", "", "True", True, False, None,
          [1, "a"], ["abc"], [], {"a": 1}, {}]

MATCHERS = [
    ("IsNull", lambda *a: nv.IsNull(), [()]),
    ("NotNull", lambda *a: nv.NotNull(), [()]),
    ("Equal", lambda x: x, [(o,) for o in OPERANDS]),
    ("NotEqual", nv.NotEqual, [(o,) for o in OPERANDS]),
    ("GreaterOrEqual", nv.GreaterOrEqual, [(o,) for o in OPERANDS]),
    ("GreaterThan", nv.GreaterThan, [(o,) for o in OPERANDS]),
    ("LessOrEqual", nv.LessOrEqual, [(o,) for o in OPERANDS]),
    ("LessThan", nv.LessThan, [(o,) for o in OPERANDS]),
    ("IsIn", nv.IsIn, [(o,) for o in OPERANDS] + [(1, "a")]),
    ("NotIn", nv.NotIn, [(o,) for o in OPERANDS] + [(1, "a")]),
    ("Contains", nv.Contains, [(o,) for o in OPERANDS] + [("a", 1)]),
    ("NotContains", nv.NotContains, [(o,) for o in OPERANDS] + [("a", 1)]),
    ("Pattern", nv.Pattern, [("a",), ("1",), (1,), (None,)]),
]


def type_name(value):
    return type(value).__name__


def main():
    rows = []
    for name, make, operand_lists in MATCHERS:
        for operands in operand_lists:
            for field in FIELDS:
                row = {"matcher": name, "operands": list(operands), "field": field,
                       "operand_types": [type_name(o) for o in operands],
                       "field_type": type_name(field)}
                try:
                    value = make(*operands)
                    row["nilearn"] = {"result": bool(not (value != field))}
                except Exception as e:  # noqa: BLE001 - the table records what nilearn raises
                    row["nilearn"] = {"raises": type(e).__name__, "message": str(e)}
                rows.append(row)
    import nilearn
    json.dump({"python": sys.version.split()[0], "nilearn": nilearn.__version__,
               "rows": rows}, sys.stdout, ensure_ascii=True, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
