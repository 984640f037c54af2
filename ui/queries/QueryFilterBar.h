#pragma once

#include "queries/QuerySearch.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::ui {

class DateRangeButton;
class MultiSelectButton;

// The filters above the query table: status, priority, State, region, theme, adviser,
// confidentiality, received and due date ranges, an open referral, referred to a partner. Each narrows the current
// view; together they combine (AND), and values within one filter add up (OR), as QuerySearch applies them.
class QueryFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueryFilterBar(reference::ReferenceLookup& lookup, QWidget* parent = nullptr);

    // Writes the bar's filters into `filter` (its view and search text are left alone).
    void applyTo(queries::QueryFilter& filter) const;
    // Shows the filters of `filter` (a saved search); emits changed() once if anything changed.
    void showFilter(const queries::QueryFilter& filter);
    bool isEmpty() const;
    // Reads States, regions, themes and advisers again (after the reference data changed).
    void reloadChoices();
    void setToday(QDate today);
    // The partners offered by "Referred to" (name, id), inactive ones included: queries referred
    // to them stay findable.
    void setPartners(const QList<std::pair<QString, qint64>>& partners);

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

private:
    void emitChanged();

    reference::ReferenceLookup& m_lookup;
    MultiSelectButton* m_status;
    MultiSelectButton* m_priority;
    MultiSelectButton* m_state;
    MultiSelectButton* m_region;
    MultiSelectButton* m_theme;
    MultiSelectButton* m_adviser;
    MultiSelectButton* m_confidentiality;
    DateRangeButton* m_received;
    DateRangeButton* m_due;
    QToolButton* m_openReferral;
    QComboBox* m_referredTo;
    QToolButton* m_clear;
    bool m_batch = false;
    bool m_changedInBatch = false;
};

} // namespace advicehub::ui
