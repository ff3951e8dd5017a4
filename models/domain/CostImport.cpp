#include "CostImport.h"

#include <QCoreApplication>

namespace bd {

QString costFormatKey(CostFormat format)
{
    switch (format) {
    case CostFormat::Auto:
        return QStringLiteral("auto");
    case CostFormat::Cur2:
        return QStringLiteral("cur2");
    case CostFormat::LegacyCur:
        return QStringLiteral("cur");
    case CostFormat::Focus:
        return QStringLiteral("focus");
    }
    return {};
}

std::optional<CostFormat> costFormatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("auto"))
        return CostFormat::Auto;
    if (k == QLatin1String("cur2"))
        return CostFormat::Cur2;
    if (k == QLatin1String("cur") || k == QLatin1String("cur1") || k == QLatin1String("legacy"))
        return CostFormat::LegacyCur;
    if (k == QLatin1String("focus"))
        return CostFormat::Focus;
    return std::nullopt;
}

QString costFormatDisplayName(CostFormat format)
{
    switch (format) {
    case CostFormat::Auto:
        return QCoreApplication::translate("ImportService", "Automatic");
    case CostFormat::Cur2:
        return QCoreApplication::translate("ImportService", "AWS CUR 2.0");
    case CostFormat::LegacyCur:
        return QCoreApplication::translate("ImportService", "AWS legacy CUR");
    case CostFormat::Focus:
        return QCoreApplication::translate("ImportService", "FOCUS");
    }
    return {};
}

QString costViewKey(CostView view)
{
    return view == CostView::ProForma ? QStringLiteral("proforma") : QStringLiteral("billable");
}

std::optional<CostView> costViewFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("billable"))
        return CostView::Billable;
    if (k == QLatin1String("proforma") || k == QLatin1String("pro-forma"))
        return CostView::ProForma;
    return std::nullopt;
}

} // namespace bd
