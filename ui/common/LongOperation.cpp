#include "common/LongOperation.h"

#include <QCoreApplication>
#include <QList>
#include <QProgressDialog>

#include <limits>

namespace advicehub::ui {

namespace {
QList<LongOperation*> g_running;
// Events are processed at most this often: often enough for a fluid dialog and a prompt
// Cancel, rarely enough to cost nothing measurable next to the work.
constexpr qint64 kEventIntervalMs = 40;
} // namespace

LongOperations* LongOperations::instance()
{
    static auto* operations = new LongOperations(QCoreApplication::instance());
    return operations;
}

LongOperation::LongOperation(QWidget* parent, const QString& title, const QString& label)
    : m_dialog(
        new QProgressDialog(label, QCoreApplication::translate("advicehub::ui::LongOperation", "Cancel"), 0, 0, parent))
{
    g_running.append(this);
    m_dialog->setObjectName(QStringLiteral("longOperationProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
}

LongOperation::~LongOperation()
{
    delete m_dialog;
    g_running.removeOne(this);
    if (g_running.isEmpty())
        Q_EMIT LongOperations::instance()->idle();
}

bool LongOperation::update(qint64 done, qint64 total)
{
    if (m_dialog) {
        // QProgressDialog counts in int; large totals (bytes) are scaled down.
        int scale = 1;
        while (total / scale > std::numeric_limits<int>::max() / 2)
            scale *= 1024;
        if (m_dialog->maximum() != static_cast<int>(total / scale))
            m_dialog->setMaximum(static_cast<int>(total / scale));
        // setValue() shows the dialog once minimumDuration has passed, and, the dialog being
        // modal, processes events itself.
        m_dialog->setValue(static_cast<int>(std::min(done, total > 0 ? total : done) / scale));
    }
    if (!m_sinceEvents.isValid() || m_sinceEvents.elapsed() >= kEventIntervalMs) {
        QCoreApplication::processEvents();
        m_sinceEvents.start();
    }
    if (m_dialog && m_dialog->wasCanceled())
        m_cancelled = true;
    return !m_cancelled;
}

void LongOperation::setLabel(const QString& label)
{
    if (m_dialog)
        m_dialog->setLabelText(label);
}

bool LongOperation::wasCancelled() const
{
    return m_cancelled;
}

bool LongOperation::running()
{
    return !g_running.isEmpty();
}

void LongOperation::cancelAll()
{
    for (LongOperation* operation : std::as_const(g_running))
        operation->m_cancelled = true;
}

} // namespace advicehub::ui
