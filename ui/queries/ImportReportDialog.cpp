#include "queries/ImportReportDialog.h"

#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/MessageBox.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QSaveFile>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

ImportReportDialog::ImportReportDialog(const QString& filePath, const queries::ImportReport& report, QWidget* parent)
    : QDialog(parent), m_filePath(filePath)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Refused"));
    setWindowIcon(Icons::get(Icons::Import));

    QSet<int> lines;
    for (const queries::ImportProblem& problem : report.problems)
        lines.insert(problem.line);
    auto* summary = new QLabel(tr("%1 was not imported: nothing was added to the vault. Fix these problems in the file "
                                  "and import it again.")
                                   .arg(QFileInfo(filePath).fileName()),
        this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    auto* counts = new QLabel(tr("%n problem(s)", nullptr, static_cast<int>(report.problems.size()))
            + QStringLiteral(" \u00b7 ") + tr("%Ln row(s) read", nullptr, report.rows),
        this);
    counts->setObjectName(QStringLiteral("importProblemCount"));

    auto* problems = new QTreeWidget(this);
    problems->setObjectName(QStringLiteral("importProblemList"));
    problems->setRootIsDecorated(false);
    problems->setUniformRowHeights(true);
    problems->setHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    for (const queries::ImportProblem& problem : report.problems) {
        auto* item = new QTreeWidgetItem(problems);
        item->setText(0, problem.line > 0 ? QString::number(problem.line) : tr("file"));
        item->setData(0, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        item->setText(1, problem.column);
        item->setText(2, problem.message);
        item->setToolTip(2, problem.message);
        m_text += (problem.line > 0 ? tr("line %1").arg(problem.line) : tr("file"))
            + (problem.column.isEmpty() ? QString() : QStringLiteral(", ") + problem.column) + QStringLiteral(": ")
            + problem.message + QLatin1Char('\n');
    }
    problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    problems->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Copied through the system clipboard, which the application conceals (security/Clipboard).
    QPushButton* copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyImportReportButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text); });
    QPushButton* save = buttons->addButton(tr("&Save Report\u2026"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveImportReportButton"));
    connect(save, &QPushButton::clicked, this, &ImportReportDialog::saveReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(counts);
    layout->addWidget(problems, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

QString ImportReportDialog::reportText() const
{
    return m_text;
}

void ImportReportDialog::saveReport()
{
    // Beside the imported file, named after it (never after its content).
    const QFileInfo source(m_filePath);
    FileDialogs::saveFile(this, tr("Save the Import Report"),
        source.absoluteDir().filePath(source.completeBaseName() + tr("-problems.txt")), tr("Text files (*.txt)"),
        QStringLiteral("txt"), [this](const QString& path, const QString&) {
            QSaveFile file(path);
            const bool written = file.open(QIODevice::WriteOnly)
                && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && file.write(m_text.toUtf8()) >= 0
                && file.commit();
            if (!written)
                MessageBox::warning(this, windowTitle(),
                    tr("The report could not be saved to %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        });
}

} // namespace advicehub::ui
