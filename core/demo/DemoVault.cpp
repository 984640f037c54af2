#include "demo/DemoVault.h"

#include "advisers/AdviserService.h"
#include "casefile/CaseRecord.h"
#include "common/Clock.h"
#include "crypto/SecureBuffer.h"
#include "db/DbError.h"
#include "db/Transaction.h"
#include "demo/DemoDataGenerator.h"
#include "drafts/DraftService.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "referrals/ReferralService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace advicehub::demo {

QString defaultDemoVaultPath()
{
    // ~/.local/share/AdviceHub/demo.ahv. The application-data location would repeat the name
    // (…/AdviceHub/AdviceHub: organisation and application) and differ for advicehub-cli.
    const QDir folder(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/AdviceHub"));
    const QString path = folder.filePath(QStringLiteral("demo.ahv"));
    // A demo vault made by an earlier version in the doubled folder moves here once (a rename in
    // the same file system; if it fails, the old one is used where it is).
    const QString legacy = QDir(folder.filePath(QStringLiteral("AdviceHub"))).filePath(QStringLiteral("demo.ahv"));
    if (!QFileInfo::exists(path) && QFileInfo(legacy).isFile()) {
        if (!QDir().mkpath(folder.path()) || !QFile::rename(legacy, path))
            return legacy;
        QDir().rmdir(QFileInfo(legacy).absolutePath()); // only if empty
    }
    return path;
}

Result<std::unique_ptr<Vault>> createDemoVault(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io);
    Result<std::unique_ptr<Vault>> vault
        = Vault::create(path, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(DemoPassphrase)));
    if (!vault)
        return vault;
    const Status populated = populateDemoData(*vault.value());
    if (!populated) {
        vault.value()->close();
        QFile::remove(path);
        return populated.error();
    }
    return vault;
}

Status populateDemoData(Vault& vault, int queries)
{
    try {
        db::Connection& connection = vault.connection();
        reference::ReferenceLookup lookup(connection);
        // The services' clock is the demo's: the histories are written on past days, each step
        // at its own time, then it stands at now again for the drafts.
        DemoClock clock(SystemClock().nowUtc());
        advisers::AdviserService advisers(connection, clock);
        casefile::CaseRecord record(connection, clock);
        queries::QueryService service(record, lookup);
        referrals::ReferralService referralService(record, lookup, service);
        drafts::DraftService draftService(record, lookup, advisers, service);
        // All or nothing: the demo vault is either complete or not created. (Opened after the
        // services: they outlive it, as its rollback may call back into the case record.)
        db::Transaction transaction(connection);
        DemoDataOptions options;
        options.queries = queries;
        // Two years of work: a register dense enough that the recent weeks have queries in every
        // state.
        options.firstReceived = clock.nowUtc().toLocalTime().date().addYears(-2);
        Result<DemoDataSummary> summary
            = DemoDataGenerator::populateWithHistories(service, advisers, lookup, referralService, clock, options);
        if (!summary)
            return summary.error();
        const Status drafted = DemoDataGenerator::populateDrafts(service, draftService, summary->adviserIds);
        if (!drafted)
            return drafted;
        // The unlock screen offers the first demo adviser, so the demo opens as someone.
        const Status current = advisers.setLastAdviserId(summary->adviserIds.front());
        if (!current)
            return current;
        transaction.commit();
        return {};
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
}

} // namespace advicehub::demo
