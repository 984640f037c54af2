#include "PrintRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <QVariant>
#include <QtMath>

#include <cmath>
#include <functional>

namespace advicehub::documents {

using printing::PrintDocument;
using printing::PrintField;
using printing::PrintPart;
using printing::PrintSection;
using printing::PrintTable;

namespace {

// A text document that never loads anything: QTextDocument::loadResource reads local files named
// by an <img src> or a style sheet, and a printed page must never carry a file of this computer
// (letter bodies are sanitised and hold no images; this holds even if one slipped through).
class SealedDocument : public QTextDocument {
public:
    SealedDocument() = default;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

constexpr QChar FirstStrongIsolate(0x2068);
constexpr QChar PopDirectionalIsolate(0x2069);

// A value typed by someone, isolated from what surrounds it (Unicode bidi isolates, which Qt's
// text engine implements): an Arabic State name, or a stray RLO inside a value, reorders only the
// value itself, never the label, the line or the cell around it. The value's own isolates are
// balanced first, so that a stray PDI cannot close ours early; its embeddings and overrides end at
// our PDI (UAX #9, rule X6a).
QString isolated(const QString& text)
{
    QString balanced;
    balanced.reserve(text.size() + 2);
    int open = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x2066 || u == 0x2067 || u == 0x2068) {
            ++open;
        } else if (u == 0x2069) {
            if (open == 0)
                continue; // a PDI without its initiator would close our isolate
            --open;
        }
        balanced += c;
    }
    for (; open > 0; --open)
        balanced += PopDirectionalIsolate;
    return FirstStrongIsolate + balanced.toHtmlEscaped() + PopDirectionalIsolate;
}

// Plain text with its line breaks as HTML line breaks, each line isolated.
QString lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out << isolated(line);
    return out.join(QStringLiteral("<br/>"));
}

// Plain text as paragraphs, one per line ("\n"), each isolated; empty lines are dropped.
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p>") + isolated(line) + QStringLiteral("</p>\n");
    }
    return html;
}

// A table of the model: its header row in <thead> (which QTextDocument turns into a header row
// repeated at the top of every page the table reaches).
QString table(const PrintTable& model)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #808080; margin-top: 4px; "
                                  "margin-bottom: 8px;\">\n<thead><tr>");
    for (const QString& cell : model.header)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">") + lines(cell) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n");
    for (const QStringList& row : model.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>") + lines(cell) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

// A stamp ("DRAFT") printed across a part or a letter: a framed word in red.
QString stamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<table border=\"2\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-color: #b00020; "
                          "margin-top: 4px; margin-bottom: 4px;\"><tr><td style=\"color: #b00020; font-size: 14pt; "
                          "font-weight: bold;\">")
        + isolated(text) + QStringLiteral("</td></tr></table>\n");
}

