// Entry point of the GUI test binaries: a QApplication on the offscreen platform (unless the
// caller chose another, e.g. xcb under xvfb-run), settings in Qt's test locations, then Catch2.
#include "CatchRunner.h"

#include "platform/ProcessHardening.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// Fails the test binary when a label shows a literal "&": a label's mnemonic ("&Folder:") is
// only interpreted when the label has a buddy, so one without shows the ampersand. Watches every
// label that any test shows, so each dialog a test opens is checked without the test asking.
class MnemonicWatch : public QObject {
public:
    QStringList offences;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto* label = qobject_cast<QLabel*>(watched); label && !label->buddy() && showsAmpersand(*label)) {
                const QWidget* window = label->window();
                const QString offence
                    = QStringLiteral("a label shows a literal '&': \"%1\" (label \"%2\" in %3 \"%4\")")
                          .arg(label->text(), label->objectName(),
                              QString::fromLatin1(window->metaObject()->className()), window->objectName());
                if (!offences.contains(offence))
                    offences << offence;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static bool showsAmpersand(const QLabel& label)
    {
        const QString text = label.text();
        if (!text.contains(QLatin1Char('&')))
            return false;
        const bool rich
            = label.textFormat() == Qt::RichText || (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        // Rich text: "&amp;", "&nbsp;", "&#8212;" are entities; any other "&x" shows as typed.
        // Plain text: every "&" before a character shows ("&&" too: it is only an escape with a buddy).
        static const QRegularExpression richMnemonic(QStringLiteral("&(?![A-Za-z]+;|#[0-9]+;|#x[0-9A-Fa-f]+;)\\S"));
        static const QRegularExpression plainMnemonic(QStringLiteral("&\\S"));
        return (rich ? richMnemonic : plainMnemonic).match(text).hasMatch();
    }
};

// "Another program" for the X11 clipboard tests (ClipboardUiTest.cpp): owns the clipboard and
// the primary selection with `text` until it is terminated.
int ownClipboard(int argc, char** argv)
{
    QGuiApplication application(argc, argv);
    const QString text = QString::fromLocal8Bit(argv[2]);
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    QGuiApplication::clipboard()->setText(text, QClipboard::Selection);
    std::fputs("owning\n", stdout);
    std::fflush(stdout);
    return application.exec();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--own-clipboard") == 0)
        return ownClipboard(argc, argv);
    advicehub::platform::hardenProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    // Settings, caches and data of the tests go to ~/.qttest, never to the user's real ones.
    QStandardPaths::setTestModeEnabled(true);
    // Settings in a folder of this process's own: ctest runs test processes side by side, and
    // each test starts by clearing the settings it uses.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AdviceHubTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AdviceHubTests"));
    MnemonicWatch mnemonics;
    application.installEventFilter(&mnemonics);
    const int failed = advicehub::test::runCatch(argc, argv);
    application.removeEventFilter(&mnemonics);
    for (const QString& offence : std::as_const(mnemonics.offences))
        std::fprintf(stderr, "FAILED (after the test): %s\n", qPrintable(offence));
    return failed != 0 ? failed : (mnemonics.offences.isEmpty() ? 0 : 1);
}
