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
// grow with the row count. Currency USD.
//
// Per payer organization and month it writes, across realistic services and regions:
// - usage at public on-demand prices (pricing_public_on_demand_cost); on a Usage line the unblended cost is the
//   on-demand cost and the net unblended cost is lower by the payer's EDP rate (6-15%, most payers) or, for
//   CloudFront, its private rate (15-25%), each with its own EdpDiscount or PrivateRateDiscount line (unblended
//   -discount, net 0: the usage line's net already has it); Marketplace usage is not discounted;
// - Compute Savings Plan covered usage (SavingsPlanCoveredUsage at on-demand, 50-85% of the eligible lines) with its
//   SavingsPlanNegation, and one SavingsPlanRecurringFee of 72% (1 year) or 54% (3 years) of the covered on-demand
//   cost; RDS reserved instance usage (DiscountedUsage, unblended 0) with one RIFee of 62% of its on-demand cost;
//   so no usage line costs more than its on-demand cost, and net <= unblended <= on-demand on each;
// - a Business support fee (AWSSupportBusiness, line type Fee, on the management account: the greater of USD 100
//   or 10%/7%/5%/3% by tier of the month's usage);
// - one Credit line per account, the same share of every account's charges, sized so that the month's billable (the
//   sum of line_item_net_unblended_cost over all lines, tax included) sits the payer's target margin below the
//   public on-demand cost of its usage lines (what the Basic pricing plan bills as pro forma). The target is 4-18%,
//   from the seed and the payer's id, give or take 0.8 points from month to month; so the Basic margin,
//   (pro forma - billable) / pro forma, lies between about 3% and 19% and differs between payers. At least 0.5% of
//   the charges is credited: a payer whose discounts alone pass its target (no tax, little support) lands a little
//   above it;
// - one tax line per taxed account, on its charges after its credit, invoiced by the seller of record of the
//   account's tax country (US sales tax, UK/FR VAT 20%, DE VAT 19%, JP consumption tax 10%).
// Fees, credits and taxes (the trailer) are written only for a payer and month with at least 40 rows; below that the
// rows are usage and discount lines alone. At the demo's size (some 670 rows a payer a month) the credits are up to
// about a third of the on-demand cost (where there is 20% VAT); with fewer rows the USD 100 support minimum makes
// them larger still.
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
