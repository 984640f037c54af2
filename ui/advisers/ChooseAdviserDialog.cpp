#include "advisers/ChooseAdviserDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

ChooseAdviserDialog::ChooseAdviserDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("chooseAdviserDialog"));
    setWindowTitle(tr("Who Is Working?"));
    setWindowIcon(Icons::get(Icons::Advisers));

    auto* intro = new QLabel(tr("Changes you make are recorded with this name:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("adviserList"));
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("adviserErrorLabel"));

    const std::optional<qint64> last
        = session.currentAdviserId() ? session.currentAdviserId() : session.advisers().lastAdviserId();
    Result<std::vector<advisers::Adviser>> advisers = session.advisers().list();
    if (advisers) {
        for (const advisers::Adviser& adviser : advisers.value()) {
            auto* item
                = new QListWidgetItem(tr("%1 \u2014 %2").arg(adviser.name, advisers::roleLabel(adviser.role)), m_list);
            item->setData(Qt::UserRole, adviser.id);
            if (last && *last == adviser.id)
                m_list->setCurrentItem(item);
        }
    } else {
        m_error->showMessage(advisers.error().message);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("chooseAdviserButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChooseAdviserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChooseAdviserDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &ChooseAdviserDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(380, 320);
    m_list->setFocus();
}

void ChooseAdviserDialog::accept()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const Status status = m_session.setCurrentAdviser(id);
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT adviserChosen(id);
    QDialog::accept();
}

} // namespace advicehub::ui
