#pragma once

#include "common/InlineError.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QPushButton;

namespace advicehub::ui {

// The banner a form shows when the core refused a save because someone saved the same record
// after the form was opened (ErrorCode::Conflict): the core's message and two choices, Reload
// Their Version (what is stored now replaces what the form shows) and Save Mine Anyway (the
// form's text is saved over the newer version). Hidden until showConflict(); offerChoices()
// says what each choice does (or the owner connects reloadRequested and overwriteRequested).
//
// Object names follow `prefix`: "<prefix>ConflictBanner", "<prefix>ConflictLabel",
// "<prefix>ReloadButton", "<prefix>OverwriteButton" (without a prefix: "conflictBanner", …).
class ConflictBanner : public QWidget {
    Q_OBJECT
public:
    explicit ConflictBanner(const QString& prefix, QWidget* parent = nullptr);

    // Shows the banner with the core's message (plain text).
    void showConflict(const QString& message);

    // Connects the choices of `form`, a dialog over one stored record: each reads the record as
    // stored now with `fetch` (a Result; a failure is shown in `errorLabel` and the banner
    // stays), then hides the banner. Reload Their Version hands the record to `reload`; Save Mine
    // Anyway takes its version as the one the save expects (`expectedVersion`) and saves again
    // (the form's accept()).
    template <typename Fetch, typename Reload>
    void offerChoices(QDialog* form, InlineError* errorLabel, Fetch fetch, Reload reload, int& expectedVersion)
    {
        const auto choose = [this, errorLabel, fetch](const auto& then) {
            auto current = fetch();
            if (!current) {
                errorLabel->showMessage(current.error().message);
                return;
            }
            hide();
            then(current.value());
        };
        connect(this, &ConflictBanner::reloadRequested, this, [choose, reload] { choose(reload); });
        connect(this, &ConflictBanner::overwriteRequested, this, [choose, form, &expectedVersion] {
            choose([form, &expectedVersion](const auto& current) {
                expectedVersion = current.version;
                form->accept();
            });
        });
    }

    QLabel* label() const { return m_text; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* overwriteButton() const { return m_overwrite; }

Q_SIGNALS:
    void reloadRequested();
    void overwriteRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_overwrite = nullptr;
};

} // namespace advicehub::ui
