#include "TestSupport.h"

#include "domain/Decimal.h"
#include "engine/UsageGenerator.h"
#include "services/ScenarioService.h"
#include "services/UsageService.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <array>
#include <map>
#include <string>
#include <string_view>

using namespace bd;

namespace {

QList<GeneratorPayer> fixedPayers()
{
    GeneratorPayer us;
    us.name = QStringLiteral("Payer US");
    us.management = {QStringLiteral("111111111111"), QStringLiteral("US management"), QStringLiteral("US")};
    us.members = {{QStringLiteral("111111111122"), QStringLiteral("UK member"), QStringLiteral("GB")},
                  {QStringLiteral("111111111133"), QStringLiteral("FR member"), QStringLiteral("FR")},
                  {QStringLiteral("111111111144"), QStringLiteral("JP member"), QStringLiteral("JP")},
                  {QStringLiteral("111111111155"), QStringLiteral("Untaxed member"), QStringLiteral("SG")}};
    GeneratorPayer jp;
    jp.name = QStringLiteral("Payer JP");
    jp.management = {QStringLiteral("222222222222"), QStringLiteral("JP management"), QStringLiteral("JP")};
    jp.members = {{QStringLiteral("222222222233"), QStringLiteral("JP member"), QStringLiteral("JP")}};
    return {us, jp};
}

UsageGeneratorOptions options(std::int64_t rows, std::uint64_t seed = 42, int months = 2)
{
    UsageGeneratorOptions o;
    o.payers = fixedPayers();
    o.firstPeriod = BillingPeriod(2026, 1);
    o.months = months;
    o.rows = rows;
    o.seed = seed;
    return o;
}

QByteArray generate(const UsageGeneratorOptions &o, GeneratorReport *report = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto r = UsageGenerator(o).write(buffer);
    if (!r.ok())
        qWarning("generation failed: %s", qPrintable(r.error().describe()));
    else if (report)
        *report = *r;
    return buffer.data();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream zs {};
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return {};
    QByteArray out;
    char chunk[65536];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return {};
        }
        out.append(chunk, qsizetype(sizeof(chunk) - zs.avail_out));
    } while (rc != Z_STREAM_END);
    inflateEnd(&zs);
    return out;
}

QList<QStringList> parse(const QByteArray &csv, QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    f.close();
    return test::readCsv(path);
}

Decimal dec(const QString &text)
{
    Decimal d;
    const QByteArray utf8 = text.toUtf8();
    const auto outcome = Decimal::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), d);
    if (outcome.status != Decimal::ParseStatus::Ok || outcome.rounded)
        qWarning("not an exact decimal: '%s'", qPrintable(text));
    return d;
}

enum Col {
    Id,
    PeriodStart,
    Payer,
    InvoiceId,
    InvoicingEntity,
    BillingEntity,
    UsageAccount,
    Type,
    UsageStart,
    ProductCode,
    ProductName,
    UsageType,
    Operation,
    Region,
    UsageAmount,
    CurrencyCode,
    Unblended,
    Net,
    PublicCost,
    TaxType,
    Description,
    BillType
};

// Reads a CUR 2.0 CSV as the generator writes it, line by line, keeping none of it, and sums it independently of
// the generator (exact Decimal): per payer and month the Basic pricing plan's pro forma (pricing_public_on_demand_cost
// of the Usage, DiscountedUsage and SavingsPlanCoveredUsage lines whose service is not AWSSupport*) and the billable
// (line_item_net_unblended_cost of every line, tax, support, credits and discounts included). Each usage line must
// have net <= unblended <= public on-demand.
class MarginCheck final : public QIODevice
{
public:
    struct Group
    {
        Decimal proForma, billable;
        qint64 rows = 0;
    };
    std::map<std::string, Group> groups; // "payer|YYYY-MM"
    QStringList problems;
    qint64 usageLines = 0;

    MarginCheck() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_pending.append(data, size);
        qsizetype start = 0;
        for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
            line(std::string_view(m_pending.constData() + start, std::size_t(end - start)));
        m_pending.remove(0, start);
        return size;
    }

