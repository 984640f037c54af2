#pragma once

#include <QLabel>

namespace advicehub::ui {

// A quiet explanatory note in a dialog (what a choice does, what is kept where): plain text,
// wrapped, in the placeholder colour.
class NoteLabel : public QLabel {
    Q_OBJECT
public:
    explicit NoteLabel(const QString& text, QWidget* parent = nullptr) : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setForegroundRole(QPalette::PlaceholderText);
    }
};

} // namespace advicehub::ui
