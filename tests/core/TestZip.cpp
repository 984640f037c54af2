#include "TestZip.h"

#include <catch2/catch.hpp>

#include <QtEndian>

#include <zip.h>

#include <cstdio>
#include <tuple>

namespace advicehub::test {

QByteArray makeZip(const std::vector<ZipEntry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(source);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    zip_error_fini(&error);
    zip_source_keep(source); // read back after zip_close
    for (const ZipEntry& entry : entries) {
        // The entries' bytes outlive zip_close (libzip reads them then).
        zip_source_t* data = zip_source_buffer(archive, entry.data.constData(), entry.data.size(), 0);
        REQUIRE(data);
        const zip_int64_t index = zip_file_add(archive, entry.name.constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            zip_source_free(data);
        REQUIRE(index >= 0);
        REQUIRE(zip_set_file_compression(
                    archive, static_cast<zip_uint64_t>(index), entry.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0)
            == 0);
    }
    REQUIRE(zip_close(archive) == 0);

    REQUIRE(zip_source_open(source) == 0);
    REQUIRE(zip_source_seek(source, 0, SEEK_END) == 0);
    const zip_int64_t size = zip_source_tell(source);
    REQUIRE(size >= 0);
    REQUIRE(zip_source_seek(source, 0, SEEK_SET) == 0);
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    REQUIRE(zip_source_read(source, bytes.data(), static_cast<zip_uint64_t>(size)) == size);
    zip_source_close(source);
    zip_source_free(source);
    return bytes;
}

QByteArray makeDocx(const QByteArray& bodyXml, std::vector<ZipEntry> extra)
{
    std::vector<ZipEntry> entries {
        { "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "</Types>" },
        { "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/></Relationships>" },
        { "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
                + bodyXml + "</w:body></w:document>" },
    };
    for (ZipEntry& entry : extra)
        entries.push_back(std::move(entry));
    return makeZip(entries);
}

QByteArray makeOdt(const QByteArray& textXml, std::vector<ZipEntry> extra)
{
    std::vector<ZipEntry> entries {
        { "mimetype", "application/vnd.oasis.opendocument.text", false },
        { "META-INF/manifest.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
            "manifest:version=\"1.3\">"
            "<manifest:file-entry manifest:full-path=\"/\" "
            "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            "</manifest:manifest>" },
        { "content.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
            "<office:automatic-styles/><office:body><office:text>"
                + textXml + "</office:text></office:body></office:document-content>" },
    };
    for (ZipEntry& entry : extra)
        entries.push_back(std::move(entry));
    return makeZip(entries);
}

QByteArray withDeclaredSize(QByteArray zip, const QByteArray& name, quint32 size)
{
    int patched = 0;
    // Local headers: signature, then the uncompressed size at 22, the name's length at 26 and
    // the name at 30. Central directory entries: the size at 24, the name's length at 28, the
    // name at 46.
    for (const auto& [signature, sizeAt, lengthAt, nameAt] : { std::tuple { QByteArray("PK\x03\x04", 4), 22, 26, 30 },
             std::tuple { QByteArray("PK\x01\x02", 4), 24, 28, 46 } }) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            if (at + nameAt > zip.size())
                break;
            const quint16 length = qFromLittleEndian<quint16>(zip.constData() + at + lengthAt);
            if (zip.mid(at + nameAt, length) != name)
                continue;
            qToLittleEndian<quint32>(size, zip.data() + at + sizeAt);
            ++patched;
        }
    }
    REQUIRE(patched == 2);
    return zip;
}

} // namespace advicehub::test
