#include "printing/PrintActions.h"

#include "drafts/DraftsPanel.h"
#include "printing/BriefingPackDialog.h"
#include "printing/PrintController.h"
#include "printing/PrintService.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryPage.h"
#include "referrals/ReferralsPanel.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>

namespace advicehub::ui {

using namespace advicehub::printing;

namespace {

// AppSettings' UI state: a profile code ("internal", "briefing"), never anything of a case.
const QString kProfile = QStringLiteral("printProfile");

} // namespace

PrintActions::PrintActions(Session& session, AppSettings& settings, QueryPage& page)
    : QObject(&page),
      m_session(session),
      m_settings(settings),
      m_page(page),
      m_controller(new PrintController(session, settings, page))
{
    connect(m_controller, &PrintController::statusMessage, this, &PrintActions::statusMessage);
    connect(m_controller, &PrintController::recorded, this, &PrintActions::recorded);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator;
    QAction* preview
        = make("printPreviewAction", tr("Print Pre&view\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preview->setStatusTip(tr("Preview the case summary of the query shown, under the print profile chosen"));
    QAction* print = make("printAction", tr("&Print\u2026"), QKeySequence::Print);
    print->setStatusTip(tr("Print the case summary of the query shown (recorded in the print register)"));
    QAction* save = make("savePdfAction", tr("Save as P&DF\u2026"));
    save->setStatusTip(tr("Save the case summary of the query shown as a PDF (recorded in the print register)"));
    // The page carries the two shortcuts, so that they work wherever focus is in it.
    m_page.addAction(preview);
    m_page.addAction(print);

    m_profileMenu = new QMenu(tr("Print Pro&file"), &m_page);
    m_profileMenu->setObjectName(QStringLiteral("printProfileMenu"));
    m_profiles = new QActionGroup(this);
    m_profiles->setExclusive(true);
    for (Profile each : { Profile::Internal, Profile::Briefing }) {
        QAction* choice = m_profileMenu->addAction(PrintText::label(each));
        choice->setObjectName(QStringLiteral("printProfileAction_") + PrintText::code(each));
        choice->setCheckable(true);
        choice->setData(PrintText::code(each));
        m_profiles->addAction(choice);
        m_actions.insert(choice->objectName(), choice);
        connect(choice, &QAction::triggered, this, [this, each] { setProfile(each); });
    }
    m_profileMenu->menuAction()->setObjectName(QStringLiteral("printProfileMenuAction"));
    m_actions.insert(m_profileMenu->menuAction()->objectName(), m_profileMenu->menuAction());
    setProfile(profile());

    QAction* pack = make("briefingPackAction", tr("&Briefing Pack\u2026"));
    pack->setStatusTip(tr("Print or save a briefing pack of several queries"));

    QAction* previewExtract = make("previewExtractAction", tr("Preview E&xtract\u2026"));
    QAction* printExtract = make("printExtractAction", tr("Print E&xtract\u2026"));
    printExtract->setStatusTip(tr("Print what the selected referral shares with its partner"));
    QAction* saveExtract = make("saveExtractPdfAction", tr("Save Extract as PDF\u2026"));
    QAction* previewDraft = make("previewDraftAction", tr("Preview &Letter\u2026"));
    previewDraft->setStatusTip(tr("Preview the selected draft as a letter"));
    QAction* printDraft = make("printDraftAction", tr("Print &Letter\u2026"));
    QAction* saveDraft = make("saveDraftPdfAction", tr("Save Letter as PDF\u2026"));

    m_menuActions << preview << print << save << m_profileMenu->menuAction() << pack;
    auto* second = new QAction(this);
    second->setSeparator(true);
    m_menuActions << second << previewExtract << printExtract << saveExtract << previewDraft << printDraft << saveDraft;

    connect(preview, &QAction::triggered, this, &PrintActions::previewSummary);
    connect(print, &QAction::triggered, this, &PrintActions::printSummary);
    connect(save, &QAction::triggered, this, &PrintActions::saveSummaryPdf);
    connect(pack, &QAction::triggered, this, &PrintActions::briefingPack);
    connect(previewExtract, &QAction::triggered, this, &PrintActions::previewExtract);
    connect(printExtract, &QAction::triggered, this, &PrintActions::printExtract);
    connect(saveExtract, &QAction::triggered, this, &PrintActions::saveExtractPdf);
    connect(previewDraft, &QAction::triggered, this, &PrintActions::previewDraft);
    connect(printDraft, &QAction::triggered, this, &PrintActions::printDraft);
    connect(saveDraft, &QAction::triggered, this, &PrintActions::saveDraftPdf);

    ReferralsPanel* referrals = m_page.detailPane()->referralsPanel();
    referrals->setReferralActions({ previewExtract, printExtract, saveExtract });
    connect(referrals, &ReferralsPanel::selectionChanged, this, &PrintActions::update);
    DraftsPanel* drafts = m_page.detailPane()->draftsPanel();
    drafts->setActions({ previewDraft, printDraft, saveDraft });
    connect(drafts, &DraftsPanel::selectionChanged, this, &PrintActions::update);
    update();
}

QAction* PrintActions::make(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(action->objectName(), action);
    return action;
}

Profile PrintActions::profile() const
{
    const std::optional<Profile> stored = PrintText::profile(QString::fromLatin1(m_settings.uiState(kProfile)));
    return stored == Profile::Briefing ? Profile::Briefing : Profile::Internal;
}

void PrintActions::setProfile(Profile profile)
{
    if (profile != Profile::Briefing)
        profile = Profile::Internal;
    m_settings.setUiState(kProfile, PrintText::code(profile).toLatin1());
    for (QAction* choice : m_profiles->actions())
        choice->setChecked(choice->data().toString() == PrintText::code(profile));
}

std::optional<qint64> PrintActions::queryId() const
{
    const std::optional<queries::Query>& query = m_page.detailPane()->query();
    return query ? std::optional<qint64>(query->id) : std::nullopt;
}

std::optional<qint64> PrintActions::referralId() const
{
    const std::optional<referrals::Referral> selected = m_page.detailPane()->referralsPanel()->selectedReferral();
    return selected ? std::optional<qint64>(selected->id) : std::nullopt;
}

std::optional<qint64> PrintActions::draftId() const
{
    const std::optional<drafts::Draft> selected = m_page.detailPane()->draftsPanel()->selectedDraft();
    return selected ? std::optional<qint64>(selected->id) : std::nullopt;
}

void PrintActions::update()
{
    // Previews record nothing; a print or a PDF is recorded with the adviser working.
    const bool adviser = m_session.currentAdviserId().has_value();
    const bool query = queryId().has_value();
    const bool referral = referralId().has_value();
    const bool draft = draftId().has_value();
    const auto enable = [this](const char* name, bool on) { action(QLatin1String(name))->setEnabled(on); };
    enable("printPreviewAction", query);
    enable("printAction", query && adviser);
    enable("savePdfAction", query && adviser);
    enable("briefingPackAction", true);
    enable("previewExtractAction", referral);
    enable("printExtractAction", referral && adviser);
    enable("saveExtractPdfAction", referral && adviser);
    enable("previewDraftAction", draft);
    enable("printDraftAction", draft && adviser);
    enable("saveDraftPdfAction", draft && adviser);
}

void PrintActions::previewSummary()
{
    if (const std::optional<qint64> id = queryId()) {
        m_controller->preview([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().caseSummary(id, profile));
        });
    }
}

void PrintActions::printSummary()
{
    if (const std::optional<qint64> id = queryId()) {
        m_controller->print([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().caseSummary(id, profile));
        });
    }
}

void PrintActions::saveSummaryPdf()
{
    if (const std::optional<qint64> id = queryId()) {
        m_controller->savePdf([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().caseSummary(id, profile));
        });
    }
}

