#include "StatusChipDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace bd {

namespace {
constexpr int HorizontalPadding = 8;
constexpr int VerticalPadding = 2;
constexpr int CellMargin = 4;

QFont chipFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 8.5);
    f.setBold(true);
    return f;
}
} // namespace

StatusChipDelegate::StatusChipDelegate(int colorRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colorRole(colorRole)
{
}

QSize StatusChipDelegate::chipSize(const QFont &font, const QString &text)
{
    const QFontMetrics fm(chipFont(font));
    // A few pixels of slack: painting may lay the bold text out a little wider than the metrics say.
    return {fm.horizontalAdvance(text) + 2 * HorizontalPadding + 10 + 6, fm.height() + 2 * VerticalPadding};
}

void StatusChipDelegate::paintChip(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
                                   const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = color;
    fill.setAlpha(36);
    QColor border = color;
    border.setAlpha(140);
    const QRectF r = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2.0;
    painter->setPen(QPen(border, 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, radius, radius);
    // A dot in the full colour, then the words in a darkened shade of it.
    const qreal dot = 6.0;
    const QPointF dotCenter(r.left() + HorizontalPadding + dot / 2.0, r.center().y());
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dotCenter, dot / 2.0, dot / 2.0);
    painter->setFont(chipFont(font));
    painter->setPen(color.darker(135));
    const QRectF textRect = r.adjusted(HorizontalPadding + dot + 4, 0, -HorizontalPadding + 4, 0);
    const QFontMetrics fm = painter->fontMetrics();
    const QString shown = fm.horizontalAdvance(text) <= textRect.width() + 2
        ? text
        : fm.elidedText(text, Qt::ElideRight, int(textRect.width()));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, shown);
    painter->restore();
}

QPixmap StatusChipDelegate::chipPixmap(const QString &text, const QColor &color, const QFont &font,
                                       qreal devicePixelRatio)
{
    const QSize size = chipSize(font, text);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintChip(&p, QRect(QPoint(0, 0), size), text, color, font);
    return pixmap;
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colorValue = index.data(m_colorRole);
    if (!colorValue.canConvert<QColor>() || !colorValue.value<QColor>().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background and selection as the style draws them, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QSize size = chipSize(option.font, text);
    const int width = qMin(size.width(), option.rect.width() - 2 * CellMargin);
    const int height = qMin(size.height(), option.rect.height() - 2);
    const QRect chip(option.rect.left() + CellMargin, option.rect.top() + (option.rect.height() - height) / 2, width,
                     height);
    const QColor color = colorValue.value<QColor>();
    if (option.state & QStyle::State_Selected) {
        // On the selection colour a white chip keeps the words readable.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
        painter->restore();
    }
    paintChip(painter, chip, text, color, option.font);
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QVariant colorValue = index.data(m_colorRole);
    if (!colorValue.canConvert<QColor>())
        return base;
    const QSize chip = chipSize(option.font, index.data(Qt::DisplayRole).toString());
    return {qMax(base.width(), chip.width() + 2 * CellMargin), qMax(base.height(), chip.height() + 4)};
}

} // namespace bd
