#!/usr/bin/python3
"""Rebuilds the hostile fixtures of this folder from the sample division files in samples/.

Each fixture is the filled workbook of กองคลัง (samples/ita-2566-รอบ1-กองคลัง.xlsx), so its good
rows are real, changed in the one way its name says: the zip container, the format, a part or a
cell is made hostile or unusual. The parts are edited as text and the zip is written again; the
zips Python's zipfile cannot write (data descriptors on stored entries, zip64, ZipCrypto, a stub
before the zip) are written by the small zip writer below. Everything is deterministic, so a rebuild
changes nothing unless samples/ changed.

Run from the project folder, with python3 and its standard library only:
    /usr/bin/python3 src/test/resources/hostile/make-hostile-fixtures.py

HostileFileScenarioTests and HostileFileGapsTests (src/test/java/th/ita/merge/merge) say what
each fixture must be answered with.
"""

import csv
import io
import os
import random
import re
import struct
import sys
import warnings
import zipfile
import zlib
from xml.sax.saxutils import escape

SAMPLES = 'samples'
BASE = os.path.join(SAMPLES, 'ita-2566-รอบ1-กองคลัง.xlsx')
OUT = os.path.join('src', 'test', 'resources', 'hostile')

MEASURES = 'ผลการดำเนินการ'
RISKS = 'ความเสี่ยงการทุจริต'
IDENTITY = 'ita_template'

# Every zip entry carries this time, so a rebuild writes the same bytes.
STAMP = (2023, 3, 20, 9, 0, 0)

# The address the external relationships point at; HostileFileScenarioTests listens there and
# fails if anything asks for it.
LISTENER = 'http://127.0.0.1:47321/ita-hostile'

PASSWD = 'file:///etc/passwd'
EXTERNAL_ENTITY = '<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "' + PASSWD + '">]>'

CONTENT_TYPES = '[Content_Types].xml'
REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


class Package:
    """The parts of a workbook zip, in their order, edited as text."""

    def __init__(self, path=BASE):
        with zipfile.ZipFile(path) as zf:
            self.entries = [[info.filename, zf.read(info)] for info in zf.infolist()]
        self.sheets = self._sheets()

    def read(self, name):
        for entry in self.entries:
            if entry[0] == name:
                return entry[1]
        raise KeyError(name)

    def text(self, name):
        return self.read(name).decode('utf-8')

    def put(self, name, data):
        if isinstance(data, str):
            data = data.encode('utf-8')
        for entry in self.entries:
            if entry[0] == name:
                entry[1] = data
                return
        self.entries.append([name, data])

    def edit(self, name, change):
        before = self.text(name)
        after = change(before)
        if after == before:
            raise ValueError('edit of ' + name + ' changed nothing')
        self.put(name, after)

    def remove(self, name):
        self.entries = [entry for entry in self.entries if entry[0] != name]

    def _sheets(self):
        """Sheet name -> part name, from the workbook and its relationships."""
        rels = self.text('xl/_rels/workbook.xml.rels')
        targets = dict(re.findall(r'<Relationship Id="([^"]+)" Target="([^"]+)"', rels))
        sheets = {}
        for name, rid in re.findall(r'<sheet name="([^"]+)" r:id="([^"]+)"', self.text('xl/workbook.xml')):
            sheets[name] = 'xl/' + targets[rid]
        return sheets

    def sheet(self, name):
        return self.sheets[name]

    def shared(self, index):
        items = re.findall(r'<si>(.*?)</si>', self.text('xl/sharedStrings.xml'), re.S)
        return ''.join(re.findall(r'<t[^>]*>(.*?)</t>', items[index], re.S))

    def cell_xml(self, sheet, ref):
        match = re.search(cell_pattern(ref), self.text(self.sheet(sheet)), re.S)
        if match is None:
            raise KeyError(sheet + '!' + ref)
        return match.group(0)

    def cell_text(self, sheet, ref):
        """The text of a shared-string or inline-string cell, as Excel shows it."""
        xml = self.cell_xml(sheet, ref)
        shared = re.search(r't="s"[^>]*><v>(\d+)</v>', xml)
        if shared:
            return unescape(self.shared(int(shared.group(1))))
        return unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', xml, re.S)))

    def set_cell(self, sheet, ref, xml):
        part = self.sheet(sheet)
        self.edit(part, lambda text: re.sub(cell_pattern(ref), lambda m: xml, text, count=1, flags=re.S))

    def set_text(self, sheet, ref, text, style='9'):
        self.set_cell(sheet, ref, inline(ref, text, style))

    def zip(self, **options):
        return write_zip(self.entries, **options)

    def save(self, name, **options):
        save(name, self.zip(**options))


