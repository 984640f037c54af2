#pragma once

#include <QLayout>
#include <QList>

namespace advicehub::ui {

// Lays widgets out left to right and wraps to a new line when the width runs out (Qt's flow
// layout example), so that a row of filter buttons fits narrow windows.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), true); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool measureOnly) const;

    QList<QLayoutItem*> m_items;
    int m_gap;
};

} // namespace advicehub::ui
