#!/usr/bin/env python3
"""Baseline for `npm run bench` where Debian's python3-pandas is installed: the same task as
`jobs-report budget 2022 --format json` on the national long-layout CSV, or on the same budget as a workbook
(sheet 소요예산, read with openpyxl: Debian's python3-openpyxl), the way an analyst writes it in pandas
(read_csv or read_excel, filter, groupby-sum). pandas sums in floats, so only its time is compared; the
figures are checked against the exact Decimal baseline (baseline.py)."""
import json
import sys

import pandas as pd

path, year = sys.argv[1], int(sys.argv[2])
text = {"기관": str, "사업": str, "사업명": str, "재원": str}
if path.endswith(".xlsx"):
    df = pd.read_excel(path, sheet_name="소요예산", dtype=text)
else:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=text)
df = df[(df["연도"] == year) & df["금액"].notna()]
by = df.groupby(["사업", "재원"])["금액"].sum().unstack(fill_value=0)
out = {
    "projects": {p: {s: str(by.at[p, s]) for s in by.columns} for p in by.index},
    "total": {"amount": str(df["금액"].sum())},
}
json.dump(out, sys.stdout, ensure_ascii=False)
