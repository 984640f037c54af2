#pragma once

#include <QByteArray>

#include <vector>

namespace advicehub::test {

// A zip archive built in memory with libzip, for the text extraction tests: the documents are
// made by the tests themselves, never read from a file.
struct ZipEntry {
    QByteArray name;
    QByteArray data;
    bool compressed = true; // deflate, else stored
};

QByteArray makeZip(const std::vector<ZipEntry>& entries);

// A minimal DOCX (content types, package relationships, word/document.xml with the given body
// XML inside <w:body>) and a minimal ODT (mimetype first and stored, manifest, content.xml with
// the given XML inside <office:text>). Extra entries are appended.
QByteArray makeDocx(const QByteArray& bodyXml, std::vector<ZipEntry> extra = {});
QByteArray makeOdt(const QByteArray& textXml, std::vector<ZipEntry> extra = {});

// The archive with the uncompressed size of entry `name` in its local header and central
// directory replaced by `size`: a bomb that lies about what it inflates to.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray& name, quint32 size);

} // namespace advicehub::test