QString fieldGrid(const std::vector<PrintField>& fields)
{
    if (fields.empty())
        return {};
    QString html = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                                  "style=\"margin-bottom: 6px;\">\n");
    for (const PrintField& field : fields) {
        html += QStringLiteral("<tr><td width=\"30%\"><b>") + lines(field.label)
            + QStringLiteral("</b></td><td width=\"70%\">") + lines(field.value) + QStringLiteral("</td></tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString part(const PrintPart& model)
{
    QString html;
    if (!model.title.isEmpty())
        html += QStringLiteral("<h3>") + isolated(model.title) + QStringLiteral("</h3>\n");
    html += stamp(model.stamp);
    html += paragraphs(model.text);
    if (model.table)
        html += table(*model.table);
    return html;
}

QString section(const PrintSection& model)
{
    QString html = QStringLiteral("<h2>") + isolated(model.heading) + QStringLiteral("</h2>\n");
    html += fieldGrid(model.fields);
    for (const PrintPart& p : model.parts)
        html += part(p);
    return html;
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

QString letter(const printing::PrintLetter& model)
{
    QString html;
    if (!model.letterhead.isEmpty())
        html += QStringLiteral("<p align=\"right\">") + lines(model.letterhead.join(QLatin1Char('\n')))
            + QStringLiteral("</p>\n");
    if (!model.reference.isEmpty())
        html += QStringLiteral("<p>") + isolated(model.reference) + QStringLiteral("</p>\n");
    if (!model.date.isEmpty())
        html += QStringLiteral("<p>") + isolated(model.date) + QStringLiteral("</p>\n");
    if (!model.addressee.isEmpty())
        html += QStringLiteral("<p>") + lines(model.addressee.join(QLatin1Char('\n'))) + QStringLiteral("</p>\n");
    if (!model.subject.isEmpty())
        html += QStringLiteral("<p><b>") + isolated(model.subject) + QStringLiteral("</b></p>\n");
    html += stamp(model.stamp);
    // The only HTML of a model: sanitised by the drafts' HtmlSanitizer, inserted as it is.
    html += QStringLiteral("<div>") + bodyOf(model.bodyHtml) + QStringLiteral("</div>\n");
    return html;
}

// The body font, from Debian packages (scripts/packages.txt): Latin with its accents, Cyrillic and
// Greek in Noto Sans; Arabic in DejaVu Sans, then Noto Naskh Arabic for what DejaVu lacks. DejaVu
// comes first for Arabic because its ligatures (lam-alef, the Allah ligature) are glyphs its cmap
// maps from the presentation forms, so Qt's PDF writer can give them a text layer; Noto Naskh
// Arabic's ligature glyphs have no code point, and "عبد الله" came back from pdftotext as "عبد ا".
QFont bodyFont()
{
    QFont font;
    font.setFamilies(
        { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Naskh Arabic") });
    font.setPointSizeF(10);
    return font;
}

QFont bandFont(bool bold)
{
    QFont font = bodyFont();
    font.setPointSizeF(8);
    font.setBold(bold);
    return font;
}

// Where things go on a page, in device pixels from the top left of the paint rectangle.
struct PageGeometry {
    QRectF page; // the paint rectangle (inside the margins)
    QRectF header;
    QRectF body;
    QRectF footer;
};

// Every copy is laid out at this resolution, whatever the device: the screen preview (about
// 96 dpi), the PDF (300) and a printer (600 or 1200) then break lines and pages in the same
// places, because line heights round to the layout's pixels, not the device's. The device's
// painter is scaled from these pixels to its own.
constexpr int LayoutDpi = 300;

// The page of `device` (its size and margins as the device took them) in pixels of `dpi`; the
// band font measured on `metrics` (a device of that resolution).
PageGeometry geometry(const QPagedPaintDevice& device, int dpi, const QPaintDevice& metrics)
{
    const QRect paint = device.pageLayout().paintRectPixels(dpi);
    PageGeometry g;
    g.page = QRectF(0, 0, paint.width(), paint.height());
    // The bands hold one line of the band font and a gap of about 4 mm to the body.
    const qreal mm = dpi / 25.4;
    const qreal line = QFontMetricsF(bandFont(true), &metrics).height();
    const qreal band = line + 4 * mm;
    g.header = QRectF(0, 0, g.page.width(), line);
    g.footer = QRectF(0, g.page.height() - line, g.page.width(), line);
    g.body = QRectF(0, band, g.page.width(), std::max<qreal>(g.page.height() - 2 * band, 10 * mm));
    return g;
}

void drawBands(QPainter& painter, const PageGeometry& g, const PrintDocument& document, int page, int pages)
{
    painter.save();
    painter.setLayoutDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    const qreal third = g.page.width() / 3;
    const auto draw = [&](const QRectF& rect, Qt::Alignment alignment, const QString& text, bool bold) {
        const QFont font = bandFont(bold);
        painter.setFont(font);
        const QString shown = QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, rect.width());
        painter.drawText(rect, static_cast<int>(alignment | Qt::AlignVCenter | Qt::TextSingleLine), shown);
    };
    const QRectF left(g.header.left(), g.header.top(), g.page.width() / 2, g.header.height());
    const QRectF right(g.header.center().x(), g.header.top(), g.page.width() / 2, g.header.height());
    draw(left, Qt::AlignLeading, document.marking, true);
    draw(right, Qt::AlignTrailing, document.profileLabel, false);

    const QRectF footLeft(g.footer.left(), g.footer.top(), third, g.footer.height());
    const QRectF footMiddle(g.footer.left() + third, g.footer.top(), third, g.footer.height());
    const QRectF footRight(g.footer.left() + 2 * third, g.footer.top(), third, g.footer.height());
    draw(footLeft, Qt::AlignLeading, PrintRenderer::tr("Page %1 of %2").arg(page).arg(pages), false);
    if (document.copyNumber)
        draw(footMiddle, Qt::AlignHCenter,
            PrintRenderer::tr("Copy %1 of %2").arg(*document.copyNumber).arg(document.copyCount), true);
    draw(footRight, Qt::AlignTrailing,
        document.marking.isEmpty() ? document.profileLabel
                                   : document.marking + QStringLiteral(" · ") + document.profileLabel,
        false);

    // Thin rules between the bands and the body.
    const qreal mm = painter.device()->logicalDpiY() / 25.4;
    painter.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 0.2 * mm));
    painter.drawLine(QPointF(0, g.header.bottom() + mm), QPointF(g.page.width(), g.header.bottom() + mm));
    painter.drawLine(QPointF(0, g.footer.top() - mm), QPointF(g.page.width(), g.footer.top() - mm));
    painter.restore();
}

// The watermark: light grey, diagonally across the page, under the body so the text stays legible.
void drawWatermark(QPainter& painter, const PageGeometry& g, const QString& text)
{
    if (text.isEmpty())
        return;
    painter.save();
    QFont font = bodyFont();
    font.setBold(true);
    font.setPointSizeF(60);
    const qreal diagonal = std::hypot(g.page.width(), g.page.height());
    // Shrink the text until it fits along 80 % of the diagonal.
    const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
    if (width > 0.8 * diagonal)
        font.setPointSizeF(std::max<qreal>(8, 60 * 0.8 * diagonal / width));
    painter.setFont(font);
    painter.setPen(QColor(0xd8, 0xd8, 0xd8));
    painter.translate(g.page.center());
    painter.rotate(-qRadiansToDegrees(std::atan2(g.page.height(), g.page.width())));
    const QRectF box(-diagonal / 2, -diagonal / 4, diagonal, diagonal / 2);
    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter.restore();
}

// A piece of the body as an HTML page of its own: the style sheet and the direction, then `content`.
QString htmlPage(const PrintDocument& document, const QString& content)
{
    const QString dir = document.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html><head><style>"
                          "h1 { font-size: 18pt; margin-bottom: 2px; } "
                          "h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; } "
                          "h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; } "
                          "p { margin-top: 0px; margin-bottom: 4px; } "
                          "</style></head><body dir=\"")
        + dir + QStringLiteral("\">\n") + content + QStringLiteral("</body></html>\n");
}

// The body of one copy, piece by piece, each an HTML page (htmlPage): the title block with the
// cover and the summary tables, each section, the letter.
void forEachBodyPiece(const PrintDocument& document, const std::function<void(const QString&)>& piece)
{
    // The cover (or the title block) of the document; a cover ends its page (Qt takes a page
    // break from a paragraph reliably, not from a <div> around several).
    struct Block {
        QString tag;
        QString content;
    };
    std::vector<Block> head { { QStringLiteral("h1"), isolated(document.title) } };
    if (!document.subtitle.isEmpty())
        head.push_back(
            { QStringLiteral("p"), QStringLiteral("<b>") + isolated(document.subtitle) + QStringLiteral("</b>") });
    for (const QString& line : document.cover)
        head.push_back({ QStringLiteral("p"), lines(line) });
    QString html;
    for (size_t i = 0; i < head.size(); ++i) {
        const bool breakAfter = !document.cover.isEmpty() && i + 1 == head.size();
        html += QLatin1Char('<') + head[i].tag
            + (breakAfter ? QStringLiteral(" style=\"page-break-after: always;\">") : QStringLiteral(">"))
            + head[i].content + QStringLiteral("</") + head[i].tag + QStringLiteral(">\n");
    }
    if (document.countsTable)
        html += table(*document.countsTable);
    if (document.summaryTable)
        html += table(*document.summaryTable);
    piece(htmlPage(document, html));
    for (const PrintSection& s : document.sections)
        piece(htmlPage(document, section(s)));
    if (document.letter)
        piece(htmlPage(document, letter(*document.letter)));
}

// Copies whose body holds at most this many characters keep the glyphs shaped for the layout
// until they are painted (QTextLayout's cache), instead of shaping every line a second time to
// paint it: about a third of the time of a 100-query pack (1.2 million characters). The glyphs
// cost about 50 MB per million characters (docs/PERFORMANCE.md), so above this (a pack of some
// 240 queries) they are shaped again and a 1,000-query pack stays well within its memory.
constexpr int KeepShapedGlyphsUpTo = 3'000'000;

// The page of the layout in `context.clip`: Qt's QTextLayout::draw also draws the line just
// above the clip, so a paragraph running from the page before onto this one would leave its
// last line of that page here, clipped away but in the PDF's text layer (pdftotext and a
// viewer's search found it at the top of the page). Such a paragraph's lines on this page are
// drawn one by one, and the rest of the page below it as usual.
// `scan` follows the pages down the document (they are painted in order): the first block
// that reaches below the page's top, so that finding it costs one pass over the document.
void drawPage(
    QPainter& painter, QTextDocument& text, const QAbstractTextDocumentLayout::PaintContext& context, QTextBlock& scan)
{
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    const QRectF window = context.clip;
    // Likewise the first line of the page after, which can start a fraction of a pixel above
    // this page's end: the clip stops a pixel short.
    QAbstractTextDocumentLayout::PaintContext rest = context;
    rest.clip.setBottom(window.bottom() - 1);
    while (scan.isValid() && layout->blockBoundingRect(scan).bottom() <= window.top() + 1)
        scan = scan.next();
    const QTextBlock block = scan;
    const QTextLayout* lines = block.isValid() ? block.layout() : nullptr;
    const bool straddles = lines && lines->lineCount() > 1 && !block.textList()
        && QTextCursor(block).currentFrame() == text.rootFrame() && lines->position().y() < window.top() - 1;
    if (!straddles) {
        layout->draw(&painter, rest);
        return;
    }
    // This paragraph's lines whose middle is on this page (Qt moves a line to the next page in
    // fixed-point arithmetic: it can start a fraction of a pixel above the boundary).
    const qreal top = lines->position().y();
    qreal bottom = window.top();
    painter.save();
    painter.setPen(context.palette.color(QPalette::Text));
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        const qreal middle = top + line.y() + line.height() / 2;
        if (middle < window.top() || middle > window.bottom())
            continue;
        line.draw(&painter, lines->position());
        bottom = std::max(bottom, top + line.y() + line.height());
    }
    painter.restore();
    // Lines drawn one by one keep their shaped glyphs; QTextLayout::draw frees them when the
    // layout does not cache them (a pack above KeepShapedGlyphsUpTo): a draw that reaches no
    // line does just that.
    if (!lines->cacheEnabled())
        lines->draw(&painter, lines->position(), {}, QRectF(0, -1e9, 1, 1));
    // The rest of the page, from the paragraph's end: the paragraph itself ends above the clip
    // and is left out.
    rest.clip.setTop(bottom + 1);
    if (rest.clip.height() > 0)
        layout->draw(&painter, rest);
}

