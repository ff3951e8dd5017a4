#include "ImportService.h"

#include "Services.h"

namespace bd {

ImportService::ImportService(Services &services)
    : QObject(nullptr)
    , m_services(services)
{
}

ImportService::~ImportService() = default;

Result<DetectedFile> ImportService::inspect(const QString &, CostFormat, qint64) const
{
    return Error::internal(tr("Importing is not available yet."));
}

Result<ImportReport> ImportService::importFile(const ImportOptions &, const ImportProgress &)
{
    return Error::internal(tr("Importing is not available yet."));
}

QList<ImportRecord> ImportService::imports() const
{
    return {};
}

std::optional<ImportRecord> ImportService::importRecord(qint64) const
{
    return std::nullopt;
}

Status ImportService::removeImport(qint64)
{
    return Error::internal(tr("Importing is not available yet."));
}

Result<QList<CostTotal>> ImportService::costTotals(const CostQuery &) const
{
    return QList<CostTotal>{};
}

qint64 ImportService::lineItemCount(qint64) const
{
    return 0;
}

bool ImportService::billableHidden() const
{
    return m_services.roleOf(m_services.actingAccountId()) == QStringLiteral("bill-source");
}

QString ImportService::organizationIdForPayer(const QString &payerAccountId)
{
    return QStringLiteral("o-") + payerAccountId;
}

void ImportService::notifyImported()
{
    Q_EMIT importsChanged();
    Q_EMIT m_services.dataChanged();
}

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
        return ImportService::tr("Automatic");
    case CostFormat::Cur2:
        return ImportService::tr("AWS CUR 2.0");
    case CostFormat::LegacyCur:
        return ImportService::tr("AWS legacy CUR");
    case CostFormat::Focus:
        return ImportService::tr("FOCUS");
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
