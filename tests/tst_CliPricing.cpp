// The pricing commands of billingdesk-cli (issue 10) end to end: a payer, one bill source whose transfer is in effect
// in July 2026, four line items imported for July, a plan of a global 5 % discount and an S3 10 % discount. Every
// figure below is worked out by hand in the comment beside it.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using bd::test::runCli;

namespace {

const QString Payer = QStringLiteral("100000000001");
const QString Source = QStringLiteral("200000000002");

// July 2026 of the source organization (billable = net unblended, base = public on-demand):
//   EC2 m5.large usage  billable 85, on-demand 100 -> global 5 % off: 95
//   S3 storage usage    billable 40, on-demand  50 -> S3 10 % off:    45
//   Tax                 billable 17                -> not priced
//   Credit              billable -12               -> not priced
// Pro forma 140, billable 130, margin 10, 10 / 140 = 7.142..% -> 7.14.
const char *Cur = "bill_payer_account_id,line_item_usage_account_id,bill_billing_period_start_date,"
                  "line_item_usage_start_date,line_item_line_item_type,line_item_product_code,product_product_name,"
                  "line_item_usage_type,line_item_operation,product_region_code,bill_billing_entity,"
                  "bill_invoicing_entity,line_item_tax_type,bill_invoice_id,line_item_currency_code,"
                  "line_item_usage_amount,line_item_unblended_cost,line_item_net_unblended_cost,"
                  "pricing_public_on_demand_cost\n"
                  "200000000002,200000000002,2026-07-01T00:00:00Z,2026-07-03T00:00:00Z,Usage,AmazonEC2,Amazon EC2,"
                  "BoxUsage:m5.large,RunInstances,us-east-1,AWS,\"Amazon Web Services, Inc.\",,INV-7,USD,10,90,85,100\n"
                  "200000000002,200000000003,2026-07-01T00:00:00Z,2026-07-04T00:00:00Z,Usage,AmazonS3,Amazon S3,"
                  "TimedStorage-ByteHrs,PutObject,us-east-1,AWS,\"Amazon Web Services, Inc.\",,INV-7,USD,100,40,40,50\n"
                  "200000000002,200000000002,2026-07-01T00:00:00Z,2026-07-31T00:00:00Z,Tax,AmazonEC2,Amazon EC2,"
                  ",,,AWS,\"Amazon Web Services, Inc.\",VAT,INV-7,USD,,17,17,\n"
                  "200000000002,200000000002,2026-07-01T00:00:00Z,2026-07-31T00:00:00Z,Credit,AmazonEC2,Amazon EC2,"
                  ",,,AWS,\"Amazon Web Services, Inc.\",,INV-7,USD,,-12,-12,\n";

const char *Scenario = R"({"format": "billingdesk-scenario", "version": 1, "clock": "2026-07-15T09:00:00Z",
 "organizations": [
  {"id": "o-payer0000001", "name": "Payer Holdings", "managementAccount": "100000000001",
   "email": "billing@payer.example.com", "country": "US"},
  {"id": "o-source000001", "name": "Company A", "managementAccount": "200000000002",
   "email": "root@company-a.example.com", "country": "GB",
   "accounts": [{"id": "200000000003", "name": "Company A Storage", "email": "storage@company-a.example.com",
                 "country": "GB"}]}],
 "transfers": [{"id": "rt-companya0001", "name": "Company A", "source": "200000000002", "target": "100000000001",
   "start": "2026-07", "plan": "BasicPricingPlan",
   "steps": [{"action": "invite", "at": "2026-06-02T09:00:00Z"}, {"action": "accept", "at": "2026-06-03T09:00:00Z"}]}]
})";

} // namespace