// One copy laid out on `layoutDevice` (LayoutDpi): its pages are the body rectangle's height in
// layout pixels. The body is built piece by piece (the cover, then each section, then the
// letter), each piece parsed on its own: the HTML of a 1,000-query pack is never held whole, nor
// parsed at once.
void layOut(SealedDocument& text, const PrintDocument& document, QPaintDevice& layoutDevice, const PageGeometry& g)
{
    text.setDefaultFont(bodyFont());
    QTextOption option = text.defaultTextOption();
    // A 200,000-character word still wraps instead of running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    text.setDefaultTextOption(option);
    text.setDocumentMargin(0);
    // Unhinted advances: line widths scale exactly from the layout's pixels to the device's.
    text.setUseDesignMetrics(true);

    QTextCursor cursor(&text);
    forEachBodyPiece(document, [&](const QString& html) {
        SealedDocument piece;
        piece.setHtml(html);
        const QTextBlockFormat firstFormat = piece.begin().blockFormat();
        cursor.movePosition(QTextCursor::End);
        // A piece starts a block of its own (the empty block after a table is one already).
        if (!cursor.block().text().isEmpty())
            cursor.insertBlock();
        const int start = cursor.position();
        cursor.insertFragment(QTextDocumentFragment(&piece));
        // An inserted fragment's first block takes the format of the block it lands in: give it
        // its own (a heading's size and spacing).
        QTextCursor first(&text);
        first.setPosition(start);
        first.setBlockFormat(firstFormat);
    });

    QTextFrameFormat root = text.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setPadding(0);
    text.rootFrame()->setFrameFormat(root);
    if (text.characterCount() <= KeepShapedGlyphsUpTo) {
        for (QTextBlock block = text.begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
    }
    // The layout starts here, once, at the layout resolution and for the body's page size.
    text.documentLayout()->setPaintDevice(&layoutDevice);
    text.setPageSize(g.body.size());
}

} // namespace

