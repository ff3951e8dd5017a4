#include "TwoLineDelegate.h"

#include "itemmodels/ModelStyle.h"

#include <QApplication>
#include <QPainter>

namespace bd {

namespace {
constexpr int Padding = 6;
}

TwoLineDelegate::TwoLineDelegate(int secondaryRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_secondaryRole(secondaryRole)
{
}

QFont TwoLineDelegate::secondaryFont(const QFont &base)
{
    QFont f = style::tabularFont();
    f.setPointSizeF((base.pointSizeF() > 0 ? base.pointSizeF() : 9.0) * 0.82);
    return f;
}

int TwoLineDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() + QFontMetrics(secondaryFont(font)).height() + 10;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString secondary = index.data(m_secondaryRole).toString();
    if (secondary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString primary = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(Padding, 0, -Padding, 0);
    const QFontMetrics fm(opt.font);
    const QFont small = secondaryFont(opt.font);
    const QFontMetrics sfm(small);
    const int total = fm.height() + sfm.height();
    const int top = r.top() + (r.height() - total) / 2;
    painter->save();
    painter->setFont(opt.font);
    QColor text = selected ? option.palette.highlightedText().color() : opt.palette.text().color();
    if (!selected) {
        const QVariant fg = index.data(Qt::ForegroundRole);
        if (fg.canConvert<QColor>() && fg.value<QColor>().isValid())
            text = fg.value<QColor>();
        else if (fg.canConvert<QBrush>())
            text = fg.value<QBrush>().color();
    }
    painter->setPen(text);
    painter->drawText(QRect(r.left(), top, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(primary, Qt::ElideRight, r.width()));
    painter->setFont(small);
    painter->setPen(selected ? option.palette.highlightedText().color() : style::mutedTextColor());
    painter->drawText(QRect(r.left(), top + fm.height(), r.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(secondary, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString secondary = index.data(m_secondaryRole).toString();
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (secondary.isEmpty())
        return base;
    const int width = std::max(QFontMetrics(option.font).horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                               QFontMetrics(secondaryFont(option.font)).horizontalAdvance(secondary))
        + 2 * Padding + 4;
    return {width, std::max(base.height(), rowHeight(option.font))};
}

} // namespace bd
