// Printing in the desktop application (issue 13), through the user's path: the Query menu's
// Print Preview shortcut, Save as PDF through the file chooser, the print profile submenu, the
// Briefing Pack dialog and its live count, the referral's extract and the draft's letter,
// Vault ▸ Print Register…, and Print… up to the system's print dialog.
#include "WorkspaceFixture.h"
#include "common/DateRangeButton.h"
#include "drafts/DraftService.h"
#include "drafts/DraftsPanel.h"
#include "partners/PartnerService.h"
#include "printing/BriefingPackDialog.h"
#include "printing/PrintPreviewDialog.h"
#include "printing/PrintRegisterDialog.h"
#include "printing/PrintService.h"
#include "queries/QueryDetailPane.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralsPanel.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

#include <sys/stat.h>

namespace print_ui_test {

using namespace advicehub;
using namespace advicehub::printing;
using namespace advicehub::ui;

namespace {

const QString kAmara = QStringLiteral("Amara Quillfeather");

// The text of a PDF as poppler reads it, NFKC-normalised.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // NFKC: poppler gives the typesetter's ligatures ("ﬁ") as single characters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

mode_t modeOf(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

void pressOnTable(test::WorkspaceFixture& f, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    REQUIRE(test::activate(f.window.get()));
    f.queryPage()->table()->setFocus();
    QTest::keyClick(f.queryPage()->table(), key, modifiers);
}

PrintPreviewDialog* previewWithPages(test::WorkspaceFixture& f)
{
    auto* preview = f.dialog<PrintPreviewDialog>("printPreviewDialog");
    REQUIRE(test::waitFor([&] { return preview->pageCount() >= 1; }));
    CHECK_FALSE(preview->findChild<QLabel*>(QStringLiteral("previewError"))->isVisible());
    return preview;
}

std::vector<RegisterEntry> registerOf(test::WorkspaceFixture& f, const RegisterFilter& filter = {})
{
    Result<std::vector<RegisterEntry>> entries = f.window->session()->printing().printRegister(filter);
    REQUIRE(entries.ok());
    return *entries;
}

QStringList menuObjectNames(test::WorkspaceFixture& f)
{
    QStringList names;
    QMenu* menu = f.window->menuBar()->findChild<QMenu*>(QStringLiteral("queryMenu"));
    REQUIRE(menu != nullptr);
    for (QAction* action : menu->actions())
        names << action->objectName();
    return names;
}

} // namespace

TEST_CASE("Ctrl+Shift+P on the Queries page opens the preview of the case summary with its pages")
{
    test::WorkspaceFixture f(
        { kAmara }, [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession to the Convention")); });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    // In the Query menu, with the two shortcuts.
    const QStringList names = menuObjectNames(f);
    CHECK(names.contains(QStringLiteral("printPreviewAction")));
    CHECK(names.contains(QStringLiteral("printAction")));
    CHECK(names.contains(QStringLiteral("savePdfAction")));
    CHECK(names.contains(QStringLiteral("briefingPackAction")));
    CHECK(f.action("printAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    CHECK(f.action("printPreviewAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    pressOnTable(f, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    PrintPreviewDialog* preview = previewWithPages(f);
    CHECK(preview->windowModality() == Qt::WindowModal);
    // Qt's stock dialog is not used: no print-to-file path of its own.
    CHECK(f.window->findChild<QPrintDialog*>() == nullptr);

    // Letter instead of A4: the pages are drawn again.
    auto* size = preview->findChild<QComboBox*>(QStringLiteral("pageSizeCombo"));
    REQUIRE(size != nullptr);
    size->setCurrentIndex(size->findText(QStringLiteral("Letter")));
    CHECK(preview->pageSetup().size == QPageSize::Letter);
    CHECK(preview->pageCount() >= 1);
    preview->previewWidget()->zoomIn();

    // Nothing is recorded by a preview.
    CHECK(registerOf(f).empty());

    // A lock closes the preview with the page.
    QPointer<PrintPreviewDialog> open(preview);
    f.window->lock();
    REQUIRE(test::waitFor([&] { return open.isNull(); }));
}

TEST_CASE("Save as PDF from the Query menu writes an owner-only PDF that the print register lists with its profile")
{
    test::WorkspaceFixture f(
        { kAmara }, [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession to the Convention")); });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    // The Core State briefing profile, from the Print Profile submenu (remembered as a code).
    f.action("printProfileAction_briefing")->trigger();
    CHECK(f.queryPage()->action(QStringLiteral("printProfileAction_briefing"))->isChecked());

    const QString path = f.dir.path() + QStringLiteral("/summary.pdf");
    f.action("savePdfAction")->trigger();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
    CHECK(modeOf(path) == 0600);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("AH-2026-0001")));
    CHECK(text.contains(QStringLiteral("Core State briefing")));

    const std::vector<RegisterEntry> entries = registerOf(f);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().profile == Profile::Briefing);
    CHECK(entries.front().document == DocumentKind::CaseSummary);
    CHECK(entries.front().fileName == QStringLiteral("summary.pdf"));

    // Vault ▸ Print Register… lists it, and filters.
    auto* registerAction = f.window->findChild<QAction*>(QStringLiteral("printRegisterAction"));
    REQUIRE(registerAction != nullptr);
    registerAction->trigger();
    auto* dialog = f.dialog<PrintRegisterDialog>("printRegisterDialog");
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("Core State briefing"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("AH-2026-0001"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("summary.pdf"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("PDF"));
    CHECK(table->item(0, 1)->text() == kAmara);

    test::type(dialog->referenceEdit(), QStringLiteral("AH-2026-0099"));
    CHECK(table->rowCount() == 0);
    dialog->referenceEdit()->clear();
    CHECK(table->rowCount() == 1);
    dialog->profileCombo()->setCurrentIndex(dialog->profileCombo()->findText(QStringLiteral("Internal")));
    CHECK(table->rowCount() == 0);
    dialog->profileCombo()->setCurrentIndex(0);
    dialog->documentCombo()->setCurrentIndex(dialog->documentCombo()->findText(QStringLiteral("Briefing pack")));
    CHECK(table->rowCount() == 0);
    dialog->documentCombo()->setCurrentIndex(0);
    dialog->dateRange()->setRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    CHECK(table->rowCount() == 0);
    dialog->dateRange()->clear();
    CHECK(table->rowCount() == 1);

    // A second PDF, under Internal this time: the open register follows.
    f.action("printProfileAction_internal")->trigger();
    const QString second = f.dir.path() + QStringLiteral("/internal.pdf");
    f.action("savePdfAction")->trigger();
    test::answerFileDialog(second);
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(second); }));
    CHECK(table->rowCount() == 2);
    CHECK(table->item(0, 3)->text() == QStringLiteral("Internal"));
}

TEST_CASE("the Briefing Pack dialog counts the queries as the choice changes and registers each copy")
{
    test::WorkspaceFixture f({ kAmara }, [](test::VaultSeed& seed) {
        seed.create(QStringLiteral("Accession to the Convention"), QDate(2026, 1, 5));
        seed.create(QStringLiteral("Reporting under article 19"), QDate(2025, 11, 3));
        seed.create(QStringLiteral("National preventive mechanism"), QDate(2025, 6, 2));
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("briefingPackAction")->trigger();
    auto* dialog = f.dialog<BriefingPackDialog>("briefingPackDialog");

    // The list shown: the three queries.
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("3")));
    CHECK(dialog->previewButton()->isEnabled());
    // The query selected.
    dialog->sourceCombo()->setCurrentIndex(int(BriefingPackDialog::Source::Selected));
    CHECK(dialog->chosenIds()->size() == 1);
    // A period: received in the last quarter of 2025.
    dialog->sourceCombo()->setCurrentIndex(int(BriefingPackDialog::Source::Period));
    CHECK(dialog->chosenIds()->size() == 3);
    dialog->receivedRange()->setRange(QDate(2025, 10, 1), QDate(2025, 12, 31));
    CHECK(dialog->chosenIds()->size() == 1);
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("1")));
    dialog->receivedRange()->setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
    CHECK(dialog->chosenIds()->size() == 2);
    // None: the buttons are off and the count says why.
    dialog->receivedRange()->setRange(QDate(2020, 1, 1), QDate(2020, 12, 31));
    CHECK(dialog->chosenIds()->isEmpty());
    CHECK_FALSE(dialog->previewButton()->isEnabled());
    CHECK_FALSE(dialog->printButton()->isEnabled());
    CHECK_FALSE(dialog->savePdfButton()->isEnabled());
    CHECK(dialog->countLabel()->text().startsWith(QStringLiteral("No query")));
    // A saved search, with none saved.
    dialog->sourceCombo()->setCurrentIndex(int(BriefingPackDialog::Source::SavedSearch));
    CHECK_FALSE(dialog->previewButton()->isEnabled());
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("no saved search")));

