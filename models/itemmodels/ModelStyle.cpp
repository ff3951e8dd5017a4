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
    return QColor(0x66, 0x66, 0x66);
}

} // namespace bd::style
