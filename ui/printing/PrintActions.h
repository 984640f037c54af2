#pragma once

#include "printing/PrintDocument.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;
class BriefingPackDialog;
class PrintController;
class QueryPage;

// The printing actions of the Queries page (issue 13), in the Query menu after the other
// actions: the shown query's case summary — Print Preview… (Ctrl+Shift+P), Print… (Ctrl+P),
// Save as PDF… — under the profile chosen in the Print Profile submenu (Internal or Core State
// briefing, remembered as a profile code), Briefing Pack…, the selected referral's partner
// extract (also under the Referrals tab's list) and the selected draft as a letter (also under
// the Drafts tab's list). What they print is the core's model for the profile.
class PrintActions : public QObject {
    Q_OBJECT
public:
    PrintActions(Session& session, AppSettings& settings, QueryPage& page);

    // For the Query menu, in order (a separator first).
    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    PrintController* controller() const { return m_controller; }

    // The profile of case summaries and letters (Internal unless Briefing was chosen).
    printing::Profile profile() const;
    void setProfile(printing::Profile profile);

    // The actions follow the query, referral and draft selected and the adviser.
    void update();

public Q_SLOTS:
    void previewSummary();
    void printSummary();
    void saveSummaryPdf();
    BriefingPackDialog* briefingPack();
    void previewExtract();
    void printExtract();
    void saveExtractPdf();
    void previewDraft();
    void printDraft();
    void saveDraftPdf();

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A print or PDF was recorded in the print register.
    void recorded();

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut = {});
    std::optional<qint64> queryId() const;
    std::optional<qint64> referralId() const;
    std::optional<qint64> draftId() const;

    Session& m_session;
    AppSettings& m_settings;
    QueryPage& m_page;
    PrintController* m_controller;
    QMenu* m_profileMenu = nullptr;
    QActionGroup* m_profiles = nullptr;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
};

} // namespace advicehub::ui