    // 2025: two queries, previewed, then saved as two copies.
    dialog->sourceCombo()->setCurrentIndex(int(BriefingPackDialog::Source::Period));
    dialog->receivedRange()->setRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(dialog->previewButton()->isEnabled());
    dialog->previewButton()->click();
    PrintPreviewDialog* preview = previewWithPages(f);
    preview->close();
    REQUIRE(test::waitFor([&] { return f.window->findChild<PrintPreviewDialog*>() == nullptr; }));

    dialog->copiesSpin()->setValue(2);
    const QString path = f.dir.path() + QStringLiteral("/pack.pdf");
    dialog->savePdfButton()->click();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
    CHECK(modeOf(path) == 0600);
    const std::vector<RegisterEntry> entries = registerOf(f);
    REQUIRE(entries.size() == 2);
    for (const RegisterEntry& entry : entries) {
        CHECK(entry.document == DocumentKind::BriefingPack);
        CHECK(entry.profile == Profile::Briefing);
        CHECK(entry.references.size() == 2);
    }
    CHECK(entries[0].copyNumber == 1);
    CHECK(entries[1].copyNumber == 2);
}

TEST_CASE("the referral's extract and the draft's letter open in the preview")
{
    test::WorkspaceFixture f({ kAmara }, [](test::VaultSeed& seed) {
        const qint64 query = seed.create(QStringLiteral("Accession to the Convention"));
        const Result<partners::Partner> apt = seed.session->partners().find(QStringLiteral("APT"));
        REQUIRE(apt.ok());
        referrals::ReferralInput input;
        input.queryId = query;
        input.partnerId = apt->id;
        input.reason = QStringLiteral("Expertise on accession");
        input.shared = referrals::ReferralText::defaultSharedFields();
        REQUIRE(seed.session->referrals().propose(input).ok());
        drafts::DraftInput draft;
        draft.queryId = query;
        draft.title = QStringLiteral("Answer");
        draft.html = QStringLiteral("<p>The answer of the Secretariat.</p>");
        REQUIRE(seed.session->drafts().create(draft).ok());
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    QueryDetailPane* pane = f.queryPage()->detailPane();

    // Nothing selected: nothing to print.
    pane->showReferrals();
    ReferralsPanel* referrals = pane->referralsPanel();
    REQUIRE(referrals->referrals().size() == 1);
    referrals->selectReferral(referrals->referrals().front().id);
    REQUIRE(f.action("previewExtractAction")->isEnabled());
    f.action("previewExtractAction")->trigger();
    PrintPreviewDialog* extract = previewWithPages(f);
    CHECK(extract->windowTitle().contains(QStringLiteral("Partner extract")));
    extract->close();
    REQUIRE(test::waitFor([&] { return f.window->findChild<PrintPreviewDialog*>() == nullptr; }));

    pane->showDrafts();
    DraftsPanel* drafts = pane->draftsPanel();
    const std::vector<drafts::Draft> all
        = f.window->session()->drafts().draftsOf(f.query(QStringLiteral("AH-2026-0001")).id);
    REQUIRE(all.size() == 1);
    drafts->selectDraft(all.front().id);
    REQUIRE(f.action("previewDraftAction")->isEnabled());
    f.action("previewDraftAction")->trigger();
    PrintPreviewDialog* letter = previewWithPages(f);
    CHECK(letter->windowTitle().contains(PrintText::label(DocumentKind::DraftLetter)));

    // Save as PDF from the preview writes and registers the letter.
    const QString path = f.dir.path() + QStringLiteral("/letter.pdf");
    letter->findChild<QPushButton*>(QStringLiteral("savePdfButton"))->click();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
    const std::vector<RegisterEntry> entries = registerOf(f);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().document == DocumentKind::DraftLetter);
    CHECK(entries.front().profile == Profile::Internal);
    letter->close();
}

TEST_CASE(
    "Print first says that the print service keeps a copy and then opens the print dialog without printing to a file")
{
    test::WorkspaceFixture f(
        { kAmara }, [](test::VaultSeed& seed) { seed.create(QStringLiteral("Accession to the Convention")); });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));