class tst_CliPricing final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    bd::test::CliResult cli(const QString &as, const QStringList &args)
    {
        QStringList all{QStringLiteral("--db"), m_db};
        if (!as.isEmpty())
            all << QStringLiteral("--as") << as;
        return runCli(all + args);
    }
    QJsonDocument json(const QString &as, const QStringList &args)
    {
        const auto r = cli(as, QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("pricing.sqlite"));
        const QString scenario = m_dir.filePath(QStringLiteral("scenario.json"));
        const QString cur = m_dir.filePath(QStringLiteral("company-a-2026-07.csv"));
        for (const auto &[path, text] : {std::pair{scenario, Scenario}, std::pair{cur, Cur}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        auto r = cli({}, {QStringLiteral("apply"), scenario});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({}, {QStringLiteral("import"), cur, QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(Payer, {QStringLiteral("plans"), QStringLiteral("add"), QStringLiteral("A plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(Payer, {QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--plan"), QStringLiteral("A plan"),
                        QStringLiteral("--scope"), QStringLiteral("global"), QStringLiteral("--type"),
                        QStringLiteral("discount"), QStringLiteral("--percent"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(Payer, {QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--plan"), QStringLiteral("A plan"),
                        QStringLiteral("--scope"), QStringLiteral("service"), QStringLiteral("--type"),
                        QStringLiteral("discount"), QStringLiteral("--percent"), QStringLiteral("10"),
                        QStringLiteral("--service"), QStringLiteral("AmazonS3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(Payer, {QStringLiteral("groups"), QStringLiteral("set-plan"), QStringLiteral("Company A"),
                        QStringLiteral("--plan"), QStringLiteral("A plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void proformaAndMargin()
    {
        const QJsonObject m = json(Payer, {QStringLiteral("margin"), QStringLiteral("--period"),
                                           QStringLiteral("2026-07")})
                                  .object();
        QCOMPARE(m.value(QStringLiteral("billable")).toString(), QStringLiteral("130"));
        QCOMPARE(m.value(QStringLiteral("proforma")).toString(), QStringLiteral("140"));
        QCOMPARE(m.value(QStringLiteral("margin")).toString(), QStringLiteral("10"));
        QCOMPARE(m.value(QStringLiteral("marginPercent")).toString(), QStringLiteral("7.14"));
        const QJsonArray groups = json(Payer, {QStringLiteral("proforma"), QStringLiteral("--org"),
                                               QStringLiteral("o-source000001"), QStringLiteral("--period"),
                                               QStringLiteral("2026-07")})
                                      .array();
        QCOMPARE(groups.size(), 1);
        const QJsonObject g = groups.first().toObject();
        QCOMPARE(g.value(QStringLiteral("plan")).toString(), QStringLiteral("A plan"));
        QCOMPARE(g.value(QStringLiteral("publicOnDemand")).toString(), QStringLiteral("150"));
        QCOMPARE(g.value(QStringLiteral("proforma")).toString(), QStringLiteral("140"));
        // Per service: EC2 billable 85 + 17 - 12 = 90, pro forma 95; S3 billable 40, pro forma 45.
        QJsonObject ec2, s3;
        for (const QJsonValue &s : g.value(QStringLiteral("services")).toArray()) {
            if (s[QStringLiteral("key")].toString() == QLatin1String("AmazonEC2"))
                ec2 = s.toObject();
            if (s[QStringLiteral("key")].toString() == QLatin1String("AmazonS3"))
                s3 = s.toObject();
        }
        QCOMPARE(ec2.value(QStringLiteral("billable")).toString(), QStringLiteral("90"));
        QCOMPARE(ec2.value(QStringLiteral("proforma")).toString(), QStringLiteral("95"));
        QCOMPARE(s3.value(QStringLiteral("billable")).toString(), QStringLiteral("40"));
        QCOMPARE(s3.value(QStringLiteral("proforma")).toString(), QStringLiteral("45"));
        // Explain S3: the service rule, base 50.
        const QJsonObject e = json(Payer, {QStringLiteral("proforma"), QStringLiteral("--org"),
                                           QStringLiteral("o-source000001"), QStringLiteral("--period"),
                                           QStringLiteral("2026-07"), QStringLiteral("--explain"),
                                           QStringLiteral("--service"), QStringLiteral("AmazonS3")})
                                  .object();
        QCOMPARE(e.value(QStringLiteral("base")).toString(), QStringLiteral("50"));
        QCOMPARE(e.value(QStringLiteral("proforma")).toString(), QStringLiteral("45"));
        QCOMPARE(e.value(QStringLiteral("rules")).toArray().first()[QStringLiteral("scope")].toString(),
                 QStringLiteral("SERVICE AmazonS3"));
    }

    void conflictRefused()
    {
        const auto r = cli(Payer, {QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--plan"),
                                   QStringLiteral("A plan"), QStringLiteral("--scope"), QStringLiteral("service"),
                                   QStringLiteral("--type"), QStringLiteral("markup"), QStringLiteral("--percent"),
                                   QStringLiteral("3"), QStringLiteral("--service"), QStringLiteral("AmazonS3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[PRICING_RULE_IN_PRICING_PLAN_CONFLICT]")), qPrintable(r.err));
    }

    void customLineItems()
    {
        // A flat USD 500 fee: 140 + 500 = 640; margin 510; 510 / 640 = 79.6875 % -> 79.69.
        auto r = cli(Payer, {QStringLiteral("line-items"), QStringLiteral("add"), QStringLiteral("--group"),
                             QStringLiteral("Company A"), QStringLiteral("--type"), QStringLiteral("fee"),
                             QStringLiteral("--flat"), QStringLiteral("500"), QStringLiteral("--name"),
                             QStringLiteral("Managed-service fee"), QStringLiteral("--start"), QStringLiteral("2026-07")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject m = json(Payer, {QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2026-07")})
                            .object();
        QCOMPARE(m.value(QStringLiteral("proforma")).toString(), QStringLiteral("640"));
        QCOMPARE(m.value(QStringLiteral("marginPercent")).toString(), QStringLiteral("79.69"));
        // A 15 % fee of the pro forma total without flat items: 140 x 15 % = 21 -> 661; margin 531, 80.33 %.
        r = cli(Payer, {QStringLiteral("line-items"), QStringLiteral("add"), QStringLiteral("--group"),
                        QStringLiteral("Company A"), QStringLiteral("--type"), QStringLiteral("fee"),
                        QStringLiteral("--percent"), QStringLiteral("15"), QStringLiteral("--name"),
                        QStringLiteral("Management fee"), QStringLiteral("--start"), QStringLiteral("2026-07")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m = json(Payer, {QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2026-07")}).object();
        QCOMPARE(m.value(QStringLiteral("proforma")).toString(), QStringLiteral("661"));
        QCOMPARE(m.value(QStringLiteral("margin")).toString(), QStringLiteral("531"));
        QCOMPARE(m.value(QStringLiteral("marginPercent")).toString(), QStringLiteral("80.33"));
        // Passthrough on a STANDARD group is refused.
        r = cli(Payer, {QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Payer own"), QStringLiteral("--accounts"), Payer, QStringLiteral("--plan"),
                        QStringLiteral("Passthrough")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[PASSTHROUGH_ONLY_FOR_TRANSFER_BILLING_GROUPS]")), qPrintable(r.err));
    }

    void billSourceSeesOnlyProForma()
    {
        for (const QStringList &command :
             {QStringList{QStringLiteral("plans"), QStringLiteral("list")},
              QStringList{QStringLiteral("groups"), QStringLiteral("list")},
              QStringList{QStringLiteral("line-items"), QStringLiteral("list")},
              QStringList{QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--plan"),
                          QStringLiteral("A plan")},
              QStringList{QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2026-07")}}) {
            const auto r = cli(Source, command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("[ACCESS_DENIED]")), qPrintable(command.join(' ') + r.err));
            QVERIFY(!r.out.contains(QStringLiteral("130")));
        }
        // Its own pro forma: 661, and no billable amount (130, 90, 85, 40) or key anywhere.
        const auto r = cli(Source, {QStringLiteral("--json"), QStringLiteral("proforma"), QStringLiteral("--period"),
                                    QStringLiteral("2026-07")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first()[QStringLiteral("proforma")].toString(), QStringLiteral("661"));
        QVERIFY(!r.out.contains(QStringLiteral("billable")));
        QVERIFY(!r.out.contains(QStringLiteral("margin")));
        for (const char *figure : {"\"130\"", "\"90\"", "\"85\"", "\"40\""})
            QVERIFY2(!r.out.contains(QLatin1String(figure)), figure);
    }

    // Last: moves the clock. An edit in August leaves July as it was computed.
    void closedPeriodKeepsItsPrices()
    {
        auto r = cli({}, {QStringLiteral("clock"), QStringLiteral("set"), QStringLiteral("2026-08-03T09:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rules = json(Payer, {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--plan"),
                                              QStringLiteral("A plan")})
                                     .array();
        QString global;
        for (const QJsonValue &rule : rules) {
            if (rule[QStringLiteral("scope")].toString() == QLatin1String("GLOBAL"))
                global = rule[QStringLiteral("id")].toString();
        }
        QVERIFY(!global.isEmpty());
        r = cli(Payer, {QStringLiteral("rules"), QStringLiteral("edit"), global, QStringLiteral("--percent"),
                        QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // July: still 5 % (pro forma 661).
        const QJsonObject july
            = json(Payer, {QStringLiteral("margin"), QStringLiteral("--period"), QStringLiteral("2026-07")}).object();
        QCOMPARE(july.value(QStringLiteral("proforma")).toString(), QStringLiteral("661"));
        const QJsonArray julyRules = json(Payer, {QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--plan"),
                                                  QStringLiteral("A plan"), QStringLiteral("--period"),
                                                  QStringLiteral("2026-07")})
                                         .array();
        const QJsonArray augustRules = json(Payer, {QStringLiteral("rules"), QStringLiteral("list"),
                                                    QStringLiteral("--plan"), QStringLiteral("A plan")})
                                           .array();
        const auto percentOf = [](const QJsonArray &list) {
            for (const QJsonValue &rule : list) {
                if (rule[QStringLiteral("scope")].toString() == QLatin1String("GLOBAL"))
                    return rule[QStringLiteral("percent")].toString();
            }
            return QString();
        };
        QCOMPARE(percentOf(julyRules), QStringLiteral("5"));
        QCOMPARE(percentOf(augustRules), QStringLiteral("20"));
    }
};

QTEST_GUILESS_MAIN(tst_CliPricing)
#include "tst_CliPricing.moc"
