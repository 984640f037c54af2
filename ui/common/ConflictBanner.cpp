#include "common/ConflictBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace advicehub::ui {

namespace {

QString partName(const QString& prefix, const char* name)
{
    QString out = prefix + QLatin1String(name);
    if (prefix.isEmpty())
        out[0] = out[0].toLower();
    return out;
}

} // namespace

ConflictBanner::ConflictBanner(const QString& prefix, QWidget* parent) : QWidget(parent)
{
    setObjectName(partName(prefix, "ConflictBanner"));
    m_text = new QLabel(this);
    m_text->setObjectName(partName(prefix, "ConflictLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_reload = new QPushButton(tr("&Reload Their Version"), this);
    m_reload->setObjectName(partName(prefix, "ReloadButton"));
    m_reload->setToolTip(tr("Show what is saved now; your changes here are discarded"));
    m_overwrite = new QPushButton(tr("Save &Mine Anyway"), this);
    m_overwrite->setObjectName(partName(prefix, "OverwriteButton"));
    m_overwrite->setToolTip(tr("Replace the other change with what you see here"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_overwrite);
    hide();
    connect(m_reload, &QPushButton::clicked, this, &ConflictBanner::reloadRequested);
    connect(m_overwrite, &QPushButton::clicked, this, &ConflictBanner::overwriteRequested);
}

void ConflictBanner::showConflict(const QString& message)
{
    m_text->setText(message);
    show();
}

} // namespace advicehub::ui
