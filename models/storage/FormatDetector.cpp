#include "FormatDetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FormatDetector", text);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

QStringList FormatDetector::candidateColumns(CostFormat format, CostField field)
{
    switch (format) {
    case CostFormat::Cur2:
        switch (field) {
        case CostField::PayerAccount:
            return names({"bill_payer_account_id"});
        case CostField::PayerName:
            return names({"bill_payer_account_name"});
        case CostField::UsageAccount:
            return names({"line_item_usage_account_id"});
        case CostField::UsageAccountName:
            return names({"line_item_usage_account_name"});
        case CostField::BillingPeriodStart:
            return names({"bill_billing_period_start_date"});
        case CostField::UsageStart:
            return names({"line_item_usage_start_date"});
        case CostField::LineItemType:
            return names({"line_item_line_item_type"});
        case CostField::ServiceCode:
            return names({"line_item_product_code", "product_servicecode"});
        case CostField::ServiceName:
            return names({"product_product_name", "product_servicename"});
        case CostField::UsageType:
            return names({"line_item_usage_type"});
        case CostField::Operation:
            return names({"line_item_operation"});
        case CostField::Region:
            return names({"product_region_code", "product_region"});
        case CostField::BillingEntity:
            return names({"bill_billing_entity"});
        case CostField::InvoicingEntity:
            return names({"bill_invoicing_entity"});
        case CostField::TaxType:
            return names({"line_item_tax_type"});
        case CostField::InvoiceId:
            return names({"bill_invoice_id"});
        case CostField::Currency:
            return names({"line_item_currency_code"});
        case CostField::UsageQuantity:
            return names({"line_item_usage_amount"});
        case CostField::Cost:
            return names({"line_item_unblended_cost"});
        case CostField::NetCost:
            return names({"line_item_net_unblended_cost"});
        case CostField::PublicOnDemand:
            return names({"pricing_public_on_demand_cost"});
        case CostField::BlendedCost:
            return names({"line_item_blended_cost"});
        case CostField::UsageEnd:
            return names({"line_item_usage_end_date"});
        case CostField::BillingPeriodEnd:
            return names({"bill_billing_period_end_date"});
        case CostField::Provider:
        case CostField::EffectiveCost:
        case CostField::ContractedCost:
        case CostField::Count:
            return {};
        }
        break;
    case CostFormat::LegacyCur:
        switch (field) {
        case CostField::PayerAccount:
            return names({"bill/PayerAccountId"});
        case CostField::PayerName:
            return {};
        case CostField::UsageAccount:
            return names({"lineItem/UsageAccountId"});
        case CostField::UsageAccountName:
            return names({"lineItem/UsageAccountName"});
        case CostField::BillingPeriodStart:
            return names({"bill/BillingPeriodStartDate"});
        case CostField::UsageStart:
            return names({"lineItem/UsageStartDate"});
        case CostField::LineItemType:
            return names({"lineItem/LineItemType"});
        case CostField::ServiceCode:
            return names({"lineItem/ProductCode", "product/servicecode"});
        case CostField::ServiceName:
            return names({"product/ProductName", "product/servicename"});
        case CostField::UsageType:
            return names({"lineItem/UsageType"});
        case CostField::Operation:
            return names({"lineItem/Operation"});
        case CostField::Region:
            return names({"product/regionCode", "product/region"});
        case CostField::BillingEntity:
            return names({"bill/BillingEntity"});
        case CostField::InvoicingEntity:
            return names({"bill/InvoicingEntity"});
        case CostField::TaxType:
            return names({"lineItem/TaxType"});
        case CostField::InvoiceId:
            return names({"bill/InvoiceId"});
        case CostField::Currency:
            return names({"lineItem/CurrencyCode"});
        case CostField::UsageQuantity:
            return names({"lineItem/UsageAmount"});
        case CostField::Cost:
            return names({"lineItem/UnblendedCost"});
        case CostField::NetCost:
            return names({"lineItem/NetUnblendedCost"});
        case CostField::PublicOnDemand:
            return names({"pricing/publicOnDemandCost"});
        case CostField::BlendedCost:
            return names({"lineItem/BlendedCost"});
        case CostField::UsageEnd:
            return names({"lineItem/UsageEndDate"});
        case CostField::BillingPeriodEnd:
            return names({"bill/BillingPeriodEndDate"});
        case CostField::Provider:
        case CostField::EffectiveCost:
        case CostField::ContractedCost:
        case CostField::Count:
            return {};
        }
        break;
    case CostFormat::Focus:
        switch (field) {
        case CostField::PayerAccount:
            return names({"BillingAccountId"});
        case CostField::PayerName:
            return names({"BillingAccountName"});
        case CostField::UsageAccount:
            return names({"SubAccountId"});
        case CostField::UsageAccountName:
            return names({"SubAccountName"});
        case CostField::BillingPeriodStart:
            return names({"BillingPeriodStart"});
        case CostField::UsageStart:
            return names({"ChargePeriodStart"});
        case CostField::LineItemType:
            return names({"ChargeCategory"});
        case CostField::ServiceCode:
            return names({"x_ServiceCode", "ServiceName"});
        case CostField::ServiceName:
            return names({"ServiceName"});
        case CostField::UsageType:
            return names({"x_UsageType"});
        case CostField::Operation:
            return names({"x_Operation"});
        case CostField::Region:
            return names({"RegionId", "Region"});
        case CostField::BillingEntity:
            return names({"PublisherName"});
        case CostField::InvoicingEntity:
            return names({"InvoiceIssuerName", "InvoiceIssuer"});
        case CostField::TaxType:
            return {};
        case CostField::InvoiceId:
            return names({"InvoiceId", "x_InvoiceId"});
        case CostField::Currency:
            return names({"BillingCurrency"});
        case CostField::UsageQuantity:
            return names({"ConsumedQuantity", "UsageQuantity"});
        case CostField::Cost:
            return names({"BilledCost"});
        case CostField::NetCost:
            return {};
        case CostField::PublicOnDemand:
            return names({"ListCost"});
        case CostField::Provider:
            return names({"ProviderName", "ServiceProviderName", "Provider"});
        case CostField::EffectiveCost:
            return names({"EffectiveCost"});
        case CostField::ContractedCost:
            return names({"ContractedCost"});
        case CostField::UsageEnd:
            return names({"ChargePeriodEnd"});
        case CostField::BillingPeriodEnd:
            return names({"BillingPeriodEnd"});
        case CostField::BlendedCost:
        case CostField::Count:
            return {};
        }
        break;
    case CostFormat::Auto:
        break;
    }
    return {};
}

