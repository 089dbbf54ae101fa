"""Writes writtenByOpenpyxl.xlsx, the fixture of XlsxFileTests.

A workbook as another program writes it (openpyxl, not Excel or POI): inline strings, a formula
saved without its calculated value, an error value, a hidden row, a hidden and a very hidden
sheet, and the 1904 date system of old Excel for Mac.

Run with the system Python, which has python3-openpyxl:
    /usr/bin/python3 src/test/resources/xlsx/writtenByOpenpyxl.py
"""
import datetime
import pathlib

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TARGET = pathlib.Path(__file__).with_suffix(".xlsx")

workbook = openpyxl.Workbook()
workbook.epoch = CALENDAR_MAC_1904
# A fixed save time, so the file is the same whenever it is regenerated.
workbook.properties.created = datetime.datetime(2023, 3, 31, 10, 0, 0)
workbook.properties.modified = datetime.datetime(2023, 3, 31, 10, 0, 0)

data = workbook.active
data.title = "ข้อมูล"
data["A1"] = "ดำเนินการแล้ว"
data["B1"] = 2566
data["C1"] = datetime.date(2023, 3, 15)
data["C1"].number_format = "yyyy-mm-dd"
data["D1"] = True
data["E1"] = "=B1+1"          # openpyxl cannot calculate, so no cached value is saved
data["F1"] = "#N/A"           # openpyxl writes a known error code as an error value
data["G1"] = 1234.5
data["A2"] = "แถวที่ซ่อนไว้"
data.row_dimensions[2].hidden = True
data["C3"] = "  น้ำ  "          # blanks at both ends, kept as written
data["A4"] = False

hidden = workbook.create_sheet("ซ่อน")
hidden.sheet_state = "hidden"
hidden["A1"] = "ชีตที่ซ่อน"

very_hidden = workbook.create_sheet("ระบุแบบรายงาน")
very_hidden.sheet_state = "veryHidden"
very_hidden["A1"] = "รหัสสำนัก/กอง"
very_hidden["B1"] = "FINANCE"

workbook.save(TARGET)
