#include "shell/UserGuideWindow.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace advicehub::ui {

UserGuideWindow::UserGuideWindow(const QString& language, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Advice Hub User Guide"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    // Every link is handled here: inside the guide, or the shortcuts window; never anything
    // handed to the desktop or fetched.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::follow);
    m_browser->setSource(guideUrl(language));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 680);
}

QString UserGuideWindow::guideLanguage(const QString& language)
{
    const QString code = (language.isEmpty() ? QLocale::system().name() : language).left(2).toLower();
    return code == QLatin1String("fr") || code == QLatin1String("es") ? code : QStringLiteral("en");
}

QUrl UserGuideWindow::guideUrl(const QString& language)
{
    return QUrl(QStringLiteral("qrc:/guide/guide_%1.html").arg(guideLanguage(language)));
}

void UserGuideWindow::follow(const QUrl& link)
{
    if (link.scheme() == QLatin1String("advicehub")) {
        if (link.path() == QLatin1String("shortcuts"))
            Q_EMIT shortcutsRequested();
        return;
    }
    if (link.isRelative() && link.path().isEmpty() && link.hasFragment()) {
        m_browser->scrollToAnchor(link.fragment());
        return;
    }
    const QUrl target = m_browser->source().resolved(link);
    if (target.scheme() == QLatin1String("qrc"))
        m_browser->setSource(target);
}

} // namespace advicehub::ui
