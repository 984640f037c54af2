#include "queries/ImportReportDialog.h"

#include "common/Icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

ImportReportDialog::ImportReportDialog(const QString& fileName, const queries::ImportReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Refused"));
    setWindowIcon(Icons::get(Icons::Import));

    QSet<int> lines;
    for (const queries::ImportProblem& problem : report.problems)
        lines.insert(problem.line);
    auto* summary = new QLabel(tr("%1 was not imported: nothing was added to the vault. Fix these problems in the file "
                                  "and import it again.")
                                   .arg(fileName),
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
    }
    problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    problems->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(counts);
    layout->addWidget(problems, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

} // namespace advicehub::ui