    pressOnTable(f, Qt::Key_P, Qt::ControlModifier);
    const QString note = test::answerMessageBox(QMessageBox::Ok);
    CHECK(note.contains(QStringLiteral("keeps its own copy")));
    QPrintDialog* print = nullptr;
    REQUIRE(test::waitFor([&] {
        print = f.window->findChild<QPrintDialog*>(QStringLiteral("printDialog"));
        return print && print->isVisible();
    }));
    CHECK_FALSE(print->testOption(QAbstractPrintDialog::PrintToFile));
    CHECK_FALSE(print->testOption(QAbstractPrintDialog::PrintPageRange));
    // Qt's own "Print to File (PDF)" entry is not among the printers offered.
    for (QComboBox* combo : print->findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            CHECK_FALSE(combo->itemText(i).contains(QStringLiteral("File"), Qt::CaseInsensitive));
    }
    // No CUPS printer here: the dialog is left unanswered (cancelled); nothing is recorded.
    print->reject();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QPrintDialog*>() == nullptr; }));
    CHECK(registerOf(f).empty());

    // The second time, the dialog comes at once.
    pressOnTable(f, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] {
        print = f.window->findChild<QPrintDialog*>(QStringLiteral("printDialog"));
        return print && print->isVisible();
    }));
    CHECK(test::visibleMessageBox() == nullptr);
    // Accepted with no printer to print on: nothing printed, nothing recorded, and a box says so.
    print->accept();
    CHECK(test::answerMessageBox(QMessageBox::Ok).contains(QStringLiteral("Advice Hub prints only to a printer")));
    CHECK(registerOf(f).empty());
}

