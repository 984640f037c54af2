#include "advisers/FirstAdviserDialog.h"

#include "advisers/AdviserFields.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

FirstAdviserDialog::FirstAdviserDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("firstAdviserDialog"));
    setWindowTitle(tr("Who Is Working?"));
    setWindowIcon(Icons::get(Icons::Advisers));

    auto* intro = new QLabel(tr("This vault has no advisers yet. Every registration and change is recorded with the "
                                "name of the adviser who made it; enter yours. Colleagues can be added later in "
                                "Vault \u25b8 Advisers."),
        this);
    intro->setWordWrap(true);
    m_name = createAdviserNameEdit(this);
    m_role = createAdviserRoleCombo(this);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("adviserErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Look around without changing anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdviserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdviserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    m_name->setFocus();
}

void FirstAdviserDialog::accept()
{
    const advisers::Role role
        = advisers::roleFromCode(m_role->currentData().toString()).value_or(advisers::Role::Adviser);
    Result<advisers::Adviser> added = m_session.advisers().add(m_name->text(), role);
    if (!added) {
        m_error->showMessage(added.error().message);
        return;
    }
    // The lookup lists advisers for names in lists and forms.
    Status status = m_session.reloadReferenceData();
    if (status)
        status = m_session.setCurrentAdviser(added->id);
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT adviserChosen(added->id);
    QDialog::accept();
}

} // namespace advicehub::ui
