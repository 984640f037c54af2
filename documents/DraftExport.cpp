#include "DraftExport.h"

#include <QBuffer>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QVariant>

namespace advicehub::documents {

namespace {

// A text document that never loads anything: Qt's QTextDocument::loadResource reads local files
// named by an <img src> or a style sheet link (and a writer asks for them). Draft bodies hold no
// images (the sanitiser removes them), and an export must not pull a file of this computer into
// a document that leaves the vault even if one slipped through.
class SealedDocument : public QTextDocument {
public:
    SealedDocument() = default;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

// The body of a sanitised draft as a document whose metadata says nothing about the case:
// QTextDocument::setHtml takes a <title> into DocumentTitle, which the ODF writer may carry.
void load(SealedDocument& document, const QString& html, const QString& title)
{
    // A font of a definite size: without a QGuiApplication (advicehub-cli) the default font has
    // none, and the ODF writer's list styles then warn on every bulleted list.
    QFont font(QStringLiteral("serif"));
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    document.setMetaInformation(QTextDocument::DocumentUrl, QString());
}

// What goes between <body> and </body>: a sanitised body may be a fragment or a whole page.
QString bodyOf(const QString& html)
{
    static const QRegularExpression open(
        QStringLiteral("<body(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral("</body\\s*>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch start = open.match(html);
    if (!start.hasMatch())
        return html;
    const qsizetype from = start.capturedEnd();
    const QRegularExpressionMatch end = close.match(html, from);
    return html.mid(from, end.hasMatch() ? end.capturedStart() - from : -1);
}

// The plain text: one line per paragraph, list items with their marker, table cells one per
// line (QTextDocument::toPlainText drops the list markers, which carry meaning in a letter).
QString plainText(const QTextDocument& document)
{
    QString text;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line = block.text();
        line.replace(QChar::Nbsp, QLatin1Char(' '));
        line.replace(QChar::LineSeparator, QLatin1Char('\n'));
        if (const QTextList* list = block.textList()) {
            // QTextList gives numbers and letters; a bullet's own character is up to us.
            const QTextListFormat::Style style = list->format().style();
            const bool bullet = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
                || style == QTextListFormat::ListSquare;
            QString marker = bullet ? QString(QChar(0x2022)) : list->itemText(block);
            const int indent = qMax(0, list->format().indent() - 1);
            line = QString(indent * 2, QLatin1Char(' ')) + marker + QLatin1Char(' ') + line;
        }
        text += line;
        text += QLatin1Char('\n');
    }
    // One line break at the end, not a run of empty paragraphs.
    while (text.endsWith(QStringLiteral("\n\n")))
        text.chop(1);
    return text;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString DraftExport::code(DraftFormat format)
{
    switch (format) {
    case DraftFormat::Odt:
        return QStringLiteral("odt");
    case DraftFormat::Html:
        return QStringLiteral("html");
    case DraftFormat::Text:
        return QStringLiteral("text");
    }
    return QString();
}

std::optional<DraftFormat> DraftExport::format(QStringView code)
{
    const QString wanted = code.trimmed().toString().toLower();
    if (wanted == QLatin1String("odt") || wanted == QLatin1String("odf"))
        return DraftFormat::Odt;
    if (wanted == QLatin1String("html") || wanted == QLatin1String("htm"))
        return DraftFormat::Html;
    if (wanted == QLatin1String("text") || wanted == QLatin1String("txt"))
        return DraftFormat::Text;
    return std::nullopt;
}

QString DraftExport::suffix(DraftFormat format)
{
    switch (format) {
    case DraftFormat::Odt:
        return QStringLiteral("odt");
    case DraftFormat::Html:
        return QStringLiteral("html");
    case DraftFormat::Text:
        return QStringLiteral("txt");
    }
    return QString();
}

Result<QByteArray> DraftExport::render(const QString& html, DraftFormat format, const QString& title)
{
    switch (format) {
    case DraftFormat::Text: {
        SealedDocument document;
        load(document, html, QString());
        return plainText(document).toUtf8();
    }
    case DraftFormat::Html: {
        // The stored (sanitised) body as it is, in a page of its own: UTF-8 declared, nothing to
        // fetch, and a content security policy that makes a browser refuse any script or remote
        // resource even if one had slipped through the sanitiser.
        QString page;
        page += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        page += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "style-src 'unsafe-inline'\">\n");
        page += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page += QStringLiteral("<title>%1</title>\n").arg(escaped(title));
        page += QStringLiteral("<style>body { font-family: serif; max-width: 42em; margin: 2em auto; "
                               "line-height: 1.4; } table { border-collapse: collapse; } "
                               "td, th { border: 1px solid #888; padding: 0.2em 0.4em; }</style>\n");
        page += QStringLiteral("</head>\n<body>\n");
        page += bodyOf(html).trimmed();
        page += QStringLiteral("\n</body>\n</html>\n");
        return page.toUtf8();
    }
    case DraftFormat::Odt: {
        SealedDocument document;
        load(document, html, title);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Internal, tr("The document could not be prepared in memory."));
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        if (!writer.write(&document))
            return makeError(ErrorCode::Internal, tr("The OpenDocument text could not be written."));
        buffer.close();
        return bytes;
    }
    }
    return makeError(ErrorCode::InvalidInput, tr("Unknown export format."));
}

QString DraftExport::suggestedFileName(const QString& queryReference, qint64 draftId, int version, DraftFormat format)
{
    // Only the characters of a reference ("AH-2026-0042"): nothing else of the case, and nothing
    // a file system or a shell could misread.
    QString reference;
    for (const QChar c : queryReference) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'))
            reference += c;
    }
    if (reference.isEmpty())
        reference = QStringLiteral("query");
    return QStringLiteral("%1-draft-%2-v%3.%4").arg(reference).arg(draftId).arg(version).arg(suffix(format));
}

} // namespace advicehub::documents
