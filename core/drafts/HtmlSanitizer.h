#pragma once

#include "common/Result.h"
#include "drafts/DraftTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace advicehub::drafts {

// The one gate every draft body, template body and pasted fragment passes before it is stored:
// rich text is parsed with libxml2's HTML parser (a maintained, fuzzed parser that Debian
// patches for security; see the .cpp for why not gumbo) and re-serialised from an allow-list.
//
// Kept: the subset of HTML that Qt's rich text renders and a letter needs — p, br, div, span,
// b, strong, i, em, u, s, sub, sup, h1–h4, ul, ol, li, blockquote, pre, code, a (href with
// https:, http: or mailto: only — a link is text in a letter, never fetched), table, thead,
// tbody, tr, th, td (colspan, rowspan), hr; the attribute `align`/`dir`/`lang` where Qt uses them
// and a small allow-list of inline style properties (font-weight, font-style,
// text-decoration, text-align, margin-left for indentation) with their values checked.
// Removed, with the removal reported: script, style, link, meta, iframe, object, embed, form and
// its controls, svg, math, every event handler attribute (on*), every image (remote, file:,
// data: — a draft holds no images), javascript:/vbscript:/data:/file: URLs, comments,
// processing instructions, unknown elements (their text kept), class and id.
// Nesting deeper than DraftLimits::MaxNestingDepth keeps its text, not its structure. Input
// larger than DraftLimits::MaxHtmlInputBytes is refused (ErrorCode::InvalidInput, nothing kept).
// Text is never lost: every character of the allowed text content survives, escaped.
// Deterministic and idempotent: sanitise(sanitise(x).html).html == sanitise(x).html.
class HtmlSanitizer {
    Q_DECLARE_TR_FUNCTIONS(HtmlSanitizer)
public:
    static Result<SanitisedHtml> sanitise(const QString& html);
    // Raw bytes as pasted or read from a file (UTF-8; a charset declared in a meta tag is honoured
    // by the parser). The fuzz target's entry point.
    static Result<SanitisedHtml> sanitiseBytes(const QByteArray& html);
    // Plain text into the allowed HTML (each line a paragraph, escaped): templates typed as text,
    // `draft save --body-file` of a .txt.
    static QString fromPlainText(const QString& text);
    // Words as WordDiff and the word count see them: runs of letters, digits and marks
    // (accents, Arabic), with inner apostrophes and hyphens ("l'État", "follow-up").
    static int countWords(const QString& text);
};

} // namespace advicehub::drafts
