#!/usr/bin/env python3
"""Baseline for `npm run bench` where Debian's python3-pandas and python3-openpyxl are installed: what
`jobs-report report 2022` writes for the national CSV, reduced to its two large sheets and written the way an
analyst would with pandas and openpyxl: per project (사업별) and per organisation and project (기관별), each
with the year's amount by source, the previous year's total, 증감 and 증감률. Only its time is compared."""
import sys

import pandas as pd

path, year, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
df = pd.read_csv(path, encoding="utf-8-sig", dtype={"기관": str, "사업": str, "사업명": str, "재원": str})
df = df[df["금액"].notna()]


def table(keys):
    now = df[df["연도"] == year].pivot_table(index=keys, columns="재원", values="금액", aggfunc="sum", fill_value=0)
    now["계"] = now.sum(axis=1)
    before = df[df["연도"] == year - 1].groupby(keys)["금액"].sum().rename("전년도 계")
    t = now.join(before, how="left")
    t["증감"] = t["계"] - t["전년도 계"]
    t["증감률"] = (t["증감"] / t["전년도 계"] * 100).round(1)
    return t


with pd.ExcelWriter(out, engine="openpyxl") as writer:
    table(["사업", "사업명"]).to_excel(writer, sheet_name="사업별")
    table(["기관", "사업", "사업명"]).to_excel(writer, sheet_name="기관별")
