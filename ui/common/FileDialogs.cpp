#include "common/FileDialogs.h"

#include "common/Continuation.h"
#include "common/MessageBox.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

namespace advicehub::ui {

namespace {

// Qt's file dialog, with the confirmation before replacing a file asked by an asynchronous box.
class FileChooser : public QFileDialog {
public:
    using QFileDialog::QFileDialog;

    void accept() override
    {
        if (acceptMode() == QFileDialog::AcceptSave && !m_replaceConfirmed) {
            const QStringList files = selectedFiles();
            if (files.size() == 1) {
                const QFileInfo existing(files.constFirst());
                if (existing.exists() && !existing.isDir()) {
                    const QPointer<FileChooser> self(this);
                    MessageBox::question(this, windowTitle(),
                        FileDialogs::tr("%1 already exists.\nDo you want to replace it?").arg(existing.fileName()),
                        [self](QMessageBox::StandardButton answer) {
                            if (!self || answer != QMessageBox::Yes || !self->isVisible())
                                return;
                            self->m_replaceConfirmed = true;
                            self->accept();
                        });
                    return;
                }
            }
        }
        m_replaceConfirmed = false;
        QFileDialog::accept();
    }

private:
    bool m_replaceConfirmed = false;
};

} // namespace

void FileDialogs::forgetHistory()
{
    // QFileDialog saves its last directory and history under [FileDialog] in QtProject.conf.
    QSettings qtSettings(QSettings::UserScope, QStringLiteral("QtProject"));
    qtSettings.remove(QStringLiteral("FileDialog"));
    qtSettings.sync();
}

void FileDialogs::prepare(QFileDialog* dialog)
{
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setOption(QFileDialog::DontConfirmOverwrite, true); // FileChooser asks
    dialog->setHistory({});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog writes its state to QtProject.conf as it is destroyed; removed right after.
    QObject::connect(dialog, &QObject::destroyed, [] { forgetHistory(); });
}

QFileDialog* FileDialogs::run(QFileDialog* dialog, QWidget* parent, ChosenWithFilter chosen)
{
    prepare(dialog);
    const quint64 armedAt = Continuation::epoch();
    QObject::connect(
        dialog, &QDialog::finished, dialog, [dialog, parent, armedAt, chosen = std::move(chosen)](int result) {
            if (result != QDialog::Accepted || dialog->selectedFiles().isEmpty())
                return;
            const QString path = dialog->selectedFiles().constFirst();
            const QString filter = dialog->selectedNameFilter();
            Continuation::post(parent, armedAt, [chosen, path, filter] { chosen(path, filter); });
        });
    dialog->open();
    return dialog;
}

QFileDialog* FileDialogs::openFile(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter, Chosen chosen)
{
    auto* dialog = new FileChooser(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return run(dialog, parent, [chosen = std::move(chosen)](const QString& path, const QString&) { chosen(path); });
}

QFileDialog* FileDialogs::openFiles(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter, ChosenFiles chosen)
{
    auto* dialog = new FileChooser(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    prepare(dialog);
    const quint64 armedAt = Continuation::epoch();
    QObject::connect(
        dialog, &QDialog::finished, dialog, [dialog, parent, armedAt, chosen = std::move(chosen)](int result) {
            const QStringList paths = dialog->selectedFiles();
            if (result != QDialog::Accepted || paths.isEmpty())
                return;
            Continuation::post(parent, armedAt, [chosen, paths] { chosen(paths); });
        });
    dialog->open();
    return dialog;
}

QFileDialog* FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggestedPath,
    const QString& filter, const QString& defaultSuffix, ChosenWithFilter chosen, const QString& selectedFilter)
{
    auto* dialog = new FileChooser(parent, caption, suggestedPath, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(defaultSuffix);
    if (!selectedFilter.isEmpty())
        dialog->selectNameFilter(selectedFilter);
    // The suffix follows the type chosen: the first pattern of the filter ("JSON files (*.json)"
    // writes .json); a filter without one keeps the default.
    QObject::connect(
        dialog, &QFileDialog::filterSelected, dialog, [dialog, defaultSuffix](const QString& chosenFilter) {
            static const QRegularExpression firstPattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
            const QRegularExpressionMatch match = firstPattern.match(chosenFilter);
            dialog->setDefaultSuffix(match.hasMatch() ? match.captured(1) : defaultSuffix);
        });
    return run(dialog, parent, std::move(chosen));
}

QFileDialog* FileDialogs::chooseDirectory(
    QWidget* parent, const QString& caption, const QString& directory, Chosen chosen)
{
    auto* dialog = new FileChooser(parent, caption, directory);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    return run(dialog, parent, [chosen = std::move(chosen)](const QString& path, const QString&) { chosen(path); });
}

} // namespace advicehub::ui
