#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;

namespace advicehub::ui {

class InlineError;

// For a spreadsheet whose column headers are not Advice Hub's column names: which column of
// the file holds which field (or is ignored). The required fields must be mapped.
class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMappingDialog(const QStringList& fileHeaders, QWidget* parent = nullptr);
    // File header -> column name ("" ignores that column).
    QHash<QString, QString> mapping() const;
    QComboBox* comboFor(const QString& fileHeader) const { return m_combos.value(fileHeader); }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void mappingChosen(const QHash<QString, QString>& mapping);

private:
    QHash<QString, QComboBox*> m_combos;
    QStringList m_headers;
    InlineError* m_error;
};

} // namespace advicehub::ui
