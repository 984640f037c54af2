#include "vault/VaultTask.h"

#include <QtConcurrent/QtConcurrentRun>

namespace advicehub::ui {

VaultTask::VaultTask(QObject* parent) : QObject(parent), m_outcome(std::make_shared<std::optional<Outcome>>())
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &VaultTask::finished);
}

VaultTask* VaultTask::open(QObject* parent, const QString& path, crypto::SecureBuffer passphrase)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    return run(parent, [path, secret]() -> Outcome {
        Outcome outcome = Vault::open(path, *secret);
        secret->clear();
        return outcome;
    });
}

VaultTask* VaultTask::create(QObject* parent, const QString& path, crypto::SecureBuffer passphrase)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(std::move(passphrase));
    return run(parent, [path, secret]() -> Outcome {
        Outcome outcome = Vault::create(path, *secret);
        secret->clear();
        return outcome;
    });
}

VaultTask* VaultTask::run(QObject* parent, std::function<Outcome()> work)
{
    auto* task = new VaultTask(parent);
    task->start(std::move(work));
    return task;
}

void VaultTask::start(std::function<Outcome()> work)
{
    auto outcome = m_outcome;
    m_watcher.setFuture(QtConcurrent::run([outcome, work = std::move(work)] { outcome->emplace(work()); }));
}

VaultTask::Outcome VaultTask::takeOutcome()
{
    if (!m_outcome->has_value())
        return makeError(ErrorCode::Internal);
    Outcome outcome = std::move(**m_outcome);
    m_outcome->reset();
    return outcome;
}

} // namespace advicehub::ui
