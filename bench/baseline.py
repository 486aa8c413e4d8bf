#!/usr/bin/env python3
"""Baseline for `npm run bench`: the same task as `jobs-report budget 2022 --format json` on the national
long-layout CSV, written the way an analyst would in plain Python (csv + decimal.Decimal): per project and
source for the year, and the total. Blank amounts are missing (skipped), as in jobs-report."""
import csv
import json
import sys
from decimal import Decimal

path, year = sys.argv[1], sys.argv[2]
by_project = {}
total = {"국비": Decimal(0), "시비": Decimal(0), "구비": Decimal(0)}
with open(path, encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    col = {name: i for i, name in enumerate(header)}
    p, s, y, a = col["사업"], col["재원"], col["연도"], col["금액"]
    for row in reader:
        if row[y] != year or row[a] == "":
            continue
        amount = Decimal(row[a].replace(",", ""))
        sources = by_project.setdefault(row[p], {"국비": Decimal(0), "시비": Decimal(0), "구비": Decimal(0)})
        sources[row[s]] += amount
        total[row[s]] += amount

out = {
    "projects": {k: {s: str(v) for s, v in src.items()} for k, src in sorted(by_project.items())},
    "total": {"amount": str(sum(total.values())), "bySource": {s: str(v) for s, v in total.items()}},
}
json.dump(out, sys.stdout, ensure_ascii=False)
