#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// advicehub_documents: documents rendered from case content with Qt Gui's text engine
// (QTextDocument), without widgets — so that the desktop application and advicehub-cli produce
// the very same bytes. Links the core and Qt6::Gui; works under a QCoreApplication (no display).
// Printing (issue 13) adds its renderer here.
namespace advicehub::documents {

enum class DraftFormat { Odt, Html, Text };

class DraftExport {
    Q_DECLARE_TR_FUNCTIONS(DraftExport)
public:
    static QString code(DraftFormat format); // "odt", "html", "text"
    static std::optional<DraftFormat> format(QStringView code);
    static QString suffix(DraftFormat format); // "odt", "html", "txt"
    // The bytes of a draft body (sanitised HTML) in `format`. The HTML document is a complete,
    // self-contained page (UTF-8, no script, no remote resource) with `title` as its <title>
    // only when the caller passes one (exports pass the reference, never case content);
    // ODF text through QTextDocumentWriter, with no metadata carrying case content.
    static Result<QByteArray> render(const QString& html, DraftFormat format, const QString& title = {});
    // A file name without case content (the suggestion of the save dialog and the CLI): "AH-2026-0042-draft-3-v2.odt".
    static QString suggestedFileName(const QString& queryReference, qint64 draftId, int version, DraftFormat format);
};

} // namespace advicehub::documents
