#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace advicehub::ui {

// Runs a slow vault operation (Argon2id key derivation takes about half a second) on a worker
// thread so that the window stays responsive, and hands the result back on the GUI thread.
class VaultTask : public QObject {
    Q_OBJECT
public:
    using Outcome = Result<std::unique_ptr<Vault>>;

    static VaultTask* open(QObject* parent, const QString& path, crypto::SecureBuffer passphrase);
    static VaultTask* create(QObject* parent, const QString& path, crypto::SecureBuffer passphrase);
    // Any other work that produces a vault (e.g. the demo vault).
    static VaultTask* run(QObject* parent, std::function<Outcome()> work);

    bool isRunning() const { return m_watcher.isRunning(); }
    // Valid once finished() was emitted; can be taken once.
    Outcome takeOutcome();

Q_SIGNALS:
    void finished();

private:
    explicit VaultTask(QObject* parent);
    void start(std::function<Outcome()> work);

    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::optional<Outcome>> m_outcome;
};

} // namespace advicehub::ui
