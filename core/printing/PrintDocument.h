#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// Printing (issue 13): what a printed document says, decided in the core for a disclosure
// profile; advicehub_documents' PrintRenderer only lays it out (preview, printer, PDF). Nothing
// in a PrintDocument is filtered again by a renderer: what is in the model is what is printed.
namespace advicehub::printing {

// Who a document is for, and so what it may contain (PRODUCT.md §3.5, issue 13).
enum class Profile {
    Internal, // the Secretariat: everything
    Briefing, // Core State briefing: no personal data, no internal notes or timeline bodies,
              // strictly confidential queries without what names or singles out their State
    Partner, // a partner extract: only the fields a referral shares
};

enum class DocumentKind { CaseSummary, BriefingPack, PartnerExtract, DraftLetter };

class PrintText {
    Q_DECLARE_TR_FUNCTIONS(PrintText)
public:
    static QString code(Profile profile); // "internal", "briefing", "partner" (stored, never change)
    static std::optional<Profile> profile(QStringView code);
    static QString label(Profile profile); // "Internal", "Core State briefing", "Partner extract"
    static const std::vector<Profile>& allProfiles();

    static QString code(DocumentKind kind); // "case_summary", "briefing_pack", "partner_extract", "draft_letter"
    static std::optional<DocumentKind> documentKind(QStringView code);
    static QString label(DocumentKind kind); // "Case summary", "Briefing pack", …
};

// A label and its value (plain text; paragraphs separated by "\n").
struct PrintField {
    QString label;
    QString value;
};

// A table that may break across pages; the renderer repeats its header row on every page.
struct PrintTable {
    QStringList header;
    std::vector<QStringList> rows; // each as long as the header
};

// A titled part of a section: paragraphs of plain text, or a table, or both (text first).
struct PrintPart {
    QString title; // "Request in brief", "Actions taken", "Referrals", "Response", "Next steps"
    QString text; // plain text, paragraphs separated by "\n"; empty: none
    std::optional<PrintTable> table;
    // Printed across the part, e.g. "DRAFT" for a response that was not sent. Empty: none.
    QString stamp;
};

// One query in a document (the whole of a case summary; one per query in a pack).
struct PrintSection {
    qint64 queryId = 0;
    QString heading; // "AH-2026-0042 — Subject", or its substitute ("Confidential query 2")
    std::vector<PrintField> fields; // the grid under the heading
    std::vector<PrintPart> parts;
};

// A letter (a draft or a sent response).
struct PrintLetter {
    QStringList letterhead; // the Secretariat's block, one line each
    QString reference; // "Our ref.: AH-2026-0042"
    QString date; // formatted for people
    QStringList addressee; // one line each; empty under a profile that leaves it out
    QString subject;
    QString bodyHtml; // sanitised HTML (drafts::HtmlSanitizer), the only HTML in a model
    QString stamp; // "DRAFT" unless the version printed is the one sent
};

// Everything a renderer needs, for one copy. Plain text everywhere (the renderer escapes it)
// except PrintLetter::bodyHtml.
struct PrintDocument {
    DocumentKind kind = DocumentKind::CaseSummary;
    Profile profile = Profile::Internal;
    QString profileLabel; // named on every page
    QString marking; // the confidentiality marking on every page: "CONFIDENTIAL", "STRICTLY CONFIDENTIAL"
    QString title; // "Case summary", "Briefing pack", "Partner extract", "Response"
    QString subtitle; // e.g. the reference, the period; never a substituted State's name
    QDate date; // the day it was produced
    QString preparedFor; // briefing packs: "prepared for"
    QString watermark; // drawn diagonally on every page; empty: none
    std::optional<int> copyNumber; // set when several copies are produced (1-based)
    int copyCount = 1;
    // The cover page (briefing packs, partner extracts): lines under the title; empty: no cover.
    QStringList cover;
    std::optional<PrintTable> summaryTable; // briefing packs: one row per query
    std::optional<PrintTable> countsTable; // briefing packs: counts by region/status ("< 3" below 3)
    std::vector<PrintSection> sections;
    std::optional<PrintLetter> letter; // draft letters
    // Right-to-left layout for the whole page (e.g. a letter in Arabic); names in another script
    // inside a left-to-right page are handled by the text engine.
    bool rightToLeft = false;

    // What goes into the disclosure record (never content):
    QList<qint64> queryIds; // every query the document shows
    QStringList fieldCodes; // the codes of the fields it discloses
    QString recipient; // the partner of an extract, the "prepared for" of a pack
    // A file name without State or person names: "AH-2026-0042-summary.pdf", "briefing-2026-03-14.pdf".
    QString suggestedFileName;
    // Metadata for the PDF: generic, no case content ("Advice Hub — Case summary").
    QString metadataTitle;
};

} // namespace advicehub::printing
