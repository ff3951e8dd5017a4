#include "ElidedLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace bd {

ElidedLabel::ElidedLabel(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(std::max(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false); // the wrapping is ours: the height stays what was reserved
    setProperty("elidesWithToolTip", true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(reservedHeight());
}

void ElidedLabel::setText(const QString &text)
{
    QLabel::setText(text);
    updateToolTip();
    update();
}

int ElidedLabel::reservedHeight() const
{
    const QMargins m = contentsMargins();
    return m_lines * fontMetrics().lineSpacing() + m.top() + m.bottom() + 2 * margin();
}

QSize ElidedLabel::sizeHint() const
{
    // Independent of the text: a label that shows reasons as they come must not make its window grow.
    return {20 * fontMetrics().averageCharWidth(), reservedHeight()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4, reservedHeight()};
}

QStringList ElidedLabel::visibleLines(int width) const
{
    QStringList result;
    const QString all = text();
    if (all.isEmpty() || width <= 0)
        return result;
    const QFontMetrics fm = fontMetrics();
    QTextLayout layout(all, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<std::pair<int, int>> ranges; // (start, length) per wrapped line
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ranges.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    for (int i = 0; i < ranges.size() && i < m_lines; ++i) {
        const bool last = i == m_lines - 1 && ranges.size() > m_lines;
        if (last)
            result << fm.elidedText(all.mid(ranges[i].first).simplified(), Qt::ElideRight, width);
        else
            result << all.mid(ranges[i].first, ranges[i].second).trimmed();
    }
    // A single word longer than the width: elide it too.
    for (QString &line : result)
        if (fm.horizontalAdvance(line) > width)
            line = fm.elidedText(line, Qt::ElideRight, width);
    return result;
}

bool ElidedLabel::isElided() const
{
    const QString all = text();
    if (all.isEmpty())
        return false;
    const QStringList shown = visibleLines(contentsRect().width() - 2 * margin());
    QString joined = shown.join(QLatin1Char(' '));
    return joined.simplified() != all.simplified();
}

void ElidedLabel::updateToolTip()
{
    setToolTip(isElided() ? text() : QString());
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const int lineHeight = fontMetrics().lineSpacing();
    const QStringList shown = visibleLines(area.width());
    for (int i = 0; i < shown.size(); ++i) {
        const QRect r(area.left(), area.top() + i * lineHeight, area.width(), lineHeight);
        style()->drawItemText(&painter, r, int(alignment() & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, palette(),
                              isEnabled(), shown.at(i), foregroundRole());
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        setFixedHeight(reservedHeight());
        updateToolTip();
    }
}

} // namespace bd