bool FormatDetector::isRequired(CostField field)
{
    switch (field) {
    case CostField::PayerAccount:
    case CostField::BillingPeriodStart:
    case CostField::LineItemType:
    case CostField::Currency:
    case CostField::Cost:
        return true;
    default:
        return false;
    }
}

QString DetectedFormat::columnName(CostField field) const
{
    const int c = columnOf(field);
    if (c >= 0 && c < header.size())
        return header.at(c);
    const QStringList candidates = FormatDetector::candidateColumns(format, field);
    return candidates.value(0);
}

QString FormatDetector::otherProvider(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(h.trimmed().toLower());
    const auto has = [&](const char *name) { return names.contains(QString::fromLatin1(name).toLower()); };
    // A FOCUS export of any provider is FOCUS (its other providers' rows are skipped): only the providers' own
    // formats are named here.
    if (has("BilledCost") || has("ChargeCategory") || has("line_item_unblended_cost") || has("lineItem/UnblendedCost"))
        return {};
    // Azure usage details: EA (SubscriptionGuid, MeterCategory, CostInBillingCurrency, ...) and MCA
    // (meterCategory, costInBillingCurrency, billingProfileId, ...): BillingAccountId looks like FOCUS.
    if (has("MeterCategory") || has("MeterId") || has("SubscriptionGuid") || has("CostInBillingCurrency")
        || has("ConsumedService") || has("ResourceGroup") || has("ResourceGroupName"))
        return tr("Microsoft Azure (EA or MCA usage details)");
    // Google Cloud billing export (BigQuery columns, or the console's cost table CSV).
    if (has("service.description") || has("sku.id") || has("project.id") || has("usage_start_time") || has("cost_type")
        || (has("SKU ID") && has("Project ID")) || has("Service description"))
        return tr("Google Cloud (billing export)");
    // Oracle Cloud Infrastructure cost reports.
    if (has("lineItem/tenantId") || has("lineItem/referenceNo") || has("cost/myCost") || has("product/compartmentId")
        || has("lineItem/intervalUsageStart"))
        return tr("Oracle Cloud Infrastructure (cost report)");
    return {};
}

