// Vault Information (Vault menu) shows what the vault holds as the core counts it
// (vault/VaultStatistics.h): the UI runs no SQL of its own.
#include "WindowFixture.h"
#include "advisers/AdviserService.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMap>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace vault_information_ui_test {

using namespace advicehub;

namespace {

// The rows of the dialog's "Reference data" box: label → value, as the user reads them.
QMap<QString, QString> referenceDataShown(QDialog* dialog)
{
    QMap<QString, QString> rows;
    for (auto* box : dialog->findChildren<QGroupBox*>()) {
        if (box->title() != QLatin1String("Reference data"))
            continue;
        auto* form = qobject_cast<QFormLayout*>(box->layout());
        REQUIRE(form != nullptr);
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* label = form->itemAt(row, QFormLayout::LabelRole);
            auto* field = form->itemAt(row, QFormLayout::FieldRole);
            if (!label || !field)
                continue;
            auto* labelWidget = qobject_cast<QLabel*>(label->widget());
            auto* fieldWidget = qobject_cast<QLabel*>(field->widget());
            if (labelWidget && fieldWidget)
                rows.insert(labelWidget->text(), fieldWidget->text());
        }
    }
    return rows;
}

} // namespace

TEST_CASE("Vault Information shows the reference data the vault holds")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.ahv"));
    {
        auto vault = test::createVault(path);
        ManualClock clock;
        advisers::AdviserService advisers(vault->connection(), clock);
        REQUIRE(advisers.add(QStringLiteral("Amara Quillfeather")).ok());
    }
    test::WindowFixture f;
    f.unlock(path);
    f.child<QAction>("vaultInfoAction")->trigger();
    auto* dialog = f.window->findChild<QDialog*>(QStringLiteral("vaultInformationDialog"));
    REQUIRE(dialog != nullptr);
    const QMap<QString, QString> shown = referenceDataShown(dialog);
    // The seeded reference data (tests/core/ReferenceDataTest.cpp counts it in the vault).
    CHECK(shown.value(QStringLiteral("States:")) == QStringLiteral("195 (of which 7 Core States)"));
    CHECK(shown.value(QStringLiteral("Themes:")) == QStringLiteral("18"));
    CHECK(shown.value(QStringLiteral("Channels:")) == QStringLiteral("7"));
    CHECK(shown.value(QStringLiteral("UNCAT articles:")) == QStringLiteral("33"));
    CHECK(shown.value(QStringLiteral("Partners:")) == QStringLiteral("10"));
    dialog->reject();
}

} // namespace vault_information_ui_test
