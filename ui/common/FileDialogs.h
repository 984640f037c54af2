#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

namespace advicehub::ui {

// File choosers that leave no trace: Qt's own dialog (not the desktop's, which may add the file
// to recently-used.xbel), with its directory history removed from QtProject.conf once it is
// gone. Like the message boxes they are window-modal and return at once (see
// common/Continuation.h): `chosen` runs from the event loop once the user has chosen a file —
// never if the chooser was cancelled, `parent` is gone, or the vault locked meanwhile.
//
// Replacing an existing file is confirmed by an Advice Hub message box over the chooser (Qt's
// own confirmation would run a nested event loop).
class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
public:
    using Chosen = std::function<void(const QString& path)>;
    // The path and the name filter the user chose.
    using ChosenWithFilter = std::function<void(const QString& path, const QString& filter)>;

    static QFileDialog* openFile(
        QWidget* parent, const QString& caption, const QString& directory, const QString& filter, Chosen chosen);
    // One or more existing files (Ctrl/Shift-click, or several "quoted" names typed).
    using ChosenFiles = std::function<void(const QStringList& paths)>;
    static QFileDialog* openFiles(
        QWidget* parent, const QString& caption, const QString& directory, const QString& filter, ChosenFiles chosen);
    // `selectedFilter`: the filter selected first (empty: the first one).
    static QFileDialog* saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
        const QString& filter, const QString& defaultSuffix, ChosenWithFilter chosen,
        const QString& selectedFilter = QString());
    static QFileDialog* chooseDirectory(
        QWidget* parent, const QString& caption, const QString& directory, Chosen chosen);

private:
    static QFileDialog* run(QFileDialog* dialog, QWidget* parent, ChosenWithFilter chosen);
    static void prepare(QFileDialog* dialog);
    static void forgetHistory();
};

} // namespace advicehub::ui
