#include "common/FileDialogs.h"

#include <QFileDialog>
#include <QSettings>

#include <optional>

namespace advicehub::ui {

namespace {
std::optional<QString> g_nextAnswer;

std::optional<QString> takePreset()
{
    std::optional<QString> answer = std::move(g_nextAnswer);
    g_nextAnswer.reset();
    return answer;
}

QString run(QFileDialog& dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setHistory({});
    QString chosen;
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        chosen = dialog.selectedFiles().constFirst();
    return chosen;
}
} // namespace

void FileDialogs::setNextAnswer(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialogs::forgetHistory()
{
    // QFileDialog saves its last directory and history under [FileDialog] in QtProject.conf.
    QSettings qtSettings(QSettings::UserScope, QStringLiteral("QtProject"));
    qtSettings.remove(QStringLiteral("FileDialog"));
    qtSettings.sync();
}

QString FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    if (auto preset = takePreset())
        return *preset;
    QString chosen;
    {
        QFileDialog dialog(parent, caption, directory, filter);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setFileMode(QFileDialog::ExistingFile);
        chosen = run(dialog);
    }
    forgetHistory();
    return chosen;
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
    const QString& filter, const QString& defaultSuffix)
{
    if (auto preset = takePreset())
        return *preset;
    QString chosen;
    {
        QFileDialog dialog(parent, caption, suggestedPath, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setDefaultSuffix(defaultSuffix);
        chosen = run(dialog);
    }
    forgetHistory();
    return chosen;
}

QString FileDialogs::chooseDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    if (auto preset = takePreset())
        return *preset;
    QString chosen;
    {
        QFileDialog dialog(parent, caption, directory);
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly, true);
        chosen = run(dialog);
    }
    forgetHistory();
    return chosen;
}

} // namespace advicehub::ui
