# Makes numericCodes.xlsx: a roster as a provincial office's own script or another program writes
# it with openpyxl, the codes stored as numbers (an int and a float), a type left blank, a district
# typed with "อำเภอ" before it, the report date a date cell, rows above the header and a column of
# the office's own. Run: /usr/bin/python3 numericCodes.py
import datetime
from openpyxl import Workbook

book = Workbook()
roster = book.active
roster.title = "ทะเบียน อปท."
roster.append(["ทะเบียน อปท. จังหวัดนครราชสีมา ปี 2566"])
roster.append([])
roster.append(["ลำดับ", "รหัส อปท.", "ชื่อ อปท.", "ประเภท", "อำเภอ", "โทรศัพท์"])
roster.append([1, 5300101, "องค์การบริหารส่วนตำบลขามสะแกแสง", "อบต", "อำเภอขามสะแกแสง", "044-000000"])
roster.append([2, 5300102.0, "เทศบาลตำบลขามสะแกแสง", None, "ขามสะแกแสง", None])
roster.append([3, "0530103", "องค์การบริหารส่วนจังหวัดนครราชสีมา", "อบจ.", "เมืองนครราชสีมา", None])
roster.append([None, None, None, None, None, None])
settings = book.create_sheet("ตั้งค่า")
settings.append(["จังหวัด", "นครราชสีมา"])
settings.append(["ผู้จัดทำ (ชื่อ-สกุล)", "นายสมชาย ตั้งใจ"])
settings.append(["ตำแหน่งผู้จัดทำ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"])
settings.append(["ผู้อนุมัติ (ชื่อ-สกุล)", "นายสมศักดิ์ รักษ์ถิ่น"])
settings.append(["ตำแหน่งผู้อนุมัติ", "ท้องถิ่นจังหวัดนครราชสีมา"])
settings.append(["วันที่ของรายงาน", datetime.date(2023, 4, 30)])
settings["B6"].number_format = "d/m/yyyy"
book.save("numericCodes.xlsx")
