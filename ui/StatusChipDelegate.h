#pragma once

#include <QStyledItemDelegate>

namespace bd {

// Paints a cell's text inside a small rounded chip in the colour the model gives under colorRole
// (a QColor): a pale fill, a darker border and text in the status colour. Cells without a colour paint as usual.
class StatusChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusChipDelegate(int colorRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Paints one chip with its top-left at `at` (also used by the detail pane and the graph's legend).
    static QSize chipSize(const QFont &font, const QString &text);
    static void paintChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
                          const QFont &font);
    // A chip as a pixmap (for labels in the detail pane).
    static QPixmap chipPixmap(const QString &text, const QColor &color, const QFont &font,
                              qreal devicePixelRatio = 1.0);

private:
    int m_colorRole;
};

} // namespace bd
