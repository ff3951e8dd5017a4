#pragma once

#include <QStyledItemDelegate>

namespace bd {

// Paints a cell as two lines: the display text, and under it the text of secondaryRole in a smaller, muted
// monospace font (an id, an account number). Cells without secondary text paint as usual, vertically centred.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TwoLineDelegate(int secondaryRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QFont secondaryFont(const QFont &base);
    // The row height two lines need with this font.
    static int rowHeight(const QFont &font);

private:
    int m_secondaryRole;
};

} // namespace bd
