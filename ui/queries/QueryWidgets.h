#pragma once

#include "queries/QueryTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::ui {

// Choices shared by the query forms, always from the core's lists and labels.
class QueryChoices {
    Q_DECLARE_TR_FUNCTIONS(QueryChoices)
public:
    static void fillPriorities(QComboBox* combo);
    static void fillConfidentialities(QComboBox* combo);
    // `noneText` non-empty: a first entry without value ("not decided yet").
    static void fillRoutes(QComboBox* combo, const QString& noneText);
    // Active advisers, plus `keep` if it is a former one (a query may still be assigned to them).
    static void fillAdvisers(QComboBox* combo, const reference::ReferenceLookup& lookup, const QString& noneText,
        std::optional<qint64> keep = std::nullopt);
    // Selects the entry whose data is `value` (the first entry if none).
    static void select(QComboBox* combo, const QVariant& value);
};

// A due date that follows a default (from the priority, in working days) until the adviser
// sets it by hand; "Use Default" goes back to following.
class DueDateField : public QWidget {
    Q_OBJECT
public:
    explicit DueDateField(QWidget* parent = nullptr);

    QDate date() const;
    bool isSetByHand() const { return m_byHand; }
    // The date to follow and how it was computed; shown unless the date was set by hand.
    void setDefault(QDate date, const QString& explanation);
    // A date set by hand (an existing override).
    void setDateByHand(QDate date);
    void useDefault();
    QDateEdit* edit() const { return m_edit; }

Q_SIGNALS:
    void setByHandChanged(bool byHand);

private:
    void updateHint();

    QDateEdit* m_edit;
    QLabel* m_hint;
    QPushButton* m_useDefault;
    QDate m_default;
    QString m_explanation;
    bool m_byHand = false;
    bool m_setting = false;
};

} // namespace advicehub::ui