BriefingPackDialog* PrintActions::briefingPack()
{
    if (auto* open = m_page.findChild<BriefingPackDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    // A pack opens under the Core State briefing profile, the one that discloses less.
    auto* dialog = new BriefingPackDialog(m_session, *m_controller, m_page, Profile::Briefing);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void PrintActions::previewExtract()
{
    if (const std::optional<qint64> id = referralId())
        m_controller->preview(
            [this, id = *id] { return PrintController::copiesOf(m_session.printing().partnerExtract(id)); });
}

void PrintActions::printExtract()
{
    if (const std::optional<qint64> id = referralId())
        m_controller->print(
            [this, id = *id] { return PrintController::copiesOf(m_session.printing().partnerExtract(id)); });
}

void PrintActions::saveExtractPdf()
{
    if (const std::optional<qint64> id = referralId())
        m_controller->savePdf(
            [this, id = *id] { return PrintController::copiesOf(m_session.printing().partnerExtract(id)); });
}

void PrintActions::previewDraft()
{
    if (const std::optional<qint64> id = draftId()) {
        m_controller->preview([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().draftLetter(id, profile));
        });
    }
}

void PrintActions::printDraft()
{
    if (const std::optional<qint64> id = draftId()) {
        m_controller->print([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().draftLetter(id, profile));
        });
    }
}

void PrintActions::saveDraftPdf()
{
    if (const std::optional<qint64> id = draftId()) {
        m_controller->savePdf([this, id = *id, profile = profile()] {
            return PrintController::copiesOf(m_session.printing().draftLetter(id, profile));
        });
    }
}

} // namespace advicehub::ui