TEST_CASE("queries chosen by hand make the pack in the order they were added and the register lists them")
{
    test::WorkspaceFixture f({ kAmara }, [](test::VaultSeed& seed) {
        seed.create(QStringLiteral("Accession to the Convention"), QDate(2025, 1, 5));
        seed.create(QStringLiteral("Reporting under article 19"), QDate(2025, 1, 6));
        seed.create(QStringLiteral("National preventive mechanism"), QDate(2025, 1, 7));
        seed.create(QStringLiteral("Reporting on training of police"), QDate(2025, 1, 8));
    });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2025-0003"));
    f.action("briefingPackAction")->trigger();
    auto* dialog = f.dialog<BriefingPackDialog>("briefingPackDialog");
    REQUIRE_FALSE(dialog->chosenList()->isVisible());
    dialog->sourceCombo()->setCurrentIndex(int(BriefingPackDialog::Source::ByHand));
    REQUIRE(dialog->chosenList()->isVisible());
    // The query selected in the list starts the pack.
    REQUIRE(dialog->chosenList()->count() == 1);
    CHECK(dialog->chosenList()->item(0)->text().startsWith(QStringLiteral("AH-2025-0003")));
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("1")));

    // Words find two queries; typing and pressing Enter lists them; both are added.
    QTest::keyClicks(dialog->findEdit(), QStringLiteral("reporting"));
    QTest::keyClick(dialog->findEdit(), Qt::Key_Return);
    REQUIRE(dialog->matchList()->count() == 2);
    dialog->matchList()->selectAll();
    dialog->addButton()->click();
    REQUIRE(dialog->chosenList()->count() == 3);
    // Adding them again adds nothing.
    dialog->addButton()->click();
    CHECK(dialog->chosenList()->count() == 3);
    // A reference finds that query; a double-click (activation) adds it.
    dialog->findEdit()->setText(QStringLiteral("AH-2025-0001"));
    QTest::keyClick(dialog->findEdit(), Qt::Key_Return);
    REQUIRE(dialog->matchList()->count() == 1);
    Q_EMIT dialog->matchList()->itemActivated(dialog->matchList()->item(0));
    REQUIRE(dialog->chosenList()->count() == 4);

    // Delete takes the selected one out of the pack.
    dialog->chosenList()->setCurrentRow(1);
    const qint64 removed = dialog->chosenList()->item(1)->data(Qt::UserRole).toLongLong();
    dialog->chosenList()->setFocus();
    REQUIRE(test::activate(dialog));
    QTest::keyClick(dialog->chosenList(), Qt::Key_Delete);
    REQUIRE(dialog->chosenList()->count() == 3);
    const QList<qint64> ids = *dialog->chosenIds();
    CHECK_FALSE(ids.contains(removed));
    CHECK(ids.front() == f.query(QStringLiteral("AH-2025-0003")).id);
    CHECK(ids.back() == f.query(QStringLiteral("AH-2025-0001")).id);
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("3")));

    // Saved: the register lists the three, in the pack's order.
    const QString path = f.dir.path() + QStringLiteral("/chosen.pdf");
    REQUIRE(dialog->savePdfButton()->isEnabled());
    dialog->savePdfButton()->click();
    test::answerFileDialog(path);
    REQUIRE(test::waitFor([&] { return QFileInfo::exists(path); }));
    const std::vector<RegisterEntry> entries = registerOf(f);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.front().references.size() == 3);
    CHECK(entries.front().references.front() == QStringLiteral("AH-2025-0003"));
    CHECK(entries.front().references.back() == QStringLiteral("AH-2025-0001"));

    // Emptied by hand: nothing to print, and the count says how to fill it.
    dialog->chosenList()->selectAll();
    dialog->removeButton()->click();
    CHECK_FALSE(dialog->previewButton()->isEnabled());
    CHECK(dialog->countLabel()->text().contains(QStringLiteral("add them")));
}

} // namespace print_ui_test