def cell_pattern(ref):
    return r'<c r="' + ref + r'"(?=[ />])[^>]*?(?:/>|>.*?</c>)'


def unescape(text):
    return text.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&amp;', '&')


def xml_text(text):
    """Text as a cell's XML holds it: escaped, with control characters as Excel writes them (_x0007_)."""
    out = []
    for ch in escape(text):
        if ord(ch) < 0x20 and ch not in '\t\n\r':
            out.append('_x%04X_' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def inline(ref, text, style='9'):
    return ('<c r="' + ref + '" s="' + style + '" t="inlineStr"><is><t xml:space="preserve">' + xml_text(text)
            + '</t></is></c>')


def save(name, data):
    with open(os.path.join(OUT, name), 'wb') as out:
        out.write(data)


def words(seed, count, vocabulary=None):
    """Thai words picked by a seeded generator: text that does not compress like a zip bomb."""
    vocabulary = vocabulary or ('การ', 'ดำเนิน', 'งาน', 'ตาม', 'แผน', 'ปี', 'งบประมาณ', 'ตรวจสอบ', 'พัสดุ', 'เอกสาร',
                                'หลักฐาน', 'คู่มือ', 'เจ้าหน้าที่', 'ประชุม', 'รายงาน', 'ผู้บริหาร', 'ติดตาม', 'ผล',
                                'ครั้ง', 'เดือน', 'ทรัพย์สิน', 'ราชการ', 'ยืม', 'คืน', 'บัญชี', 'จัดซื้อ', 'จัดจ้าง',
                                'ภาษี', 'ที่ดิน', 'สำรวจ', 'ประเมิน', 'เผยแพร่', 'ประกาศ', 'เว็บไซต์', 'ช่องทาง',
                                'ร้องเรียน', 'ความเสี่ยง', 'ทุจริต', 'โปร่งใส', 'คุณธรรม')
    rng = random.Random(seed)
    return ' '.join(rng.choice(vocabulary) + ('' if rng.random() < 0.7 else str(rng.randint(1, 999)))
                    for _ in range(count))


# --- zip writers -------------------------------------------------------------------------------

def zip_info(name, method):
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    return info


def write_zip(entries, method=zipfile.ZIP_DEFLATED, order=None):
    """A plain zip as Python writes it: sizes in the local headers, no data descriptors."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')  # a duplicate name is what one fixture is made of
        with zipfile.ZipFile(buffer, 'w') as zf:
            for name, data in (order(entries) if order else entries):
                zf.writestr(zip_info(name, method), data, compress_type=method, compresslevel=9)
    return buffer.getvalue()


def dos_time():
    year, month, day, hour, minute, second = STAMP
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


def deflate(data):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


class ZipCrypto:
    """The traditional PKWARE encryption ("ZipCrypto") that 7-Zip and WinZip still offer."""

    def __init__(self, password):
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    @staticmethod
    def _crc(crc, byte):
        return zlib.crc32(bytes([byte]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def _update(self, byte):
        self.keys[0] = self._crc(self.keys[0], byte)
        self.keys[1] = ((self.keys[1] + (self.keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self.keys[2] = self._crc(self.keys[2], self.keys[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for byte in data:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)


def raw_zip(entries, method=8, descriptors=False, descriptor_signature=True, zip64=False, encrypt=(),
            password=b'ita', prefix=b''):
    """A zip written field by field, for what Python's zipfile will not write.

    descriptors: sizes and CRC after the data (bit 3), as streaming writers do, with or without
    the optional descriptor signature; zip64: zip64 extra fields in every header and the zip64
    end records; encrypt: the names whose entries are ZipCrypto-encrypted with password; prefix:
    bytes before the zip (an executable stub), the offsets counted from the file's start as
    self-extracting archives have them.
    """
    out = bytearray(prefix)
    central = bytearray()
    time, date = dos_time()
    rng = random.Random(7)
    for name, data in entries:
        raw_name = name.encode('utf-8')
        crc = zlib.crc32(data) & 0xFFFFFFFF
        body = deflate(data) if method == 8 else data
        flags = 0x0800
        if descriptors:
            flags |= 0x0008
        if name in encrypt:
            flags |= 0x0001
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(time >> 8) if descriptors else (crc >> 24)])
            body = ZipCrypto(password).encrypt(header + body)
        offset = len(out)
        version = 45 if zip64 else 20
        known = not descriptors
        if zip64:
            local_extra = struct.pack('<HHQQ', 1, 16, len(data) if known else 0, len(body) if known else 0)
            sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            local_extra = b''
            sizes = (len(body), len(data)) if known else (0, 0)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, version, flags, method, time, date, crc if known else 0,
                           sizes[0], sizes[1], len(raw_name), len(local_extra))
        out += raw_name + local_extra + body
        if descriptors:
            if descriptor_signature:
                out += struct.pack('<I', 0x08074B50)
            out += struct.pack('<IQQ' if zip64 else '<III', crc, len(body), len(data))
        if zip64:
            central_extra = struct.pack('<HHQQQ', 1, 24, len(data), len(body), offset)
            fields = (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        else:
            central_extra = b''
            fields = (len(body), len(data), offset)
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, (3 << 8) | version, version, flags, method, time,
                               date, crc, fields[0], fields[1], len(raw_name), len(central_extra), 0, 0, 0,
                               0o644 << 16, fields[2])
        central += raw_name + central_extra
    start = len(out)
    out += central
    count = len(entries)
    if zip64:
        end64 = len(out)
        out += struct.pack('<IQHHIIQQQQ', 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central), start)
        out += struct.pack('<IIQI', 0x07064B50, 0, end64, 1)
        out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


# --- other formats -----------------------------------------------------------------------------

def measure_rows(pkg):
    """The measures table of the sample as text: header row 5 and the rows below, columns A..J."""
    rows = []
    for row in range(5, 13):
        values = []
        for column in 'ABCDEFGHIJ':
            try:
                values.append(pkg.cell_text(MEASURES, column + str(row)))
            except KeyError:
                values.append('')
        rows.append(values)
    return rows


def compound_file(project, modules):
    """A minimal OLE2 compound file, which is what vbaProject.bin is: a PROJECT stream beside a
    storage VBA holding the modules. Every stream is padded to 4,096 bytes so that it lives in
    ordinary sectors and the file needs no mini stream."""
    sector, end_of_chain, free, fat_sector, none = 512, 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    streams = [('PROJECT', project)] + list(modules.items())
    contents = [data.ljust(4096, b' ') for _, data in streams]
    directory_sectors = 2
    first = 1 + directory_sectors

    def entry(name='', kind=0, right=none, child=none, start=end_of_chain, size=0):
        raw = (name + '\0').encode('utf-16-le') if name else b''
        return (raw.ljust(64, b'\0') + struct.pack('<HBBIII', len(raw), kind, 1, none, right, child) + bytes(16)
                + struct.pack('<I', 0) + bytes(16) + struct.pack('<IIi', start, size, 0))

    starts = [first + 8 * i for i in range(len(streams))]
    directory = [entry('Root Entry', 5, child=1), entry('VBA', 1, right=2, child=3),
                 entry('PROJECT', 2, start=starts[0], size=4096)]
    for i, (name, _) in enumerate(streams[1:], start=1):
        directory.append(entry(name, 2, right=(3 + i) if i + 1 < len(streams) else none, start=starts[i], size=4096))
    directory += [entry()] * (directory_sectors * sector // 128 - len(directory))
    fat = [fat_sector] + [2, end_of_chain]
    for start in starts:
        fat += [start + i + 1 for i in range(7)] + [end_of_chain]
    fat += [free] * (sector // 4 - len(fat))
    header = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(16) + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack('<IIIIIIIII', 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain, 0)
              + struct.pack('<I', 0) + struct.pack('<I', free) * 108)
    return (header + b''.join(struct.pack('<I', value) for value in fat) + b''.join(directory)
            + b''.join(contents))


def biff12(kind, payload=b''):
    """One record of an .xlsb part: its type and size as 7-bit varints, then its payload."""
    def varint(value):
        out = bytearray()
        while True:
            byte = value & 0x7F
            value >>= 7
            out.append(byte | (0x80 if value else 0))
            if not value:
                return bytes(out)
    return varint(kind) + varint(len(payload)) + payload


def xl_wide(text):
    return struct.pack('<I', len(text)) + text.encode('utf-16-le')


# --- the fixtures ------------------------------------------------------------------------------

def zip_container():
    pkg = Package()
    pkg.save('zipEntriesReordered.xlsx', order=lambda entries: list(reversed(entries)))
    pkg.save('zipEntriesStored.xlsx', method=zipfile.ZIP_STORED)
    save('storedWithDataDescriptors.xlsx', raw_zip(pkg.entries, method=0, descriptors=True))
    save('dataDescriptorsWithoutSignature.xlsx', raw_zip(pkg.entries, method=8, descriptors=True,
                                                         descriptor_signature=False))
    save('zip64.xlsx', raw_zip(pkg.entries, method=8, zip64=True))
    # the measures sheet twice under one name, the second saying something else
    twin = Package()
    other = twin.text(twin.sheet(MEASURES))
    for row in range(6, 13):
        other = re.sub(cell_pattern('G%d' % row), inline('G%d' % row, 'ยังไม่ดำเนินการ'), other, flags=re.S)
        other = re.sub(cell_pattern('H%d' % row), inline('H%d' % row, 'รายการที่ซ้ำ ห้ามนำมารวม'), other, flags=re.S)
    entries = list(twin.entries)
    index = [name for name, _ in entries].index(twin.sheet(MEASURES))
    entries.insert(index + 1, [twin.sheet(MEASURES), other.encode('utf-8')])
    save('duplicateEntryNames.xlsx', write_zip(entries))
    traversal = Package()
    traversal.put('../../../../tmp/ita-hostile-traversal.txt', 'TRAVERSAL-MARKER written outside the folder')
    traversal.put('xl/../../ita-hostile-traversal.xml', '<x>TRAVERSAL-MARKER</x>')
    traversal.save('entryNameTraversal.xlsx')
    secret = Package()
    save('zipCryptoEncrypted.xlsx', raw_zip(secret.entries, encrypt={secret.sheet(MEASURES), secret.sheet(RISKS),
                                                                      'xl/sharedStrings.xml'}))
    stub = bytearray(b'MZ' + bytes(58) + struct.pack('<I', 64) + b'PE\0\0' + bytes(60))
    stub += b'This program cannot be run in DOS mode.\r\r\n$' + bytes(512 - len(stub) - 44)
    save('executableStub.xlsx', raw_zip(Package().entries, prefix=bytes(stub)))


def formats():
    pkg = Package()
    # .xlsm: the same workbook with a VBA project, as Excel saves it when a division adds a macro
    pkg.edit(CONTENT_TYPES, lambda x: x.replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml').replace(
        '<Default ContentType="application/xml" Extension="xml"/>',
        '<Default ContentType="application/xml" Extension="xml"/>'
        '<Default ContentType="application/vnd.ms-office.vbaProject" Extension="bin"/>'))
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: x.replace(
        '</Relationships>', '<Relationship Id="rIdVba" Target="vbaProject.bin" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/></Relationships>'))
    pkg.edit('xl/workbook.xml', lambda x: x.replace('<workbookPr ', '<workbookPr codeName="ThisWorkbook" '))
    module = (b'Attribute VB_Name = "Module1"\r\nSub Auto_Open()\r\n    Shell "cmd /c echo MACRO-RAN > %TEMP%\\ita.txt"\r\n'
              b'End Sub\r\n')
    pkg.put('xl/vbaProject.bin', compound_file(b'ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\n',
                                               {'dir': b'VBA project of ita-2566 FINANCE', 'Module1': module}))
    pkg.save('macroEnabled.xlsm')

    rows = measure_rows(Package())
    # .xlsb renamed .xlsx: Excel's binary workbook, a zip of BIFF12 records rather than XML
    workbook_bin = (biff12(0x0183) + biff12(0x018F) + biff12(0x019C, struct.pack('<II', 0, 1) + xl_wide('rId1')
                                                                      + xl_wide(MEASURES))
                    + biff12(0x0190) + biff12(0x0184))
    sheet_bin = biff12(0x0181) + biff12(0x0191)
    for r, values in enumerate(rows, start=4):
        sheet_bin += biff12(0x0000, struct.pack('<IIHHBB', r, 0, 300, 0, 0, 0))
        for c, value in enumerate(values):
            if value:
                sheet_bin += biff12(0x0006, struct.pack('<II', c, 0) + xl_wide(value))
    sheet_bin += biff12(0x0192) + biff12(0x0182)
    xlsb = [
        [CONTENT_TYPES, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
         '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
         '</Types>'],
        ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="' + REL_NS + '/officeDocument" Target="xl/workbook.bin"/></Relationships>'],
        ['xl/_rels/workbook.bin.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="' + REL_NS + '/worksheet" Target="worksheets/sheet1.bin"/></Relationships>'],
        ['xl/workbook.bin', workbook_bin],
        ['xl/worksheets/sheet1.bin', sheet_bin],
    ]
    save('xlsbRenamed.xlsx', write_zip([[name, data.encode('utf-8') if isinstance(data, str) else data]
                                        for name, data in xlsb]))

    # .ods renamed .xlsx: the measures table as LibreOffice Calc's own format
    table = ''.join('<table:table-row>' + ''.join(
        '<table:table-cell office:value-type="string"><text:p>' + escape(value) + '</text:p></table:table-cell>'
        for value in values) + '</table:table-row>' for values in rows)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
    ods = [
        ['mimetype', b'application/vnd.oasis.opendocument.spreadsheet'],
        ['META-INF/manifest.xml', ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest ' + ns
                                   + ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                                   'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                                   '</manifest:manifest>').encode('utf-8')],
        ['content.xml', ('<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ns
                         + ' office:version="1.2"><office:body><office:spreadsheet><table:table table:name="'
                         + MEASURES + '">' + table + '</table:table></office:spreadsheet></office:body>'
                         '</office:document-content>').encode('utf-8')],
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w') as zf:
        for name, data in ods:
            method = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zf.writestr(zip_info(name, method), data, compress_type=method)
    save('odsRenamed.xlsx', buffer.getvalue())

    # a CSV export of the measures table, renamed .xlsx (UTF-8 with BOM, as Excel writes "CSV UTF-8")
    text = io.StringIO()
    csv.writer(text, lineterminator='\r\n').writerows(rows)
    save('csvRenamed.xlsx', ('\ufeff' + text.getvalue()).encode('utf-8'))

    # a Word document holding the measures table, renamed .xlsx
    word_table = '<w:tbl>' + ''.join('<w:tr>' + ''.join(
        '<w:tc><w:p><w:r><w:t xml:space="preserve">' + escape(value) + '</w:t></w:r></w:p></w:tc>'
        for value in values) + '</w:tr>' for values in rows) + '</w:tbl>'
    docx = [
        [CONTENT_TYPES, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
        ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="' + REL_NS + '/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'],
        ['word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         '<w:p><w:r><w:t>รายงานผลการดำเนินการ กองคลัง</w:t></w:r></w:p>' + word_table + '</w:body></w:document>'],
    ]
    save('wordRenamed.xlsx', write_zip([[name, data.encode('utf-8')] for name, data in docx]))


def inline_strings():
    """Every shared string written inline in its cell, and no shared-strings part at all."""
    pkg = Package()
    for sheet in pkg.sheets:
        part = pkg.sheet(sheet)

        def to_inline(match):
            attributes, index = match.group(1), int(match.group(2))
            attributes = attributes.replace(' t="s"', '') + ' t="inlineStr"'
            return '<c' + attributes + '><is><t xml:space="preserve">' + pkg.shared(index) + '</t></is></c>'

        pkg.edit(part, lambda text: re.sub(r'<c((?: [a-z]+="[^"]*")*)><v>(\d+)</v></c>',
                                           lambda m: to_inline(m) if ' t="s"' in m.group(1) else m.group(0), text))
    pkg.remove('xl/sharedStrings.xml')
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: re.sub(r'<Relationship Id="[^"]+" Target="sharedStrings.xml"[^>]*/>',
                                                            '', x))
    pkg.edit(CONTENT_TYPES, lambda x: re.sub(r'<Override [^>]*PartName="/xl/sharedStrings.xml"/>', '', x))
    pkg.save('inlineStrings.xlsx')


def cells():
    pkg = Package()
    sst = pkg.text('xl/sharedStrings.xml')
    count = len(re.findall(r'<si>', sst))
    pkg.edit('xl/sharedStrings.xml', lambda x: x.replace(
        '</sst>', '<si><r><rPr><b/><sz val="16"/><color rgb="FFFF0000"/><rFont val="TH Sarabun New"/></rPr>'
        '<t>ดำเนินการ</t></r><r><rPr><sz val="16"/><rFont val="TH Sarabun New"/></rPr><t>แล้ว</t></r></si></sst>')
        .replace('uniqueCount="%d"' % count, 'uniqueCount="%d"' % (count + 1)))
    pkg.set_cell(MEASURES, 'G8', '<c r="G8" s="9" t="s"><v>%d</v></c>' % count)
    pkg.save('richTextState.xlsx')

    # the last measure's row moved to the sheet's very last row, 1,048,576
    pkg = Package()
    pkg.edit(pkg.sheet(MEASURES), lambda x: re.sub(r'<row r="12"(.*?)</row>', lambda m: (
        '<row r="1048576"' + re.sub(r'r="([A-Z]+)12"', r'r="\g<1>1048576"', m.group(1)) + '</row>'), x, flags=re.S)
        .replace('<dimension ref="A1:J12"/>', '<dimension ref="A1:J1048576"/>'))
    pkg.save('lastRowOfTheSheet.xlsx')

    # a cell one column past XFD, the last column Excel has
    pkg = Package()
    pkg.edit(pkg.sheet(MEASURES), lambda x: re.sub(r'(<row r="8".*?)</row>', lambda m: (
        m.group(1) + inline('XFE8', 'ข้อความนอกขอบเขตของแผ่นงาน') + '</row>'), x, count=1, flags=re.S))
    pkg.save('cellPastLastColumn.xlsx')

    pkg = Package()
    pkg.set_cell(MEASURES, 'G8', '<c r="G8" s="9" t="s"><v>99999</v></c>')
    pkg.save('sharedStringOutOfRange.xlsx')

    pkg = Package()
    pkg.set_cell(MEASURES, 'G8', '<c r="G8" s="9" t="str"><f>"ดำเนินการ"&amp;"แล้ว"</f><v>ดำเนินการแล้ว</v></c>')
    pkg.save('stateAsFormula.xlsx')

    pkg = Package()
    pkg.set_cell(MEASURES, 'G8', '<c r="G8" s="9" t="b"><v>1</v></c>')
    pkg.save('stateAsBoolean.xlsx')

    pkg = Package()
    long_state = 'ดำเนินการแล้ว ' + words('state', 8000)
    pkg.set_text(MEASURES, 'G8', long_state[:32_700])
    pkg.save('stateVeryLong.xlsx')

    # 5 MiB of UTF-8 in one result cell: words that compress well, but not like a zip bomb
    pkg = Package()
    phrase = 'ดำเนินการตลอดทั้งปีงบประมาณ ' * 6
    rng = random.Random(5)
    parts = []
    size = 0
    while size < 5 * 1024 * 1024:
        part = phrase + words(rng.random(), 2) + ' '
        parts.append(part)
        size += len(part.encode('utf-8'))
    pkg.set_text(MEASURES, 'H9', ''.join(parts))
    pkg.save('resultFiveMegabytes.xlsx')

    pkg = Package()
    pkg.set_text(MEASURES, 'H8', 'ดำเนินการ\u200bตลอด\u200cทั้ง\u2060ปี\ufeffงบประมาณ\u0007 ✅ 😀 👍🏽 '
                                 '\u202eกลับด้าน\u202c مرحبا שלום')
    pkg.set_text(MEASURES, 'I8', 'หมายเหตุ\u0001\u0008\u001b[31m สีแดง\u001b[0m')
    pkg.set_text(MEASURES, 'J8', 'https://www.khamsakaesaeng.go.th/\u200bหลักฐาน\u00ad.pdf')
    pkg.set_text(RISKS, 'C6', pkg.cell_text(RISKS, 'C6') + ' 🔥\u200d\u202b')
    pkg.save('controlAndInvisibleCharacters.xlsx')

    pkg = Package()
    pkg.set_text(MEASURES, 'I8', '=HYPERLINK("' + LISTENER + '/remark","คลิกเพื่อดูหลักฐาน")')
    pkg.set_text(MEASURES, 'J8', "+cmd|' /C calc'!A0")
    pkg.set_text(MEASURES, 'I9', '-2+3')
    pkg.set_text(RISKS, 'E6', "@SUM(1+1)*cmd|' /C calc'!A0")
    pkg.set_text(RISKS, 'J6', '=1+1')
    pkg.set_text(RISKS, 'M7', '=HYPERLINK("' + LISTENER + '/status","สถานะ")')
    pkg.save('csvInjectionText.xlsx')

    pkg = Package()
    pkg.set_text(RISKS, 'M6', words('status', 400)[:1200])
    pkg.save('riskStatusTooLong.xlsx')

    pkg = Package()
    pkg.set_text(MEASURES, 'H8', 'ดำเนินการตามแผน {0} ครั้ง {1} {value} %s ${user.home} {{0}}')
    pkg.set_text(MEASURES, 'G9', '{0}')
    pkg.save('placeholdersInMeasureCells.xlsx')

    pkg = Package()
    pkg.set_text(RISKS, 'M6', '{0}')
    pkg.set_text(RISKS, 'C7', 'แบ่งซื้อแบ่งจ้าง {1} {0} {value}')
    pkg.set_text(RISKS, 'F7', '๙')
    pkg.save('placeholdersInRiskCells.xlsx')


def parts():
    pkg = Package()
    pkg.remove('xl/styles.xml')
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: re.sub(r'<Relationship Id="[^"]+" Target="styles.xml"[^>]*/>', '', x))
    pkg.edit(CONTENT_TYPES, lambda x: re.sub(r'<Override [^>]*PartName="/xl/styles.xml"/>', '', x))
    pkg.save('stylesMissing.xlsx')

    # two sheets named ผลการดำเนินการ, the second saying every measure was not started
    pkg = Package()
    other = pkg.text(pkg.sheet(MEASURES))
    for row in range(6, 13):
        other = re.sub(cell_pattern('G%d' % row), inline('G%d' % row, 'ยังไม่ดำเนินการ'), other, flags=re.S)
        other = re.sub(cell_pattern('H%d' % row), inline('H%d' % row, 'ชีตซ้ำ ห้ามนำมารวม'), other, flags=re.S)
    other = other.replace('tabSelected="true"', 'tabSelected="false"')
    pkg.put('xl/worksheets/sheet99.xml', other)
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: x.replace('</Relationships>', (
        '<Relationship Id="rId99" Target="worksheets/sheet99.xml" Type="' + REL_NS + '/worksheet"/>'
        '</Relationships>')))
    pkg.edit('xl/workbook.xml', lambda x: re.sub(r'(<sheet name="' + MEASURES + r'"[^>]*/>)', (
        r'\1<sheet name="' + MEASURES + r'" r:id="rId99" sheetId="99"/>'), x))
    pkg.edit(CONTENT_TYPES, lambda x: x.replace('</Types>', (
        '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" '
        'PartName="/xl/worksheets/sheet99.xml"/></Types>')))
    pkg.save('twoSheetsSameName.xlsx')

    # 10,000 levels of elements in the measures sheet's extension list, and one state left blank so
    # that the feedback copy, which opens the whole workbook, is written too (much deeper, markup
    # this repetitive compresses past POI's inflate-ratio guard and the file is refused as ZIP_BOMB)
    pkg = Package()
    depth = 10_000
    pkg.edit(pkg.sheet(MEASURES), lambda x: x.replace('</worksheet>', (
        '<extLst><ext uri="{ITA-HOSTILE-NESTING}">' + '<n>' * depth + '</n>' * depth + '</ext></extLst></worksheet>')))
    pkg.set_cell(MEASURES, 'G6', '<c r="G6" s="9"/>')
    pkg.save('deeplyNestedXml.xlsx')

    # 200,000 empty rows formatted below the table, as Excel writes rows a user filled with a
    # colour; one state left blank, so that the feedback copy is written too
    pkg = Package()
    rows = ''.join('<row r="%d" s="9" customFormat="1"/>' % n for n in range(13, 200_013))
    pkg.edit(pkg.sheet(MEASURES), lambda x: x.replace('</sheetData>', rows + '</sheetData>')
             .replace('<dimension ref="A1:J12"/>', '<dimension ref="A1:J200012"/>'))
    pkg.set_cell(MEASURES, 'G6', '<c r="G6" s="9"/>')
    pkg.save('emptyStyledRows.xlsx')

    # a DOCTYPE (with an external entity naming /etc/passwd) in parts other than the sheets
    def doctype(part, root, use=None):
        pkg = Package()

        def change(xml):
            xml = re.sub(r'(<\?xml[^>]*\?>)?', lambda m: (m.group(0) or '') + EXTERNAL_ENTITY.format(root=root), xml,
                         count=1)
            return use(xml) if use else xml
        pkg.edit(part, change)
        return pkg

    doctype('xl/styles.xml', 'styleSheet').save('doctypeInStyles.xlsx')
    core = Package().text('docProps/core.xml')
    assert '<dc:creator>' in core
    doctype('docProps/core.xml', 'cp:coreProperties',
            lambda x: re.sub(r'<dc:creator>[^<]*</dc:creator>', '<dc:creator>&xxe;</dc:creator>', x)).save(
        'doctypeInCoreProperties.xlsx')
    doctype('docProps/app.xml', 'Properties',
            lambda x: x.replace('</Properties>', '<Company>&xxe;</Company></Properties>')).save(
        'doctypeInAppProperties.xlsx')
    doctype(CONTENT_TYPES, 'Types').save('doctypeInContentTypes.xlsx')
    doctype('xl/_rels/workbook.xml.rels', 'Relationships').save('doctypeInWorkbookRelationships.xlsx')
    doctype('xl/workbook.xml', 'workbook').save('doctypeInWorkbook.xlsx')

    # relationships that point outside the file: hyperlinks to /etc/passwd and to a web address,
    # a link to another workbook on the web that a result's formula reads, and a thumbnail on disk;
    # one state left blank so that the feedback copy is written too
    pkg = Package()
    part = pkg.sheet(MEASURES)
    rels = part.replace('worksheets/', 'worksheets/_rels/') + '.rels'
    pkg.put(rels, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdPasswd" Type="' + REL_NS + '/hyperlink" Target="' + PASSWD + '" TargetMode="External"/>'
            '<Relationship Id="rIdWeb" Type="' + REL_NS + '/hyperlink" Target="' + LISTENER + '/evidence" '
            'TargetMode="External"/></Relationships>')
    pkg.edit(part, lambda x: x.replace(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + REL_NS + '">')
        .replace('</dataValidations>', '</dataValidations><hyperlinks><hyperlink ref="J8" r:id="rIdPasswd"/>'
                 '<hyperlink ref="J9" r:id="rIdWeb"/></hyperlinks>'))
    pkg.set_text(MEASURES, 'J8', 'หลักฐานในเครื่อง')
    pkg.set_text(MEASURES, 'J9', 'หลักฐานบนเว็บ')
    pkg.set_cell(MEASURES, 'H10', '<c r="H10" s="9" t="str"><f>[1]Sheet1!$A$1</f><v>ดำเนินการตลอดทั้งปีงบประมาณ</v></c>')
    pkg.set_cell(MEASURES, 'G6', '<c r="G6" s="9"/>')
    pkg.put('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + REL_NS + '">'
            '<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet>'
            '<sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>ดำเนินการตลอดทั้งปีงบประมาณ</v></cell></row>'
            '</sheetData></sheetDataSet></externalBook></externalLink>')
    pkg.put('xl/externalLinks/_rels/externalLink1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="' + REL_NS + '/externalLinkPath" Target="' + LISTENER + '/book.xlsx" '
            'TargetMode="External"/></Relationships>')
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: x.replace('</Relationships>', (
        '<Relationship Id="rIdExt" Target="externalLinks/externalLink1.xml" Type="' + REL_NS + '/externalLink"/>'
        '</Relationships>')))
    pkg.edit('xl/workbook.xml', lambda x: x.replace('</sheets>', (
        '</sheets><externalReferences><externalReference r:id="rIdExt"/></externalReferences>')))
    pkg.edit(CONTENT_TYPES, lambda x: x.replace('</Types>', (
        '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml" '
        'PartName="/xl/externalLinks/externalLink1.xml"/></Types>')))
    pkg.edit('_rels/.rels', lambda x: x.replace('</Relationships>', (
        '<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'thumbnail" Target="' + PASSWD + '" TargetMode="External"/></Relationships>')))
    pkg.save('externalRelationships.xlsx')


def identity():
    pkg = Package()
    part = pkg.sheet(IDENTITY)
    pkg.remove(part)
    rid = re.search(r'<sheet name="' + IDENTITY + r'" r:id="([^"]+)"', pkg.text('xl/workbook.xml')).group(1)
    pkg.edit('xl/workbook.xml', lambda x: re.sub(r'<sheet name="' + IDENTITY + r'"[^>]*/>', '', x))
    pkg.edit('xl/_rels/workbook.xml.rels', lambda x: re.sub(r'<Relationship Id="' + rid + r'"[^>]*/>', '', x))
    pkg.edit(CONTENT_TYPES, lambda x: re.sub(r'<Override [^>]*PartName="/' + part + r'"/>', '', x))
    pkg.save('identitySheetDeleted.xlsx')

    def identity_row(pkg, key):
        xml = pkg.text(pkg.sheet(IDENTITY))
        for row in re.findall(r'<row r="(\d+)"', xml):
            if pkg.cell_text(IDENTITY, 'A' + row) == key:
                return row
        raise KeyError(key)

    pkg = Package()
    pkg.set_text(IDENTITY, 'B' + identity_row(pkg, 'plan_fingerprint'), '0123456789abcdef', style='0')
    pkg.save('fingerprintTampered.xlsx')

    pkg = Package()
    pkg.set_text(IDENTITY, 'B' + identity_row(pkg, 'division_code'), 'WORKS', style='0')
    pkg.set_text(IDENTITY, 'B' + identity_row(pkg, 'division_name'), 'กองช่าง', style='0')
    pkg.save('switchedToAnotherDivision.xlsx')

    def saved(pkg, instant):
        pkg.edit('docProps/core.xml', lambda x: x.replace('</cp:coreProperties>', (
            '<dcterms:modified xsi:type="dcterms:W3CDTF">' + instant + '</dcterms:modified></cp:coreProperties>')))

    pkg = Package()
    saved(pkg, '2099-01-01T09:00:00Z')
    pkg.save('savedIn2099.xlsx')

    pkg = Package()
    pkg.set_text(MEASURES, 'H8', 'ดำเนินการตลอดทั้งปีงบประมาณ และจัดอบรมเพิ่มเติม (ฉบับแก้ไข)')
    saved(pkg, '2023-03-25T09:00:00Z')
    pkg.save('sameDivisionRevised (ฉบับแก้ไข).xlsx')


def main():
    if not os.path.exists(BASE):
        sys.exit('Run from the project folder: ' + BASE + ' not found')
    os.makedirs(OUT, exist_ok=True)
    zip_container()
    formats()
    inline_strings()
    cells()
    parts()
    identity()


if __name__ == '__main__':
    main()
