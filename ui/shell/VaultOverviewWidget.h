#pragma once

#include <QWidget>

namespace advicehub {
class Vault;
}

namespace advicehub::ui {

// What an unlocked vault holds, at a glance: its file, format and reference data.
class VaultOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit VaultOverviewWidget(Vault& vault, QWidget* parent = nullptr);
};

} // namespace advicehub::ui
