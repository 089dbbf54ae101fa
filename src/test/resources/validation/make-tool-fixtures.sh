#!/bin/sh
# Makes the two fixtures written by other tools than POI, once; the results are committed so the
# tests need neither tool. Run from the project folder.
#   libreOfficeSaved.xlsx  the กองคลัง sample opened and saved again by LibreOffice Calc
#   openpyxlWritten.xlsx   the กองคลัง sample rewritten by openpyxl, with one result edited
set -e
base="samples/ita-2566-รอบ1-กองคลัง.xlsx"
out="src/test/resources/validation"
work=$(mktemp -d)
cp "$base" "$work/libreOfficeSaved.xlsx"
soffice --headless --calc --convert-to xlsx:"Calc Office Open XML" --outdir "$work/out" "$work/libreOfficeSaved.xlsx"
cp "$work/out/libreOfficeSaved.xlsx" "$out/libreOfficeSaved.xlsx"
/usr/bin/python3 - "$base" "$out/openpyxlWritten.xlsx" <<'PY'
import sys
import openpyxl
workbook = openpyxl.load_workbook(sys.argv[1])
sheet = workbook["ผลการดำเนินการ"]
sheet["H8"] = "ดำเนินการตลอดทั้งปีงบประมาณ (แก้ไขด้วย openpyxl)"
workbook.save(sys.argv[2])
PY
rm -rf "$work"
