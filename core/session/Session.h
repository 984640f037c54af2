#pragma once

#include "advisers/AdviserService.h"
#include "attachments/AttachmentService.h"
#include "attachments/TextExtraction.h"
#include "calendar/HolidayService.h"
#include "casefile/CaseRecord.h"
#include "common/Clock.h"
#include "drafts/DraftService.h"
#include "library/LibraryService.h"
#include "partners/PartnerService.h"
#include "pending/PendingEditService.h"
#include "printing/PrintService.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "referrals/ReferralService.h"
#include "vault/Vault.h"

#include <memory>
#include <optional>

namespace advicehub {

// Everything that exists only while a vault is unlocked: the open vault and the services
// working on it. Destroying the session is what "lock" means: the services go, the database is
// closed, the key wiped, and nothing decrypted survives in the core. Created by the app or the
// CLI and passed to whoever needs it (no singletons).
class Session {
public:
    // Throws nothing; a vault whose reference data cannot be read is reported by open().
    static Result<std::unique_ptr<Session>> open(std::unique_ptr<Vault> vault, const Clock& clock);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Vault& vault() { return *m_vault; }
    const Clock& clock() const { return m_clock; }
    reference::ReferenceLookup& lookup() { return *m_lookup; }
    advisers::AdviserService& advisers() { return *m_advisers; }
    calendar::HolidayService& holidays() { return *m_holidays; }
    // What every domain service records through: timeline, search index, disclosures, events.
    casefile::CaseRecord& caseRecord() { return *m_caseRecord; }
    queries::QueryService& queries() { return *m_queries; }
    // The structured content of a query for every presenter; other domains add their sections.
    queries::CaseSummaryBuilder& caseSummaries() { return *m_caseSummaries; }
    queries::QuerySearch& search() { return *m_search; }
    pending::PendingEditService& pendingEdits() { return *m_pending; }
    // The partner directory and the referrals of queries to partners (issue 10).
    partners::PartnerService& partners() { return *m_partners; }
    referrals::ReferralService& referrals() { return *m_referrals; }
    // Drafts of answers with their clearance; templates, library, precedents (issue 11).
    drafts::DraftService& drafts() { return *m_drafts; }
    library::LibraryService& library() { return *m_library; }
    // Files attached to queries, stored in the vault (issue 12).
    attachments::AttachmentService& attachments() { return *m_attachments; }
    // What reads the text of attachments for search: the core's own extractors; the desktop
    // application and the CLI add the PDF one (advicehub_documents) right after opening.
    attachments::TextExtractors& textExtractors() { return *m_textExtractors; }
    // Case summaries, briefing packs, partner extracts and draft letters under disclosure
    // profiles, and the print register (issue 13).
    printing::PrintService& printing() { return *m_printing; }

    // The adviser recorded on every change of this session. Choosing one writes nothing: the
    // first real change of the session (any transaction that changes a row) also records them as
    // the vault's last adviser, offered first next time, in that change's own transaction. A
    // session that changes nothing leaves the vault file exactly as it was.
    std::optional<qint64> currentAdviserId() const { return m_caseRecord->actor(); }
    Status setCurrentAdviser(qint64 adviserId);
    // After advisers or reference data changed.
    Status reloadReferenceData();

private:
    Session(std::unique_ptr<Vault> vault, const Clock& clock);

    std::unique_ptr<Vault> m_vault;
    const Clock& m_clock;
    std::unique_ptr<reference::ReferenceLookup> m_lookup;
    std::unique_ptr<advisers::AdviserService> m_advisers;
    std::unique_ptr<calendar::HolidayService> m_holidays;
    std::unique_ptr<casefile::CaseRecord> m_caseRecord;
    std::unique_ptr<queries::QueryService> m_queries;
    std::unique_ptr<queries::CaseSummaryBuilder> m_caseSummaries;
    std::unique_ptr<queries::QuerySearch> m_search;
    std::unique_ptr<pending::PendingEditService> m_pending;
    std::unique_ptr<partners::PartnerService> m_partners;
    std::unique_ptr<referrals::ReferralService> m_referrals;
    std::unique_ptr<drafts::DraftService> m_drafts;
    std::unique_ptr<library::LibraryService> m_library;
    std::unique_ptr<attachments::TextExtractors> m_textExtractors;
    std::unique_ptr<attachments::AttachmentService> m_attachments;
    std::unique_ptr<printing::PrintService> m_printing;
};

} // namespace advicehub
