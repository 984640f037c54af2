#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace advicehub::ui {

// Help ▸ User Guide: the short guide shipped in the resources (resources/guide), in English,
// French or Spanish, shown in a QTextBrowser — no web browser, nothing from the network. Links
// inside the guide move within it; "advicehub:shortcuts" opens the Keyboard Shortcuts window.
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    // `language`: the interface language setting ("" = the system's); the guide falls back to
    // English for a language it does not have.
    explicit UserGuideWindow(const QString& language, QWidget* parent = nullptr);

    // "en", "fr" or "es".
    static QString guideLanguage(const QString& language);
    static QUrl guideUrl(const QString& language);

    QTextBrowser* browser() const { return m_browser; }

Q_SIGNALS:
    void shortcutsRequested();

private:
    void follow(const QUrl& link);

    QTextBrowser* m_browser;
};

} // namespace advicehub::ui