Result<DetectedFormat> FormatDetector::detect(const QStringList &rawHeader, CostFormat forced, const QString &fileName)
{
    DetectedFormat result;
    result.column.fill(-1);
    for (const QString &h : rawHeader)
        result.header << h.trimmed();
    // "Line 1" or "costs.csv, line 1": every message names the file when it is known.
    const QString line1 = fileName.isEmpty() ? tr("Line 1") : tr("%1, line 1").arg(fileName);
    const QString inFile = fileName.isEmpty() ? QString() : tr(" (file %1)").arg(fileName);

    bool blank = true;
    for (const QString &h : std::as_const(result.header))
        blank = blank && h.isEmpty();
    if (blank)
        return Error::input(QStringLiteral("header"), QStringLiteral("NO_HEADER"),
                            tr("%1: the first line is empty; a cost export starts with a header line naming its "
                               "columns (bill_payer_account_id, ..., or BillingAccountId, ...). Is the file empty or "
                               "cut short?")
                                .arg(line1));
    if (const QString provider = otherProvider(result.header); !provider.isEmpty())
        return Error::input(QStringLiteral("header"), QStringLiteral("OTHER_PROVIDER_EXPORT"),
                            tr("%1: this is a cost export of %2, which BillingDesk does not read. BillingDesk reads "
                               "AWS cost exports: CUR 2.0, legacy CUR and FOCUS 1.0 to 1.2.")
                                .arg(line1, provider));

    // Case-insensitive lookup; remember duplicates.
    QHash<QString, int> index;
    QHash<QString, QList<int>> duplicates;
    for (int i = 0; i < result.header.size(); ++i) {
        const QString key = result.header.at(i).toLower();
        if (key.isEmpty())
            continue;
        if (index.contains(key))
            duplicates[key] << i;
        else
            index.insert(key, i);
    }
    const auto has = [&](const char *name) { return index.contains(QString::fromLatin1(name).toLower()); };

    CostFormat detected = CostFormat::Auto;
    if (has("lineItem/UnblendedCost") || has("bill/PayerAccountId") || has("lineItem/LineItemType"))
        detected = CostFormat::LegacyCur;
    else if (has("line_item_unblended_cost") || has("bill_payer_account_id") || has("line_item_line_item_type"))
        detected = CostFormat::Cur2;
    else if (has("BilledCost") || has("BillingAccountId") || has("ChargeCategory"))
        detected = CostFormat::Focus;

    if (forced != CostFormat::Auto && detected != CostFormat::Auto && forced != detected)
        return Error::input(QStringLiteral("format"), QStringLiteral("FORMAT_MISMATCH"),
                            tr("The file%3 was declared as %1, but its header is %2. Choose the right format, or "
                               "\"auto\".")
                                .arg(costFormatDisplayName(forced), costFormatDisplayName(detected), inFile));
    if (detected == CostFormat::Auto) {
        QString first = result.header.mid(0, 5).join(QStringLiteral(", "));
        if (first.size() > 200)
            first = first.left(200) + QStringLiteral("...");
        return Error::input(
            QStringLiteral("header"), QStringLiteral("UNKNOWN_FORMAT"),
            tr("%2: the header (%1) is not an AWS cost export. BillingDesk reads AWS CUR 2.0 "
               "(bill_payer_account_id, line_item_unblended_cost, ...), legacy CUR "
               "(bill/PayerAccountId, lineItem/UnblendedCost, ...) and FOCUS 1.0 to 1.2 (BillingAccountId, "
               "BilledCost, ...) CSV files.")
                .arg(first, line1));
    }
    result.format = detected;

    for (int f = 0; f < int(CostField::Count); ++f) {
        const auto field = CostField(f);
        for (const QString &candidate : candidateColumns(detected, field)) {
            const auto it = index.constFind(candidate.toLower());
            if (it != index.cend()) {
                result.column[std::size_t(f)] = it.value();
                break;
            }
        }
    }
    // Duplicates of a column we read are ambiguous: refuse. Others are only noted.
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it) {
        const int first = index.value(it.key());
        bool used = false;
        for (int c : result.column)
            used = used || c == first;
        QStringList positions {QString::number(first + 1)};
        for (int p : it.value())
            positions << QString::number(p + 1);
        if (used)
            return Error::input(QStringLiteral("header"), QStringLiteral("DUPLICATE_COLUMN"),
                                tr("%3: the column \"%1\" appears more than once (columns %2); BillingDesk cannot "
                                   "tell which one to use. Remove the extra column and import again.")
                                    .arg(result.header.at(first), positions.join(QStringLiteral(", ")), line1));
        result.warnings << tr("The column \"%1\" appears more than once (columns %2); it is not used.")
                               .arg(result.header.at(first), positions.join(QStringLiteral(", ")));
    }
    for (int f = 0; f < int(CostField::Count); ++f) {
        const auto field = CostField(f);
        if (isRequired(field) && !result.has(field))
            return Error::input(
                QStringLiteral("header"), QStringLiteral("MISSING_COLUMN"),
                tr("%3: the %1 file has no column \"%2\", which BillingDesk needs.")
                    .arg(costFormatDisplayName(detected), candidateColumns(detected, field).value(0), line1));
    }

    switch (detected) {
    case CostFormat::Cur2:
        result.version = QStringLiteral("CUR 2.0");
        break;
    case CostFormat::LegacyCur:
        result.version = QStringLiteral("legacy CUR");
        break;
    case CostFormat::Focus:
        if (has("InvoiceId") || has("BillingAccountType") || has("SubAccountType") || has("PricingCurrency"))
            result.version = QStringLiteral("FOCUS 1.2");
        else if (has("ServiceSubcategory") || has("CommitmentDiscountQuantity") || has("SkuMeter")
                 || has("CapacityReservationId"))
            result.version = QStringLiteral("FOCUS 1.1");
        else
            result.version = QStringLiteral("FOCUS 1.0");
        break;
    case CostFormat::Auto:
        break;
    }
    return result;
}

} // namespace bd
