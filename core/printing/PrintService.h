#pragma once

#include "casefile/DisclosureRecord.h"
#include "casefile/ExportFile.h"
#include "common/Result.h"
#include "printing/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace advicehub {
class Session;
}

namespace advicehub::printing {

// What the adviser chose for a briefing pack. The front ends turn their filters, saved search
// or hand selection into `queryIds` (QuerySearch) before asking.
struct BriefingOptions {
    QList<qint64> queryIds; // at least one; in the order the pack shows them
    Profile profile = Profile::Briefing; // Internal or Briefing (Partner is refused)
    QString title; // empty: "Briefing pack"
    QString preparedFor; // optional, at most 200 characters, one line
    QString periodLabel; // optional, e.g. "1 January – 31 March 2026", one line
    QString watermark; // optional, at most 40 characters, one line
    int copies = 1; // 1..50; the renderer prints `copies` documents (copy(…) below)
};

// One line of the print register: a print or a PDF export, as the disclosure record keeps it.
struct RegisterEntry {
    qint64 disclosureId = 0;
    QDateTime occurredAtUtc;
    QString adviserName; // empty when unknown
    casefile::DisclosureKind how = casefile::DisclosureKind::Pdf; // Print or Pdf
    DocumentKind document = DocumentKind::CaseSummary;
    Profile profile = Profile::Internal;
    QString recipient;
    std::optional<int> copyNumber;
    QString fileName; // name only; empty for a printer
    QStringList references; // the queries it showed
};

struct RegisterFilter {
    QDateTime fromUtc; // inclusive; invalid: open
    QDateTime toUtc; // exclusive; invalid: open
    std::optional<DocumentKind> document;
    std::optional<Profile> profile;
    QString reference; // only prints that showed this query
};

// The documents the front ends print, built for a profile from the case summaries
// (queries::CaseSummaryBuilder with the referrals', drafts' and attachments' sections), and
// the print register. Every rule of what a profile lets through is here (DisclosureProfile),
// tested on the model and, by the renderer's tests, on the produced PDF's text.
// Reads only, except recordPrint() and savePdf().
class PrintService {
    Q_DECLARE_TR_FUNCTIONS(PrintService)
public:
    explicit PrintService(Session& session);
    ~PrintService();
    PrintService(const PrintService&) = delete;
    PrintService& operator=(const PrintService&) = delete;

    // A case summary of one query, Internal or Briefing (Partner: use partnerExtract).
    Result<PrintDocument> caseSummary(qint64 queryId, Profile profile) const;
    // A briefing pack; an empty selection is refused (ErrorCode::Invalid) with a message.
    Result<PrintDocument> briefingPack(const BriefingOptions& options) const;
    // What a referral shares with its partner, under a cover line naming the partner and the
    // consent it rests on (or the recorded override). Profile Partner.
    Result<PrintDocument> partnerExtract(qint64 referralId) const;
    // A draft as a letter: `version` (default: the sent one, else the cleared one, else the
    // newest, marked DRAFT unless it is the sent version). Internal or Briefing.
    Result<PrintDocument> draftLetter(qint64 draftId, Profile profile, std::optional<int> version = std::nullopt) const;

    // The same document numbered as copy `number` of `count` (1-based).
    static PrintDocument copy(const PrintDocument& document, int number, int count);

    // Records that the copies left the vault on a printer: one disclosure per copy (kind
    // Print; document kind, profile, recipient, copy number, field codes; never content), each
    // with one timeline entry per query, all in one transaction.
    Status recordPrint(const std::vector<PrintDocument>& copies);
    // Saves the PDF of the copies (`pdf`: documents::PrintRenderer::pdf) to `path` through
    // casefile's recorded export (QSaveFile 0600 whatever the umask, renamed into place inside
    // the transaction that records every copy as kind Pdf with the file's name), so that an
    // unrecorded PDF does not exist and a failure leaves no file. An existing file is
    // ErrorCode::AlreadyExists unless `overwrite`. Messages name the file, never content.
    Status savePdf(const std::vector<PrintDocument>& copies, const QString& path, bool overwrite, const QByteArray& pdf);
    // The same with the PDF written straight into the file as it is made
    // (documents::PrintRenderer::writePdf): a large pack is not held in memory twice.
    Status savePdf(const std::vector<PrintDocument>& copies, const QString& path, bool overwrite,
        const casefile::ExportWriter& write);

    // The print register: prints and PDF exports (not the other exports), oldest first.
    Result<std::vector<RegisterEntry>> printRegister(const RegisterFilter& filter = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::printing
