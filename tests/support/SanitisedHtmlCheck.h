#pragma once

#include <QRegularExpression>
#include <QString>

namespace advicehub::test {

// What no sanitised HTML may hold, checked on its markup as the sanitiser writes it (every
// attribute value in double quotes, `"` `<` `>` `&` escaped inside). Shared by the fuzz target
// HtmlSanitiserFuzzer and the replay of its corpus (FuzzCorpusHtmlTest), so that both judge an
// output the same way. Returns what is wrong, or an empty string.
//
// The checks read tags and attributes, not the whole text: "javascript:" in the text, or inside
// an https address ("https://example.org/?q=javascript:x", a fuzz finding), is not a script. A
// link must itself be http, https or mailto: that is what makes a javascript: address impossible.
inline QString unsafeInSanitisedHtml(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral(R"re(<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>)re"));
    static const QRegularExpression attribute(QStringLiteral(R"re(\s([^\s=/>]+)(?:="([^"]*)")?)re"));
    for (auto tags = tag.globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch t = tags.next();
        const QString name = t.captured(1).toLower();
        if (name == QLatin1String("script"))
            return QStringLiteral("a <script element survived");
        if (name == QLatin1String("img") || name == QLatin1String("iframe") || name == QLatin1String("style")
            || name == QLatin1String("image") || name == QLatin1String("object") || name == QLatin1String("embed"))
            return QStringLiteral("an image, frame, object or style sheet survived");
        for (auto attributes = attribute.globalMatch(t.captured(2)); attributes.hasNext();) {
            const QRegularExpressionMatch a = attributes.next();
            const QString attributeName = a.captured(1).toLower();
            if (attributeName.startsWith(QLatin1String("on")))
                return QStringLiteral("an event handler attribute survived");
            if (attributeName == QLatin1String("href") || attributeName == QLatin1String("src")
                || attributeName == QLatin1String("action") || attributeName == QLatin1String("formaction")) {
                const QString value = a.captured(2).trimmed().toLower();
                if (!value.startsWith(QLatin1String("http://")) && !value.startsWith(QLatin1String("https://"))
                    && !value.startsWith(QLatin1String("mailto:")))
                    return QStringLiteral("an address other than http, https or mailto survived");
            }
        }
    }
    return {};
}

} // namespace advicehub::test
