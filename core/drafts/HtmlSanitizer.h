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
// tbody, tfoot, tr, th, td, hr (h5/h6, strike/del, ins, tt/kbd/samp, the HTML5 sections and
// dl/dt/dd are kept as their nearest equivalent). Attributes: align, dir and lang; colspan,
// rowspan, valign and width on td/th; valign on tr; border, cellspacing, cellpadding and width on
// table; type and start on ol; type on ul — each with its value checked. Inline style
// properties, each with plain values only (keywords, numbers with units, #rgb or #rrggbb or a
// few named colours; never url(), expression(), escapes or comments): font-weight, font-style,
// font-size, font-family, color, text-decoration, text-align, text-indent, vertical-align,
// white-space, margin-left, margin-right, margin-top, margin-bottom, and Qt's -qt-block-indent,
// -qt-list-indent and -qt-paragraph-type; written back lowercase, "!important" dropped.
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
