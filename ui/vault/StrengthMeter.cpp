#include "vault/StrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace advicehub::ui {

StrengthMeter::StrengthMeter(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("strengthMeter"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 128);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    evaluate({});
}

void StrengthMeter::evaluate(const QString& passphrase)
{
    m_strength = crypto::PassphrasePolicy::evaluate(passphrase);
    m_bar->setValue(std::clamp(static_cast<int>(m_strength.entropyBits), 0, 128));
    using Level = crypto::PassphraseStrength::Level;
    const char* colour = "#b3261e";
    switch (m_strength.level) {
    case Level::VeryWeak:
    case Level::Weak:
        colour = "#b3261e";
        break;
    case Level::Fair:
        colour = "#b36b00";
        break;
    case Level::Strong:
    case Level::VeryStrong:
        colour = "#1e7b34";
        break;
    }
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colour)));
    m_label->setText(passphrase.isEmpty() ? m_strength.advice
                                          : tr("Strength: %1 (about %2 bits). %3")
                                                .arg(m_strength.label)
                                                .arg(static_cast<int>(m_strength.entropyBits))
                                                .arg(m_strength.advice));
    m_bar->setAccessibleName(tr("Passphrase strength: %1").arg(m_strength.label));
}

} // namespace advicehub::ui