private:
    void line(std::string_view text)
    {
        if (!m_header) {
            m_header = true;
            return;
        }
        std::array<std::string_view, 22> f;
        std::size_t n = 0, begin = 0;
        bool quoted = false;
        for (std::size_t i = 0; i <= text.size() && n < f.size(); ++i) {
            if (i < text.size() && text[i] == '"')
                quoted = !quoted;
            else if (i == text.size() || (text[i] == ',' && !quoted)) {
                f[n++] = text.substr(begin, i - begin);
                begin = i + 1;
            }
        }
        if (n != f.size()) {
            problems
                << QStringLiteral("%1 fields: %2").arg(n).arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
            return;
        }
        std::string k;
        k.reserve(20);
        k.append(f[Payer]).append("|").append(f[PeriodStart].substr(0, 7));
        if (!m_group || k != m_key) {
            m_key = k;
            m_group = &groups[k];
        }
        Decimal unblended, net, publicCost;
        for (auto [field, out] : {std::pair {Unblended, &unblended}, {Net, &net}, {PublicCost, &publicCost}}) {
            const auto outcome = Decimal::parse(f[field], *out);
            if (outcome.status != Decimal::ParseStatus::Ok || outcome.rounded)
                problems << QStringLiteral("not an exact decimal: %1")
                                .arg(QString::fromUtf8(f[field].data(), qsizetype(f[field].size())));
        }
        ++m_group->rows;
        m_group->billable += net;
        const std::string_view type = f[Type];
        if (type == "Usage" || type == "DiscountedUsage" || type == "SavingsPlanCoveredUsage") {
            ++usageLines;
            if (!(net <= unblended && unblended <= publicCost))
                problems << QStringLiteral("%1 line above its on-demand cost: unblended %2, net %3, on-demand %4")
                                .arg(QString::fromUtf8(type.data(), qsizetype(type.size())), unblended.toString(),
                                     net.toString(), publicCost.toString());
            if (f[ProductCode].substr(0, 10) != "AWSSupport")
                m_group->proForma += publicCost;
        }
    }

    QByteArray m_pending;
    bool m_header = false;
    std::string m_key;
    Group *m_group = nullptr;
};

// The Basic margin in percent, (pro forma - billable) / pro forma, to 2 decimals (for messages and README figures).
QString marginText(const MarginCheck::Group &g)
{
    const auto m = (g.proForma - g.billable).multiplied(Decimal::fromInt(100));
    const auto percent = m ? m->divided(g.proForma) : std::nullopt;
    return percent ? percent->toFixed(2, RoundingMode::HalfEven) : QStringLiteral("?");
}

} // namespace

class tst_UsageGenerator final : public QObject
{
    Q_OBJECT

    QSet<QString> s_types; // line item types seen by totalsAndComponents

private Q_SLOTS:
    void header()
    {
        const QStringList expected {"identity_line_item_id",
                                    "bill_billing_period_start_date",
                                    "bill_payer_account_id",
                                    "bill_invoice_id",
                                    "bill_invoicing_entity",
                                    "bill_billing_entity",
                                    "line_item_usage_account_id",
                                    "line_item_line_item_type",
                                    "line_item_usage_start_date",
                                    "line_item_product_code",
                                    "product_product_name",
                                    "line_item_usage_type",
                                    "line_item_operation",
                                    "product_region_code",
                                    "line_item_usage_amount",
                                    "line_item_currency_code",
                                    "line_item_unblended_cost",
                                    "line_item_net_unblended_cost",
                                    "pricing_public_on_demand_cost",
                                    "line_item_tax_type",
                                    "line_item_line_item_description",
                                    "bill_bill_type"};
        QCOMPARE(UsageGenerator::columns(), expected);
        const QByteArray csv = generate(options(10));
        QCOMPARE(csv.left(csv.indexOf('\n')), expected.join(QLatin1Char(',')).toUtf8());
    }

    void determinism()
    {
        const QByteArray a = generate(options(5000, 7));
        const QByteArray b = generate(options(5000, 7));
        const QByteArray c = generate(options(5000, 8));
        QVERIFY(a.size() > 5000 * 300);
        QCOMPARE(sha256(a), sha256(b));
        QVERIFY(sha256(a) != sha256(c));
        // A different seed changes the amounts, not the shape of the file.
        QCOMPARE(a.count('\n'), c.count('\n'));
    }

