#pragma once

#include "crypto/PassphrasePolicy.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace advicehub::ui {

// Shows the zxcvbn estimate of a passphrase as a bar, a word and one line of advice.
class StrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void evaluate(const QString& passphrase);
    const crypto::PassphraseStrength& strength() const { return m_strength; }

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    crypto::PassphraseStrength m_strength;
};

} // namespace advicehub::ui
