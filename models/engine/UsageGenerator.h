#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Decimal.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

class QIODevice;

namespace bd {

// Demo cost and usage data: a deterministic generator of AWS CUR 2.0 CSV files.
//
// The same options and seed give the same bytes on every platform (its own PRNG, integer arithmetic only:
// amounts are exact integers of 10^-10 USD, written with up to 10 decimals). It streams: memory does not
// grow with the row count. Per payer organization and month it writes usage at public on-demand prices
// across realistic services and regions, EDP and private-rate discount lines, Savings Plan covered usage
// with its negation and recurring fee, RDS reserved instance usage (DiscountedUsage) with its RIFee, a
// Business support fee, credits, and one tax line per taxed account, invoiced by the seller of record of
// the account's tax country (US sales tax, UK/FR VAT 20%, DE VAT 19%, JP consumption tax 10%). Currency USD.
struct GeneratorAccount
{
    QString id; // 12 digits
    QString name;
    QString taxCountry; // ISO 3166 alpha-2; decides the invoicing entity and the tax
};

struct GeneratorPayer
{
    QString name; // the organization's name (for reports)
    GeneratorAccount management; // the payer account (bill_payer_account_id)
    QList<GeneratorAccount> members; // usage accounts besides the management account
};

struct UsageGeneratorOptions
{
    QList<GeneratorPayer> payers;
    BillingPeriod firstPeriod;
    int months = 1;
    std::int64_t rows = 1000; // exact number of data rows (the header not counted)
    std::uint64_t seed = 42;
    bool gzip = false;
};

// What was written for one payer and month. Amounts are exact.
struct GeneratedTotals
{
    QString payerAccountId;
    BillingPeriod period;
    std::int64_t rows = 0;
    Decimal billable; // sum of line_item_net_unblended_cost
    Decimal unblended; // sum of line_item_unblended_cost
    Decimal publicOnDemand; // sum of pricing_public_on_demand_cost
    Decimal discounts; // EDP and private-rate discounts (negative)
    Decimal credits; // negative
    Decimal tax;
};

struct GeneratorReport
{
    std::int64_t rows = 0;
    std::int64_t bytes = 0; // bytes written to the device (compressed when gzip)
    std::int64_t csvBytes = 0; // uncompressed CSV bytes
    QList<GeneratedTotals> totals; // per payer and period, in file order
};

class UsageGenerator final
{
public:
    // Called every few thousand rows with the rows written so far; return false to cancel.
    using Progress = std::function<bool(std::int64_t rowsDone, std::int64_t rowsTotal)>;

    explicit UsageGenerator(UsageGeneratorOptions options);

    static QStringList columns(); // the 22 CUR 2.0 columns, in file order
    // N made-up payer organizations with 2..7 member accounts each, tax countries rotating US, GB, FR, JP.
    // The account ids do not depend on any seed, so files generated separately land in the same organizations.
    static QList<GeneratorPayer> syntheticPayers(int count);
    // The invoicing entity (seller of record) for a tax country.
    static QString invoicingEntityFor(const QString &taxCountry);

    Result<GeneratorReport> write(QIODevice &device, const Progress &progress = {}) const;
    Result<GeneratorReport> writeFile(const QString &path, const Progress &progress = {}) const;

private:
    UsageGeneratorOptions m_options;
};

} // namespace bd
