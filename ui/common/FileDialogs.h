#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace advicehub::ui {

// File choosers that leave no trace: Qt's own dialog (not the desktop's, which may add the file
// to recently-used.xbel), with its directory history removed from QtProject.conf afterwards.
// Tests preset the next answer instead of showing a dialog.
class FileDialogs {
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
    // `selectedFilter` (optional): in, the filter selected first; out, the one the user chose.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
        const QString& filter, const QString& defaultSuffix, QString* selectedFilter = nullptr);
    static QString chooseDirectory(QWidget* parent, const QString& caption, const QString& directory);

    // Test support: the next dialog is not shown and returns `path` (empty: cancelled), with
    // `filter` as the chosen name filter when one is given.
    static void setNextAnswer(const QString& path, const QString& filter = QString());

private:
    static void forgetHistory();
};

} // namespace advicehub::ui
