#include "session/Session.h"

#include "db/DbError.h"

namespace advicehub {

Session::Session(std::unique_ptr<Vault> vault, const Clock& clock) : m_vault(std::move(vault)), m_clock(clock)
{ }

Result<std::unique_ptr<Session>> Session::open(std::unique_ptr<Vault> vault, const Clock& clock)
{
    if (!vault || !vault->isOpen())
        return makeError(ErrorCode::NotAllowed, ErrorText::tr("The vault is locked."));
    std::unique_ptr<Session> session(new Session(std::move(vault), clock));
    db::Connection& connection = session->m_vault->connection();
    try {
        session->m_lookup = std::make_unique<reference::ReferenceLookup>(connection);
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
    session->m_advisers = std::make_unique<advisers::AdviserService>(connection, clock);
    session->m_holidays = std::make_unique<calendar::HolidayService>(connection);
    session->m_caseRecord = std::make_unique<casefile::CaseRecord>(connection, clock);
    session->m_queries = std::make_unique<queries::QueryService>(*session->m_caseRecord, *session->m_lookup);
    session->m_caseSummaries = std::make_unique<queries::CaseSummaryBuilder>(*session->m_queries, *session->m_lookup);
    session->m_search = std::make_unique<queries::QuerySearch>(connection, clock);
    session->m_pending = std::make_unique<pending::PendingEditService>(connection, clock);
    session->m_partners = std::make_unique<partners::PartnerService>(*session->m_caseRecord, *session->m_lookup);
    // Registers its search text with the case record's index; its case-summary section is added here.
    session->m_referrals
        = std::make_unique<referrals::ReferralService>(*session->m_caseRecord, *session->m_lookup, *session->m_queries);
    session->m_caseSummaries->addProvider(session->m_referrals->summaryProvider());
    session->m_drafts = std::make_unique<drafts::DraftService>(
        *session->m_caseRecord, *session->m_lookup, *session->m_advisers, *session->m_queries);
    session->m_caseSummaries->addProvider(session->m_drafts->summaryProvider());
    session->m_library = std::make_unique<library::LibraryService>(
        *session->m_caseRecord, *session->m_lookup, *session->m_advisers, *session->m_queries);
    session->m_textExtractors = std::make_unique<attachments::TextExtractors>();
    session->m_attachments
        = std::make_unique<attachments::AttachmentService>(*session->m_caseRecord, session->m_textExtractors.get());
    session->m_caseSummaries->addProvider(session->m_attachments->summaryProvider());
    session->m_printing = std::make_unique<printing::PrintService>(*session);
    Session* self = session.get();
    connection.setBeforeCommit([self](db::Connection&) {
        if (const std::optional<qint64> actor = self->m_caseRecord->actor())
            self->m_advisers->storeLastAdviserId(*actor);
    });
    return session;
}

Session::~Session()
{
    if (m_vault)
        m_vault->connection().setBeforeCommit({});
    // Services first: they hold references to the vault's connection.
    if (m_caseSummaries && m_referrals)
        m_caseSummaries->removeProvider(m_referrals->summaryProvider());
    if (m_caseSummaries && m_drafts)
        m_caseSummaries->removeProvider(m_drafts->summaryProvider());
    if (m_caseSummaries && m_attachments)
        m_caseSummaries->removeProvider(m_attachments->summaryProvider());
    m_printing.reset();
    m_attachments.reset();
    m_textExtractors.reset();
    m_library.reset();
    m_drafts.reset();
    m_referrals.reset();
    m_partners.reset();
    m_pending.reset();
    m_search.reset();
    m_caseSummaries.reset();
    m_queries.reset();
    m_caseRecord.reset();
    m_holidays.reset();
    m_advisers.reset();
    m_lookup.reset();
    m_vault.reset();
}

Status Session::setCurrentAdviser(qint64 adviserId)
{
    Result<advisers::Adviser> adviser = m_advisers->find(adviserId);
    if (!adviser)
        return adviser.error();
    if (!adviser->active)
        return makeError(ErrorCode::NotAllowed, advisers::AdviserService::tr("This adviser is no longer active."));
    m_caseRecord->setActor(adviserId); // the one place the actor lives
    return {};
}

Status Session::reloadReferenceData()
{
    try {
        m_lookup->reload();
        return {};
    } catch (const db::DbError& e) {
        return db::toError(e);
    }
}

} // namespace advicehub
