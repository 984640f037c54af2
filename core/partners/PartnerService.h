#pragma once

#include "common/Result.h"
#include "partners/PartnerTypes.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
}
namespace advicehub::reference {
class ReferenceLookup;
}

namespace advicehub::partners {

// The partner directory. The partners seeded with the vault are ordinary records: editable,
// deactivatable. Every change is one transaction, validated first (bad input changes nothing),
// and recorded in partner_changes with the session's adviser (CaseRecord::actor()) and the
// clock's time. A partner with referrals can be deactivated, never deleted.
class PartnerService : public QObject {
    Q_OBJECT
public:
    PartnerService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, QObject* parent = nullptr);
    ~PartnerService() override;

    // Every problem of an input (empty: valid). `id`: the partner being edited (for uniqueness).
    QList<PartnerFieldError> validate(const PartnerInput& input, std::optional<qint64> id = {}) const;

    Result<Partner> create(const PartnerInput& input);
    // ErrorCode::Conflict when the partner changed since `expectedVersion` was read.
    Result<Partner> update(qint64 id, const PartnerInput& input, int expectedVersion);
    // Deactivated partners are kept (and their referrals) but not suggested or offered for new
    // referrals. No-op (nothing written) when already in that state.
    Result<void> setActive(qint64 id, bool active);
    // Only a partner that never had a referral; otherwise ErrorCode::NotAllowed ("deactivate it").
    Result<void> remove(qint64 id);

    Result<Partner> get(qint64 id) const;
    // By exact name or acronym (case-insensitive, trimmed) or by id given as digits; for the CLI.
    Result<Partner> find(const QString& nameAcronymOrId) const;
    // Sorted by name (locale-aware, accents ignored).
    std::vector<Partner> list(const PartnerListFilter& filter = {}) const;
    std::vector<PartnerChange> history(qint64 partnerId) const; // oldest first

Q_SIGNALS:
    // After the commit only.
    void partnersChanged();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::partners
