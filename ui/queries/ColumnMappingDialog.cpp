#include "queries/ColumnMappingDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "queries/CsvColumns.h"
#include "queries/QueryCsv.h"
#include "queries/QueryTypes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace advicehub::ui {

ColumnMappingDialog::ColumnMappingDialog(const QStringList& fileHeaders, QWidget* parent)
    : QDialog(parent), m_headers(fileHeaders)
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Match the Columns"));
    setWindowIcon(Icons::get(Icons::Import));

    auto* intro = new QLabel(tr("Some columns of the file are not named as Advice Hub expects. Choose what each "
                                "column holds; columns set to \u201cignore\u201d are not imported."),
        this);
    intro->setWordWrap(true);
    const QStringList columns = queries::QueryCsv::columns();
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    QStringList proposed;
    for (const QString& header : fileHeaders) {
        auto* combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("mapping_") + header.trimmed());
        combo->addItem(tr("\u2014 ignore \u2014"), QString());
        for (const QString& column : columns)
            combo->addItem(queries::CsvColumns::label(column), column);
        // The column the header most likely names, each column proposed once.
        const QString guessed = queries::CsvColumns::guess(header, proposed);
        if (!guessed.isEmpty())
            proposed << guessed;
        combo->setCurrentIndex(std::max(0, combo->findData(guessed)));
        // The combo box is the label's buddy: a "&" of the file's header is doubled, so that it is
        // shown, not taken for a mnemonic.
        auto* label = new QLabel(QString(header).replace(QLatin1Char('&'), QStringLiteral("&&")), page);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_combos.insert(header, combo);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("mappingErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 520);
}

QHash<QString, QString> ColumnMappingDialog::mapping() const
{
    QHash<QString, QString> result;
    for (const QString& header : m_headers)
        result.insert(header.trimmed(), m_combos.value(header)->currentData().toString());
    return result;
}

void ColumnMappingDialog::accept()
{
    const QHash<QString, QString> chosen = mapping();
    QStringList missing;
    for (const QString& required : queries::QueryCsv::requiredColumns()) {
        if (!chosen.values().contains(required))
            missing << queries::CsvColumns::label(required);
    }
    QStringList twice;
    QStringList seen;
    for (const QString& column : chosen) {
        if (column.isEmpty())
            continue;
        if (seen.contains(column) && !twice.contains(queries::CsvColumns::label(column)))
            twice << queries::CsvColumns::label(column);
        seen << column;
    }
    if (!missing.isEmpty()) {
        m_error->showMessage(tr("Choose a column of the file for: %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    if (!twice.isEmpty()) {
        m_error->showMessage(tr("Each field can come from one column only: %1.").arg(twice.join(QStringLiteral(", "))));
        return;
    }
    m_error->clearMessage(); // not left behind the import's outcome
    Q_EMIT mappingChosen(chosen);
    QDialog::accept();
}

} // namespace advicehub::ui