    // Pinned digest: the generator's bytes must be identical on every platform and build.
    void pinnedDigest()
    {
        GeneratorReport report;
        const QByteArray a = generate(options(2000, 42, 1), &report);
        QCOMPARE(a.count('\n'), 2001);
        // If the generator's tables change on purpose, update this digest and the figures below (and say so in the
        // commit). They were worked out outside the generator, from these bytes written to a file: the digest by
        // `sha256sum`, the figures by a Python script summing the CSV with decimal.Decimal (no floats): billable = the
        // sum of line_item_net_unblended_cost, pro forma = the sum of pricing_public_on_demand_cost over the Usage,
        // DiscountedUsage and SavingsPlanCoveredUsage lines whose service is not AWSSupport*.
        QCOMPARE(sha256(a), QByteArray("361336fde4c4340d4dd08acbbb4fb026dbad0dc1408274390e622ad2921105a1"));
        QCOMPARE(report.totals.size(), 2);
        QCOMPARE(report.totals[0].billable.toString(), QStringLiteral("997.6356920463"));
        QCOMPARE(report.totals[0].publicOnDemand.toString(), QStringLiteral("1087.901892899"));
        QCOMPARE(report.totals[1].billable.toString(), QStringLiteral("840.1079317787"));
        QCOMPARE(report.totals[1].publicOnDemand.toString(), QStringLiteral("882.3373311879"));
        // The test's own summing (MarginCheck) finds the same, hence Basic margins of 8.30% and 4.79%.
        MarginCheck check;
        check.write(a);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(marginText(check.groups.at("111111111111|2026-01")), QStringLiteral("8.30"));
        QCOMPARE(marginText(check.groups.at("222222222222|2026-01")), QStringLiteral("4.79"));
        QCOMPARE(check.groups.at("111111111111|2026-01").proForma.toString(), QStringLiteral("1087.901892899"));
    }