struct PrintRenderer::Impl {
    std::vector<PrintDocument> copies;
};

PrintRenderer::PrintRenderer(std::vector<PrintDocument> copies) : d(std::make_unique<Impl>())
{
    d->copies = std::move(copies);
}

PrintRenderer::PrintRenderer(const PrintDocument& document) : d(std::make_unique<Impl>())
{
    d->copies.push_back(document);
}

PrintRenderer::~PrintRenderer() = default;

QString PrintRenderer::bodyHtml(const PrintDocument& document)
{
    QString contents;
    forEachBodyPiece(document, [&](const QString& html) { contents += bodyOf(html); });
    return htmlPage(document, contents);
}

Result<int> PrintRenderer::paint(QPagedPaintDevice& device, const PageSetup& setup) const
{
    if (d->copies.empty())
        return makeError(ErrorCode::InvalidInput, tr("There is nothing to print."));
    if (setup.size != QPageSize::A4 && setup.size != QPageSize::Letter)
        return makeError(ErrorCode::InvalidInput, tr("Pages can be A4 or Letter only."));
    device.setPageOrientation(QPageLayout::Portrait);
    if (!device.setPageSize(QPageSize(setup.size)) || !device.setPageMargins(setup.marginsMm, QPageLayout::Millimeter))
        return makeError(ErrorCode::Internal, tr("The page size or margins could not be set for printing."));
    // The layout's device: the device itself at the layout resolution (the PDF), else a PDF
    // writer that is never started, there for its resolution (and the same font resolution as
    // the PDF's own). Laid out on the device painted, Qt draws the text about a tenth faster.
    QBuffer nowhere;
    QPdfWriter layoutWriter(&nowhere);
    layoutWriter.setResolution(LayoutDpi);
    const bool atLayoutDpi = device.logicalDpiX() == LayoutDpi && device.logicalDpiY() == LayoutDpi;
    QPaintDevice& layoutDevice = atLayoutDpi ? static_cast<QPaintDevice&>(device) : layoutWriter;
    // The body in layout pixels; the bands and the watermark in the device's own (its fonts).
    const PageGeometry g = geometry(device, LayoutDpi, layoutDevice);
    const PageGeometry onDevice = geometry(device, device.logicalDpiX(), device);
    const qreal scaleX = qreal(device.logicalDpiX()) / LayoutDpi;
    const qreal scaleY = qreal(device.logicalDpiY()) / LayoutDpi;

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Internal, tr("The printer or PDF could not be started."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int painted = 0;
    for (const PrintDocument& document : d->copies) {
        // Laid out once per copy; each page below is a window onto that layout.
        SealedDocument text;
        layOut(text, document, layoutDevice, g);
        const int pages = std::max(1, text.pageCount());
        QTextBlock scan = text.begin();
        for (int page = 0; page < pages; ++page) {
            if (painted > 0 && !device.newPage()) {
                painter.end();
                return makeError(ErrorCode::Internal, tr("A new page could not be started."));
            }
            drawWatermark(painter, onDevice, document.watermark);
            painter.save();
            if (!atLayoutDpi)
                painter.scale(scaleX, scaleY);
            painter.translate(g.body.left(), g.body.top() - page * g.body.height());
            const QRectF window(0, page * g.body.height(), g.body.width(), g.body.height());
            painter.setClipRect(window);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = window;
            context.palette.setColor(QPalette::Text, Qt::black);
            drawPage(painter, text, context, scan);
            painter.restore();
            drawBands(painter, onDevice, document, page + 1, pages);
            ++painted;
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Internal, tr("The printed pages could not be finished."));
    return painted;
}

Result<QByteArray> PrintRenderer::pdf(const PageSetup& setup) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Internal, tr("The PDF could not be prepared in memory."));
        if (const Status written = writePdf(buffer, setup); !written)
            return written.error();
    }
    return bytes;
}

Status PrintRenderer::writePdf(QIODevice& out, const PageSetup& setup) const
{
    QPdfWriter writer(&out);
    // Generic metadata only: the model's metadata title says which kind of document, never
    // whose; no author, subject or keywords.
    writer.setTitle(d->copies.empty() ? QString() : d->copies.front().metadataTitle);
    writer.setCreator(QStringLiteral("Advice Hub"));
    writer.setResolution(300);
    const Result<int> pages = paint(writer, setup);
    if (!pages)
        return pages.error();
    return {};
}

} // namespace advicehub::documents
