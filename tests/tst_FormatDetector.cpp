#include "storage/FormatDetector.h"

#include <QTest>

using namespace bd;

class tst_FormatDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("costColumn");
        QTest::newRow("cur2") << QStringList {"bill_payer_account_id",    "bill_billing_period_start_date",
                                              "line_item_line_item_type", "line_item_currency_code",
                                              "line_item_unblended_cost", "line_item_net_unblended_cost"}
                              << int(CostFormat::Cur2) << "CUR 2.0"
                              << "line_item_unblended_cost";
        QTest::newRow("legacy") << QStringList {"identity/LineItemId",         "bill/PayerAccountId",
                                                "bill/BillingPeriodStartDate", "lineItem/LineItemType",
                                                "lineItem/CurrencyCode",       "lineItem/UnblendedCost"}
                                << int(CostFormat::LegacyCur) << "legacy CUR"
                                << "lineItem/UnblendedCost";
        QTest::newRow("legacy lower case")
            << QStringList {"bill/payeraccountid", "bill/billingperiodstartdate", "lineitem/lineitemtype",
                            "lineitem/currencycode", "lineitem/unblendedcost"}
            << int(CostFormat::LegacyCur) << "legacy CUR"
            << "lineitem/unblendedcost";
        const QStringList focus10 {"BilledCost",     "BillingAccountId", "BillingCurrency", "BillingPeriodStart",
                                   "ChargeCategory", "ListCost",         "ProviderName"};
        QTest::newRow("focus 1.0") << focus10 << int(CostFormat::Focus) << "FOCUS 1.0"
                                   << "BilledCost";
        QTest::newRow("focus 1.1") << (focus10 + QStringList {"ServiceSubcategory"}) << int(CostFormat::Focus)
                                   << "FOCUS 1.1"
                                   << "BilledCost";
        QTest::newRow("focus 1.2") << (focus10 + QStringList {"InvoiceId", "x_ServiceCode"}) << int(CostFormat::Focus)
                                   << "FOCUS 1.2"
                                   << "BilledCost";
        QTest::newRow("spaces trimmed") << QStringList {" bill_payer_account_id", "bill_billing_period_start_date ",
                                                        "line_item_line_item_type", "line_item_currency_code",
                                                        "line_item_unblended_cost"}
                                        << int(CostFormat::Cur2) << "CUR 2.0"
                                        << "line_item_unblended_cost";
    }
    void detect()
    {
        QFETCH(QStringList, header);
        QFETCH(int, format);
        QFETCH(QString, version);
        QFETCH(QString, costColumn);
        auto r = FormatDetector::detect(header);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(int(r->format), format);
        QCOMPARE(r->version, version);
        QCOMPARE(r->columnName(CostField::Cost), costColumn);
        QCOMPARE(r->header.at(r->columnOf(CostField::Cost)), costColumn);
    }

    void focusMapping()
    {
        const QStringList header {"BilledCost",         "BillingAccountId", "BillingAccountName", "BillingCurrency",
                                  "BillingPeriodStart", "ChargeCategory",   "ChargePeriodStart",  "ListCost",
                                  "ProviderName",       "ServiceName",      "SubAccountId",       "InvoiceIssuerName",
                                  "RegionId",           "x_ServiceCode",    "x_UsageType",        "x_Operation"};
        auto r = FormatDetector::detect(header);
        QVERIFY(r.ok());
        QCOMPARE(r->columnName(CostField::PayerAccount), QStringLiteral("BillingAccountId"));
        QCOMPARE(r->columnName(CostField::PayerName), QStringLiteral("BillingAccountName"));
        QCOMPARE(r->columnName(CostField::UsageAccount), QStringLiteral("SubAccountId"));
        QCOMPARE(r->columnName(CostField::ServiceCode), QStringLiteral("x_ServiceCode"));
        QCOMPARE(r->columnName(CostField::ServiceName), QStringLiteral("ServiceName"));
        QCOMPARE(r->columnName(CostField::UsageType), QStringLiteral("x_UsageType"));
        QCOMPARE(r->columnName(CostField::Operation), QStringLiteral("x_Operation"));
        QCOMPARE(r->columnName(CostField::InvoicingEntity), QStringLiteral("InvoiceIssuerName"));
        QCOMPARE(r->columnName(CostField::PublicOnDemand), QStringLiteral("ListCost"));
        QCOMPARE(r->columnName(CostField::Provider), QStringLiteral("ProviderName"));
        QCOMPARE(r->columnName(CostField::UsageStart), QStringLiteral("ChargePeriodStart"));
        QVERIFY(!r->has(CostField::NetCost));
        QVERIFY(!r->has(CostField::TaxType));
        // Without x_ServiceCode the service code falls back to ServiceName.
        auto noX = FormatDetector::detect({"BilledCost", "BillingAccountId", "BillingCurrency", "BillingPeriodStart",
                                           "ChargeCategory", "ServiceName"});
        QVERIFY(noX.ok());
        QCOMPARE(noX->columnName(CostField::ServiceCode), QStringLiteral("ServiceName"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("forced");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown") << QStringList {"date", "amount"} << int(CostFormat::Auto) << "UNKNOWN_FORMAT"
                                 << "Line 1";
        QTest::newRow("missing cost") << QStringList {"bill_payer_account_id", "bill_billing_period_start_date",
                                                      "line_item_line_item_type", "line_item_currency_code"}
                                      << int(CostFormat::Auto) << "MISSING_COLUMN"
                                      << "line_item_unblended_cost";
        QTest::newRow("duplicate used column")
            << QStringList {"bill_payer_account_id",   "bill_billing_period_start_date", "line_item_line_item_type",
                            "line_item_currency_code", "line_item_unblended_cost",       "line_item_unblended_cost"}
            << int(CostFormat::Auto) << "DUPLICATE_COLUMN"
            << "columns 5, 6";
        QTest::newRow("forced mismatch") << QStringList {"BilledCost", "BillingAccountId", "BillingCurrency",
                                                         "BillingPeriodStart", "ChargeCategory"}
                                         << int(CostFormat::Cur2) << "FORMAT_MISMATCH"
                                         << "FOCUS";
    }
    void refusals()
    {
        QFETCH(QStringList, header);
        QFETCH(int, forced);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        auto r = FormatDetector::detect(header, CostFormat(forced));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    void unusedDuplicateIsAWarning()
    {
        auto r = FormatDetector::detect({"bill_payer_account_id", "bill_billing_period_start_date",
                                         "line_item_line_item_type", "line_item_currency_code",
                                         "line_item_unblended_cost", "resource_tags", "resource_tags"});
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY(r->warnings.first().contains(QStringLiteral("resource_tags")));
    }
};

QTEST_GUILESS_MAIN(tst_FormatDetector)
#include "tst_FormatDetector.moc"