    void rowCount_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<int>("months");
        QTest::newRow("none") << qint64(0) << 1;
        QTest::newRow("one") << qint64(1) << 1;
        QTest::newRow("fewer than groups") << qint64(3) << 3;
        QTest::newRow("small groups") << qint64(79) << 2;
        QTest::newRow("threshold") << qint64(80) << 2;
        QTest::newRow("odd") << qint64(12345) << 3;
    }

    void rowCount()
    {
        QFETCH(qint64, rows);
        QFETCH(int, months);
        GeneratorReport report;
        const QByteArray csv = generate(options(rows, 42, months), &report);
        QCOMPARE(qint64(csv.count('\n')), rows + 1);
        QCOMPARE(report.rows, rows);
        QCOMPARE(report.csvBytes, qint64(csv.size()));
        QCOMPARE(report.totals.size(), 2 * months);
        qint64 sum = 0;
        for (const GeneratedTotals &t : report.totals)
            sum += t.rows;
        QCOMPARE(sum, rows);
    }

    // Every amount is an exact decimal with at most 10 decimals; per payer and period, the billable total equals
    // the sum of its parts computed here independently, and each tax line is the rate applied to its account.
    void totalsAndComponents_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {42ULL, 7ULL, 2026ULL, 99ULL})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void totalsAndComponents()
    {
        QFETCH(quint64, seed);
        GeneratorReport report;
        const QByteArray csv = generate(options(20000, seed, 2), &report);
        QTemporaryDir dir;
        const QList<QStringList> rows = parse(csv, dir);
        QCOMPARE(rows.size(), 20001);

        struct Sums
        {
            qint64 rows = 0;
            Decimal net, unblended, publicCost, usageNet, spCovered, spNegation, discounts, fees, credits, tax;
        };
        QMap<QString, Sums> sums; // payer|period
        QMap<QString, Decimal> accountBase; // payer|period|account: billable of non-tax lines
        QList<QStringList> taxRows;
        QSet<QString> types;
        const QStringList *previous = nullptr;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            QCOMPARE(r.size(), 22);
            for (int c : {Unblended, Net, PublicCost, UsageAmount}) {
                const QString &text = r[c];
                const qsizetype point = text.indexOf(QLatin1Char('.'));
                QVERIFY2(point < 0 || text.size() - point - 1 <= 10, qPrintable(text));
                QVERIFY2(!text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E')), qPrintable(text));
            }
            const QString key = r[Payer] + QLatin1Char('|') + r[PeriodStart].left(7);
            Sums &s = sums[key];
            ++s.rows;
            const Decimal unblended = dec(r[Unblended]);
            const Decimal net = dec(r[Net]);
            s.net += net;
            s.unblended += unblended;
            s.publicCost += dec(r[PublicCost]);
            const QString &type = r[Type];
            types.insert(type);
            QCOMPARE(r[CurrencyCode], QStringLiteral("USD"));
            QCOMPARE(r[BillType], QStringLiteral("Anniversary"));
            QCOMPARE(r[Id].size(), 52);
            if (type == QLatin1String("Usage") || type == QLatin1String("DiscountedUsage")
                || type == QLatin1String("SavingsPlanCoveredUsage")) {
                QVERIFY(net <= unblended && unblended <= dec(r[PublicCost])); // never above on-demand
            }
            if (type == QLatin1String("Usage")) {
                s.usageNet += unblended; // before its discount line
            } else if (type == QLatin1String("EdpDiscount") || type == QLatin1String("PrivateRateDiscount")) {
                // The discount line follows its usage line: the usage line's net already has it.
                QVERIFY(previous && (*previous)[Type] == QLatin1String("Usage"));
                QCOMPARE(net, Decimal());
                QVERIFY(unblended.isNegative());
                QCOMPARE(dec((*previous)[Net]), dec((*previous)[Unblended]) + unblended);
                s.discounts += unblended;
            } else if (type == QLatin1String("SavingsPlanCoveredUsage")) {
                s.spCovered += net;
            } else if (type == QLatin1String("SavingsPlanNegation")) {
                QVERIFY(previous && (*previous)[Type] == QLatin1String("SavingsPlanCoveredUsage"));
                QCOMPARE(net, -dec((*previous)[Net]));
                s.spNegation += net;
            } else if (type == QLatin1String("DiscountedUsage")) {
                QCOMPARE(net, Decimal());
                QVERIFY(!dec(r[PublicCost]).isZero());
            } else if (type == QLatin1String("Credit")) {
                QVERIFY(net.isNegative());
                QCOMPARE(net, net.rounded(2, RoundingMode::HalfUp)); // whole cents, one line per account
                QCOMPARE(dec(r[PublicCost]), Decimal());
                s.credits += net;
            } else if (type == QLatin1String("Tax")) {
                s.tax += net;
                taxRows.append(r);
            } else {
                QVERIFY2(type == QLatin1String("Fee") || type == QLatin1String("RIFee")
                             || type == QLatin1String("SavingsPlanRecurringFee"),
                         qPrintable(type));
                s.fees += net;
                QCOMPARE(net, net.rounded(2, RoundingMode::HalfUp)); // fees are whole cents
            }
            if (type != QLatin1String("Tax"))
                accountBase[key + QLatin1Char('|') + r[UsageAccount]] += net;
            // The seller of record follows the usage account's tax country.
            const QString account = r[UsageAccount];
            const QString entity = account == QLatin1String("111111111122") || account == QLatin1String("111111111133")
                ? QStringLiteral("Amazon Web Services EMEA SARL")
                : account.startsWith(QLatin1String("2222")) || account == QLatin1String("111111111144")
                ? QStringLiteral("Amazon Web Services Japan G.K.")
                : QStringLiteral("Amazon Web Services, Inc.");
            QCOMPARE(r[InvoicingEntity], entity);
            previous = &r;
        }
        for (const char *t : {"Usage", "Tax", "Fee"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
        s_types += types;

        // Tax: one line per taxed account, the jurisdiction's rate on the account's billable, rounded half-up to cents.
        QVERIFY(!taxRows.isEmpty());
        QSet<QString> taxTypes;
        for (const QStringList &r : std::as_const(taxRows)) {
            const QString key
                = r[Payer] + QLatin1Char('|') + r[PeriodStart].left(7) + QLatin1Char('|') + r[UsageAccount];
            QString rateText = r[Description].section(QLatin1Char(' '), -1);
            rateText.chop(1); // "%"
            const Decimal rate = dec(rateText);
            const QString account = r[UsageAccount];
            if (account == QLatin1String("111111111122") || account == QLatin1String("111111111133")) {
                QCOMPARE(rate, Decimal::fromInt(20));
                QCOMPARE(r[TaxType], QStringLiteral("VAT"));
            } else if (account.startsWith(QLatin1String("2222")) || account == QLatin1String("111111111144")) {
                QCOMPARE(rate, Decimal::fromInt(10));
                QCOMPARE(r[TaxType], QStringLiteral("JCT"));
            } else {
                QVERIFY2(account != QLatin1String("111111111155"), "a Singapore account is not taxed here");
                QCOMPARE(r[TaxType], QStringLiteral("USSalesTax"));
            }
            taxTypes.insert(r[TaxType]);
            Decimal base = accountBase.value(key);
            if (base.isNegative())
                base = Decimal();
            const Decimal expected = base.percentOf(rate)->rounded(2, RoundingMode::HalfUp);
            QCOMPARE(dec(r[Net]).toString(), expected.toString());
        }
        QCOMPARE(taxTypes.size(), 3);

        QCOMPARE(report.totals.size(), sums.size());
        for (const GeneratedTotals &t : report.totals) {
            const Sums s = sums.value(t.payerAccountId + QLatin1Char('|') + t.period.toString());
            QCOMPARE(s.rows, t.rows);
            // Billable = usage (after discounts) + Savings Plan covered usage and its negation + fees + credits + tax.
            const Decimal components
                = s.usageNet + s.discounts + s.spCovered + s.spNegation + s.fees + s.credits + s.tax;
            QCOMPARE(s.net.toString(), components.toString());
            QCOMPARE(s.spCovered + s.spNegation, Decimal());
            QCOMPARE(t.billable.toString(), s.net.toString());
            QCOMPARE(t.unblended.toString(), s.unblended.toString());
            QCOMPARE(s.unblended, s.net); // the net of discount lines sits on the usage lines
            QCOMPARE(t.publicOnDemand.toString(), s.publicCost.toString());
            QCOMPARE(t.tax.toString(), s.tax.toString());
            QCOMPARE(t.discounts.toString(), s.discounts.toString());
            QCOMPARE(t.credits.toString(), s.credits.toString());
            QVERIFY(t.billable > Decimal::fromInt(100));
        }
    }

    // Across the seeds above, every kind of line appears.
    void allLineTypesSeen()
    {
        for (const char *t :
             {"Usage", "EdpDiscount", "PrivateRateDiscount", "SavingsPlanCoveredUsage", "SavingsPlanNegation",
              "SavingsPlanRecurringFee", "DiscountedUsage", "RIFee", "Credit", "Tax", "Fee"})
            QVERIFY2(s_types.contains(QLatin1String(t)), t);
    }

    // The demo's organizations, at the demo's size (the scenario's usage section: 3 months, 20,000 rows, seed 42) and
    // at `billingdesk-cli demo --months 6 --rows 1000000`: no usage line costs more than its public on-demand cost,
    // and every payer's month leaves a Basic-plan margin, (pro forma - billable) / pro forma, from 3% to 20%; the
    // margins differ between organizations (README: the table of them).
    void demoMargins_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("demo: 3 months, 20000 rows") << 3 << qint64(20000);
        QTest::newRow("6 months, 1000000 rows") << 6 << qint64(1000000);
    }

    void demoMargins()
    {
        QFETCH(int, months);
        QFETCH(qint64, rows);
        test::TempServices t;
        QJsonObject demo = ScenarioService::demoScenario();
        const auto request = UsageService::requestFromJson(demo.value(QStringLiteral("usage")));
        QVERIFY(request.ok());
        QCOMPARE(request->seed, quint64(42));
        demo.insert(QStringLiteral("usage"), QJsonObject {{QStringLiteral("rows"), 0}}); // the organizations alone
        QVERIFY(ScenarioService(*t).apply(demo).ok());
        UsageGeneratorOptions o;
        o.payers = t->usage().directoryPayers();
        QCOMPARE(o.payers.size(), 10);
        o.months = months;
        o.rows = rows;
        o.seed = request->seed;
        o.firstPeriod = t->usage().defaultFirstPeriod(months);
        QCOMPARE(o.firstPeriod.addMonths(months), BillingPeriod(2026, 1)); // the months before the demo's clock

        MarginCheck check;
        const auto report = UsageGenerator(o).write(check);
        QVERIFY2(report.ok(), qPrintable(report.error().describe()));
        check.close();
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(check.usageLines > rows / 3); // the others: discounts, Savings Plan negations, fees, credits, tax
        QCOMPARE(qsizetype(check.groups.size()), qsizetype(10 * months));

        // Every month within [3%, 20%]; some organizations under 7% every month, others over 15% (not all alike).
        std::map<QString, std::pair<bool, bool>> lowHigh; // payer: every month under 7%, every month over 15%
        QMap<QString, QStringList> byPayer; // margins by month, printed
        qint64 rowsSeen = 0;
        for (const auto &[key, g] : check.groups) {
            rowsSeen += g.rows;
            const QString payer = QString::fromStdString(key).section(QLatin1Char('|'), 0, 0);
            byPayer[payer] << marginText(g) + QLatin1Char('%');
            QVERIFY(g.proForma > Decimal::fromInt(100));
            const Decimal margin100 = *(g.proForma - g.billable).multiplied(Decimal::fromInt(100));
            auto percentOfProForma = [&g](int percent) { return *g.proForma.multiplied(Decimal::fromInt(percent)); };
            QVERIFY2(margin100 >= percentOfProForma(3) && margin100 <= percentOfProForma(20),
                     qPrintable(QStringLiteral("%1: pro forma %2, billable %3, margin %4%")
                                    .arg(QString::fromStdString(key), g.proForma.toString(), g.billable.toString(),
                                         marginText(g))));
            auto &[low, high] = lowHigh.try_emplace(payer, true, true).first->second;
            low = low && margin100 < percentOfProForma(7);
            high = high && margin100 > percentOfProForma(15);
        }
        QCOMPARE(rowsSeen, rows);
        int lowPayers = 0, highPayers = 0;
        for (const auto &[payer, lh] : lowHigh) {
            lowPayers += lh.first ? 1 : 0;
            highPayers += lh.second ? 1 : 0;
        }
        QVERIFY2(lowPayers >= 1 && highPayers >= 1,
                 qPrintable(QStringLiteral("%1 low, %2 high").arg(lowPayers).arg(highPayers)));
        for (auto it = byPayer.cbegin(); it != byPayer.cend(); ++it)
            qDebug("%s: %s", qPrintable(it.key()), qPrintable(it.value().join(QLatin1Char(' '))));
    }

    void gzipMatchesPlain()
    {
        UsageGeneratorOptions o = options(3000, 9, 1);
        const QByteArray plain = generate(o);
        o.gzip = true;
        GeneratorReport report;
        const QByteArray compressed = generate(o, &report);
        QVERIFY(compressed.size() < plain.size() / 3);
        QCOMPARE(quint8(compressed[0]), quint8(0x1f));
        QCOMPARE(quint8(compressed[1]), quint8(0x8b));
        QCOMPARE(report.bytes, qint64(compressed.size()));
        QCOMPARE(report.csvBytes, qint64(plain.size()));
        QCOMPARE(sha256(gunzip(compressed)), sha256(plain));
    }

    void cancel()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int calls = 0;
        auto r = UsageGenerator(options(100000)).write(buffer, [&calls](std::int64_t done, std::int64_t total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("CANCELED"));
        QVERIFY(calls > 1);
    }

    void refusals()
    {
        UsageGeneratorOptions o = options(10);
        o.payers.clear();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(UsageGenerator(o).write(buffer).error().code, QStringLiteral("NO_PAYERS"));
        o = options(10, 1, 0);
        QCOMPARE(UsageGenerator(o).write(buffer).error().code, QStringLiteral("INVALID_MONTHS"));
    }

    void syntheticPayersAreStable()
    {
        const auto a = UsageGenerator::syntheticPayers(5);
        const auto b = UsageGenerator::syntheticPayers(5);
        QCOMPARE(a.size(), 5);
        QSet<QString> ids;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].management.id, b[i].management.id);
            QCOMPARE(a[i].management.id.size(), 12);
            QVERIFY(a[i].members.size() >= 2);
            ids.insert(a[i].management.id);
            for (const GeneratorAccount &m : a[i].members)
                ids.insert(m.id);
        }
        qsizetype accounts = 0;
        for (const GeneratorPayer &p : a)
            accounts += 1 + p.members.size();
        QCOMPARE(ids.size(), accounts); // no account id used twice
        QCOMPARE(UsageGenerator::invoicingEntityFor(QStringLiteral("GB")),
                 QStringLiteral("Amazon Web Services EMEA SARL"));
        QCOMPARE(UsageGenerator::invoicingEntityFor(QStringLiteral("JP")),
                 QStringLiteral("Amazon Web Services Japan G.K."));
        QCOMPARE(UsageGenerator::invoicingEntityFor(QStringLiteral("US")), QStringLiteral("Amazon Web Services, Inc."));
    }

    void cliWithoutDatabase()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cur.csv.gz"));
        const auto r = test::runCli({QStringLiteral("--json"), QStringLiteral("generate-cur"), QStringLiteral("--rows"),
                                     QStringLiteral("2500"), QStringLiteral("--months"), QStringLiteral("2"),
                                     QStringLiteral("--start"), QStringLiteral("2025-11"), QStringLiteral("--payers"),
                                     QStringLiteral("3"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"rows\": \"2500\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"gzip\": true")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = gunzip(f.readAll());
        QCOMPARE(csv.count('\n'), 2501);
        QVERIFY(csv.contains(",2025-12-"));
        const auto bad
            = test::runCli({QStringLiteral("generate-cur"), QStringLiteral("--rows"), QStringLiteral("many")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_UsageGenerator)
#include "tst_UsageGenerator.moc"
