#include "common/FileDialogs.h"

#include <QFileDialog>
#include <QRegularExpression>
#include <QSettings>

#include <optional>

namespace advicehub::ui {

namespace {
std::optional<QString> g_nextAnswer;
QString g_nextFilter;

std::optional<QString> takePreset(QString* selectedFilter = nullptr)
{
    std::optional<QString> answer = std::move(g_nextAnswer);
    g_nextAnswer.reset();
    if (answer && selectedFilter && !g_nextFilter.isEmpty())
        *selectedFilter = g_nextFilter;
    g_nextFilter.clear();
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

void FileDialogs::setNextAnswer(const QString& path, const QString& filter)
{
    g_nextAnswer = path;
    g_nextFilter = filter;
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
    const QString& filter, const QString& defaultSuffix, QString* selectedFilter)
{
    if (auto preset = takePreset(selectedFilter))
        return *preset;
    QString chosen;
    {
        QFileDialog dialog(parent, caption, suggestedPath, filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setDefaultSuffix(defaultSuffix);
        if (selectedFilter && !selectedFilter->isEmpty())
            dialog.selectNameFilter(*selectedFilter);
        // The suffix follows the type chosen: the first pattern of the filter ("JSON files (*.json)"
        // writes .json); a filter without one keeps the default.
        QObject::connect(
            &dialog, &QFileDialog::filterSelected, &dialog, [&dialog, defaultSuffix](const QString& chosenFilter) {
                static const QRegularExpression firstPattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
                const QRegularExpressionMatch match = firstPattern.match(chosenFilter);
                dialog.setDefaultSuffix(match.hasMatch() ? match.captured(1) : defaultSuffix);
            });
        chosen = run(dialog);
        if (selectedFilter && !chosen.isEmpty())
            *selectedFilter = dialog.selectedNameFilter();
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
