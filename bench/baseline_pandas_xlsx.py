#!/usr/bin/env python3
"""Baseline for `npm run bench` where Debian's python3-pandas and python3-openpyxl are installed: the same task
as `jobs-report budget 2022 --format json` on the national workbook (bench/data/national.xlsx, sheet 소요예산),
the way an analyst writes it in pandas (read_excel, filter, groupby-sum). Only its time is compared."""
import json
import sys

import pandas as pd

path, year = sys.argv[1], int(sys.argv[2])
df = pd.read_excel(path, sheet_name="소요예산", dtype={"기관": str, "사업": str, "사업명": str, "재원": str})
df = df[(df["연도"] == year) & df["금액"].notna()]
by = df.groupby(["사업", "재원"])["금액"].sum().unstack(fill_value=0)
out = {
    "projects": {p: {s: str(by.at[p, s]) for s in by.columns} for p in by.index},
    "total": {"amount": str(df["금액"].sum())},
}
json.dump(out, sys.stdout, ensure_ascii=False)
