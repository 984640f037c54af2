// The request in brief (issue 13) in the query form: a short box above the request, saved with
// the query and shown again when it is edited.
#include "WorkspaceFixture.h"
#include "common/InlineError.h"
#include "queries/QueryFormDialog.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QPushButton>

namespace query_summary_form_ui_test {

using namespace advicehub;
using namespace advicehub::ui;

TEST_CASE("the query form edits the request in brief")
{
    test::WorkspaceFixture f({ QStringLiteral("Amara Quillfeather") },
        [](test::VaultSeed& seed) { seed.create(QStringLiteral("Custody questions")); });
    f.showView(queries::QueryView::All);
    f.select(QStringLiteral("AH-2026-0001"));
    f.action("editQueryAction")->trigger();
    auto* form = f.dialog<QueryFormDialog>("queryFormDialog");
    auto* summary = form->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    REQUIRE(summary != nullptr);
    CHECK(summary->toPlainText().isEmpty());
    summary->setPlainText(QStringLiteral("  Asks about custody registers.  "));
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    REQUIRE(test::waitFor([&] { return f.window->findChild<QueryFormDialog*>() == nullptr; }));
    CHECK(f.query(QStringLiteral("AH-2026-0001")).fields.summary == QStringLiteral("Asks about custody registers."));

    f.action("editQueryAction")->trigger();
    form = f.dialog<QueryFormDialog>("queryFormDialog");
    summary = form->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    CHECK(summary->toPlainText() == QStringLiteral("Asks about custody registers."));
    summary->setPlainText(QString(2001, QLatin1Char('x')));
    form->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    // Refused with the field's message; the form stays open.
    QWidget* error = form->errorLabel(queries::QueryField::Summary);
    REQUIRE(error != nullptr);
    CHECK(test::waitFor([&] { return error->isVisible(); }));
    CHECK(f.window->findChild<QueryFormDialog*>() != nullptr);
    CHECK(f.query(QStringLiteral("AH-2026-0001")).fields.summary == QStringLiteral("Asks about custody registers."));
    form->reject();
}

} // namespace query_summary_form_ui_test
