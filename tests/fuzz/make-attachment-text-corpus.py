#!/usr/bin/env python3
# Generates the committed seed corpus (corpus/attachment-text) of AttachmentTextFuzzer: the first byte chooses the media type
# (0 text/plain, 1 text/csv, 2 ODT, 3 DOCX, 4 application/zip), the rest is the file.
import io, struct, zipfile, zlib

PLAIN, CSV, ODT, DOCX, ZIP = 0, 1, 2, 3, 4
FIXED = (2026, 1, 1, 0, 0, 0)

def z(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as f:
        for name, data, *stored in entries:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            f.writestr(info, data)
    return buf.getvalue()

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CT = ('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')

def docx(body, extra=(), doctype=''):
    return z([CT, RELS, ('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?>' + doctype +
              '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body))] + list(extra))

def odt(text, manifest=None):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % text)
    entries = [('mimetype', 'application/vnd.oasis.opendocument.text', True)]
    if manifest:
        entries.append(('META-INF/manifest.xml', manifest))
    entries.append(('content.xml', content))
    return z(entries)

seeds = {}
seeds['text-plain-utf8'] = bytes([PLAIN]) + 'Côte d’Ivoire: the Zorvex custody registers\nسجلات الاحتجاز\n'.encode()
seeds['text-plain-utf8-bom'] = bytes([PLAIN]) + b'\xef\xbb\xbf' + 'État partie\r\nsecond line'.encode()
seeds['text-plain-utf16le'] = bytes([PLAIN]) + b'\xff\xfe' + 'UTF-16 text: État partie'.encode('utf-16-le')
seeds['text-plain-utf16be'] = bytes([PLAIN]) + b'\xfe\xff' + 'UTF-16 big endian'.encode('utf-16-be')
seeds['text-plain-latin1'] = bytes([PLAIN]) + 'Côte d\'Ivoire, état partie'.encode('latin-1')
seeds['text-csv'] = bytes([CSV]) + b'reference,state,subject\nCTI-2026-001,Ghana,"custody registers, police"\n'
seeds['failed-plain-nul'] = bytes([PLAIN]) + b'looks like text\x00\x01\x02binary'
seeds['failed-plain-utf16-odd'] = bytes([PLAIN]) + b'\xff\xfea\x00b'
seeds['text-docx-basic'] = bytes([DOCX]) + docx(
    '<w:p><w:r><w:t>Draft law on the Zor</w:t></w:r><w:r><w:t>vex registers</w:t></w:r></w:p>'
    '<w:p><w:r><w:tab/><w:t>tabbed</w:t><w:br/><w:t>broken</w:t></w:r></w:p>'
    '<w:p><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>',
    [('word/footnotes.xml', '<w:footnotes xmlns:w="%s"><w:footnote><w:p><w:r><w:t>A footnote</w:t></w:r></w:p>'
      '</w:footnote></w:footnotes>' % W)])
seeds['text-odt-basic'] = bytes([ODT]) + odt(
    '<text:h>Draft law on the Zorvex registers</text:h><text:p>Côte<text:s/>d’Ivoire<text:tab/>tabbed'
    '<text:line-break/>next line</text:p><text:tracked-changes><text:p>deleted</text:p></text:tracked-changes>')
seeds['text-zip-docx'] = bytes([ZIP]) + docx('<w:p><w:r><w:t>sniffed DOCX</w:t></w:r></w:p>')
seeds['text-zip-odt'] = bytes([ZIP]) + odt('<text:p>sniffed ODT</text:p>')
seeds['unsupported-zip-other'] = bytes([ZIP]) + z([('notes.txt', 'just a zip')])
whole = docx('<w:p><w:r><w:t>cut short</w:t></w:r></w:p>')
seeds['failed-docx-truncated'] = bytes([DOCX]) + whole[:len(whole) // 2]
seeds['failed-odt-not-a-zip'] = bytes([ODT]) + b'PK\x03\x04 not really a zip archive'
seeds['failed-docx-external-entity'] = bytes([DOCX]) + docx(
    '<w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p>',
    doctype='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
seeds['failed-odt-malformed-xml'] = bytes([ODT]) + odt('<text:p>a & b <text:span></text:p>')
seeds['failed-odt-deep'] = bytes([ODT]) + odt('<text:span>' * 300 + 'deep' + '</text:span>' * 300)
seeds['failed-odt-encrypted'] = bytes([ODT]) + odt('<text:p>x</text:p>', manifest=(
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
    '</manifest:manifest>'))
seeds['text-docx-empty'] = bytes([DOCX]) + docx('<w:p/>')

# A zip bomb whose headers lie: 65 MiB of zeros declared as 100 bytes (the extractor counts what
# it inflates and stops at 64 MiB).
bomb = bytearray(z([('word/document.xml', b'\0' * (65 * 1024 * 1024))]))
name = b'word/document.xml'
for signature, size_at, length_at, name_at in ((b'PK\x03\x04', 22, 26, 30), (b'PK\x01\x02', 24, 28, 46)):
    at = bomb.find(signature)
    while at >= 0:
        length = struct.unpack_from('<H', bomb, at + length_at)[0]
        if bomb[at + name_at:at + name_at + length] == name:
            struct.pack_into('<I', bomb, at + size_at, 100)
        at = bomb.find(signature, at + 4)
seeds['failed-docx-lying-bomb'] = bytes([DOCX]) + bytes(bomb)

import os, sys
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "attachment-text")
for name, data in seeds.items():
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
