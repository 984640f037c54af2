#include "advisers/AdvisersDialog.h"

#include "advisers/AdviserFields.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/NoteLabel.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kActiveRole = Qt::UserRole + 1;
} // namespace

AdvisersDialog::AdvisersDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("advisersDialog"));
    setWindowTitle(tr("Advisers"));
    setWindowIcon(Icons::get(Icons::Advisers));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("adviserList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Role"), tr("Status") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_name = createAdviserNameEdit(this);
    m_role = createAdviserRoleCombo(this);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addAdviserButton"));
    m_rename = new QPushButton(tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("renameAdviserButton"));
    m_toggle = new QPushButton(tr("&Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleAdviserButton"));
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("adviserErrorLabel"));

    auto* edit = new QGridLayout;
    edit->addWidget(new QLabel(tr("&Name:"), this), 0, 0);
    edit->addWidget(m_name, 0, 1);
    edit->addWidget(m_role, 0, 2);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_rename);
    actions->addStretch();
    actions->addWidget(m_toggle);
    edit->addLayout(actions, 1, 0, 1, 3);
    qobject_cast<QLabel*>(edit->itemAtPosition(0, 0)->widget())->setBuddy(m_name);

    auto* note
        = new NoteLabel(tr("A former adviser keeps their name on everything they did, but cannot be assigned new "
                           "queries or chosen at unlock."),
            this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(edit);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_add, &QPushButton::clicked, this, &AdvisersDialog::addAdviser);
    connect(m_rename, &QPushButton::clicked, this, &AdvisersDialog::renameAdviser);
    connect(m_toggle, &QPushButton::clicked, this, &AdvisersDialog::toggleActive);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_name->setText(item->text(0));
        updateButtons();
    });
    connect(m_name, &QLineEdit::textChanged, this, &AdvisersDialog::updateButtons);
    reload();
}

qint64 AdvisersDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void AdvisersDialog::reload(qint64 selectId)
{
    m_list->clear();
    Result<std::vector<advisers::Adviser>> all = m_session.advisers().list(true);
    if (!all) {
        m_error->showMessage(all.error().message);
        return;
    }
    for (const advisers::Adviser& adviser : all.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, adviser.name);
        item->setText(1, advisers::roleLabel(adviser.role));
        const bool current = m_session.currentAdviserId() == adviser.id;
        item->setText(2, !adviser.active ? tr("former") : current ? tr("working now") : tr("active"));
        item->setData(0, kIdRole, adviser.id);
        item->setData(0, kActiveRole, adviser.active);
        if (!adviser.active) {
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (adviser.id == selectId)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void AdvisersDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool named = !m_name->text().trimmed().isEmpty();
    m_add->setEnabled(named);
    m_rename->setEnabled(item && named && m_name->text().simplified() != item->text(0));
    const bool active = item && item->data(0, kActiveRole).toBool();
    m_toggle->setText(item && !active ? tr("Re&activate") : tr("&Deactivate"));
    // The adviser working in this session stays active until someone else takes over.
    m_toggle->setEnabled(item && !(active && m_session.currentAdviserId() == selectedId()));
}

bool AdvisersDialog::finishChange(const QString& failure)
{
    if (!failure.isEmpty()) {
        m_error->showMessage(failure);
        return false;
    }
    m_error->clearMessage();
    const Status reloaded = m_session.reloadReferenceData();
    if (!reloaded)
        m_error->showMessage(reloaded.error().message);
    Q_EMIT advisersChanged();
    return true;
}

void AdvisersDialog::addAdviser()
{
    const advisers::Role role
        = advisers::roleFromCode(m_role->currentData().toString()).value_or(advisers::Role::Adviser);
    Result<advisers::Adviser> added = m_session.advisers().add(m_name->text(), role);
    if (finishChange(added ? QString() : added.error().message)) {
        reload(added->id);
    }
}

void AdvisersDialog::renameAdviser()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const Status status = m_session.advisers().rename(id, m_name->text());
    if (finishChange(status ? QString() : status.error().message))
        reload(id);
}

void AdvisersDialog::toggleActive()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const bool active = m_list->currentItem()->data(0, kActiveRole).toBool();
    const Status status = m_session.advisers().setActive(id, !active);
    if (finishChange(status ? QString() : status.error().message))
        reload(id);
}

} // namespace advicehub::ui
