#include "ModelStyle.h"

#include <QFontDatabase>

namespace bd::style {

QFont tabularFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::TypeWriter);
    return f;
}

QVariant amountAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

QColor negativeAmountColor()
{
    return QColor(0xb7, 0x3a, 0x3a);
}

QColor billableColor()
{
    return QColor(0x1f, 0x6f, 0xc5);
}

QColor proFormaColor()
{
    return QColor(0xe6, 0x9f, 0x00);
}

QColor marginColor()
{
    return QColor(0x2e, 0x8b, 0x57);
}

QColor mutedTextColor()
{
    return QColor(0x5f, 0x6b, 0x77);
}

QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor warningColor()
{
    return QColor(0xc7, 0x7c, 0x02);
}

QColor panelColor()
{
    return QColor(0xf7, 0xf9, 0xfb);
}

QColor ruleColor()
{
    return QColor(0xdd, 0xe2, 0xe8);
}

QColor tagBackgroundColor()
{
    return QColor(0xee, 0xf2, 0xf6);
}

} // namespace bd::style
