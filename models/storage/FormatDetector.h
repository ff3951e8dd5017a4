#pragma once

#include "domain/CostImport.h"
#include "domain/Result.h"

#include <QStringList>

#include <array>

namespace bd {

// The fields BillingDesk takes from a cost export (DOMAIN.md section 7).
enum class CostField {
    PayerAccount,
    PayerName,
    UsageAccount,
    UsageAccountName,
    BillingPeriodStart,
    UsageStart,
    LineItemType,
    ServiceCode,
    ServiceName,
    UsageType,
    Operation,
    Region,
    BillingEntity,
    InvoicingEntity,
    TaxType,
    InvoiceId,
    Currency,
    UsageQuantity,
    Cost, // unblended cost (CUR) or BilledCost (FOCUS)
    NetCost, // net unblended cost (CUR): billable when the column is present and the value is not null
    PublicOnDemand, // pricing_public_on_demand_cost (CUR) or ListCost (FOCUS)
    Provider, // FOCUS ProviderName: rows of other providers are skipped
    // Read and validated, not stored: every column that is read is checked (number format, range, date) even when
    // it is not summed, so a file with a damaged value in one of them is refused like any other bad value.
    BlendedCost, // line_item_blended_cost (CUR 2.0), lineItem/BlendedCost (legacy CUR)
    EffectiveCost, // FOCUS EffectiveCost
    ContractedCost, // FOCUS ContractedCost
    UsageEnd, // line_item_usage_end_date, lineItem/UsageEndDate, ChargePeriodEnd
    BillingPeriodEnd, // bill_billing_period_end_date, bill/BillingPeriodEndDate, BillingPeriodEnd
    Count
};

// The format of a file, found from its header row, and where each field is.
struct DetectedFormat
{
    CostFormat format = CostFormat::Auto;
    QString version; // "CUR 2.0", "legacy CUR", "FOCUS 1.0", "FOCUS 1.1", "FOCUS 1.2"
    std::array<int, int(CostField::Count)> column {}; // index in the header, -1 when absent
    QStringList header;
    QStringList warnings;

    int columnOf(CostField field) const { return column[std::size_t(field)]; }
    bool has(CostField field) const { return columnOf(field) >= 0; }
    QString columnName(CostField field) const; // the header name in the file (or the expected name)
};

// Detects CUR 2.0, legacy CUR and FOCUS 1.0-1.2 from a header row and maps their columns.
class FormatDetector final
{
public:
    // forced != Auto checks the header against that format. Errors (Input): NO_HEADER (an empty first line),
    // OTHER_PROVIDER_EXPORT (an Azure, Google Cloud or OCI cost export), UNKNOWN_FORMAT, FORMAT_MISMATCH,
    // MISSING_COLUMN, DUPLICATE_COLUMN (a column BillingDesk reads appears twice). fileName, when given, is named
    // in every message.
    static Result<DetectedFormat> detect(const QStringList &header, CostFormat forced = CostFormat::Auto,
                                         const QString &fileName = QString());
    // The provider whose (non-AWS, non-FOCUS) cost export this header is: "Microsoft Azure (EA or MCA usage
    // details)", "Google Cloud (billing export)", "Oracle Cloud Infrastructure (cost report)"; empty otherwise.
    static QString otherProvider(const QStringList &header);
    // The columns a format names for a field, preferred first.
    static QStringList candidateColumns(CostFormat format, CostField field);
    static bool isRequired(CostField field);
};

} // namespace bd
