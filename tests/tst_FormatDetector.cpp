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

    // Issue 9.5: another provider's export is named as such (Azure's BillingAccountId used to pass for FOCUS), an
    // empty first line is not "a header ()", and the file is named when known.
    void otherProvidersNamed_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("provider");
        QTest::newRow("Azure EA") << QStringList {"AccountName",      "SubscriptionGuid",       "MeterCategory", "Cost",
                                                  "BillingAccountId", "BillingPeriodStartDate", "ResourceGroup"}
                                  << "Microsoft Azure";
        QTest::newRow("Azure MCA") << QStringList {"invoiceId",          "billingAccountId",
                                                   "billingAccountName", "billingPeriodStartDate",
                                                   "meterCategory",      "costInBillingCurrency",
                                                   "billingCurrency",    "chargeType"}
                                   << "Microsoft Azure";
        QTest::newRow("Google Cloud BigQuery") << QStringList {"billing_account_id",
                                                               "service.id",
                                                               "service.description",
                                                               "sku.id",
                                                               "usage_start_time",
                                                               "cost",
                                                               "currency"}
                                               << "Google Cloud";
        QTest::newRow("Google Cloud console") << QStringList {"Billing account name",
                                                              "Billing account ID",
                                                              "Project name",
                                                              "Project ID",
                                                              "Service description",
                                                              "SKU ID",
                                                              "Cost ($)"}
                                              << "Google Cloud";
        QTest::newRow("OCI") << QStringList {"lineItem/referenceNo", "lineItem/tenantId", "lineItem/intervalUsageStart",
                                             "product/service",      "cost/myCost",       "cost/currencyCode"}
                             << "Oracle Cloud Infrastructure";
    }
    void otherProvidersNamed()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, provider);
        auto r = FormatDetector::detect(header, CostFormat::Auto, QStringLiteral("export.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("OTHER_PROVIDER_EXPORT"));
        QVERIFY2(
            r.error().message.startsWith(QStringLiteral("export.csv, line 1: this is a cost export of ") + provider),
            qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("which BillingDesk does not read")),
                 qPrintable(r.error().message));
        QVERIFY(FormatDetector::otherProvider(header).startsWith(provider));
    }

    void focusOfAnyProviderIsFocus()
    {
        // A FOCUS export made by Azure is FOCUS (its non-AWS rows are skipped at import), not "an Azure export".
        auto r = FormatDetector::detect({"BilledCost", "BillingAccountId", "BillingCurrency", "BillingPeriodStart",
                                         "ChargeCategory", "ProviderName", "x_SkuMeterCategory", "ResourceGroup"});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->format, CostFormat::Focus);
    }

    void emptyHeaderLine()
    {
        auto r = FormatDetector::detect({QString()}, CostFormat::Auto, QStringLiteral("blank.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("NO_HEADER"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("blank.csv, line 1: the first line is empty")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("()")));
    }

    void headerErrorsNameTheFile()
    {
        auto r = FormatDetector::detect({"bill_payer_account_id", "bill_billing_period_start_date",
                                         "line_item_line_item_type", "line_item_currency_code"},
                                        CostFormat::Auto, QStringLiteral("cur.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("MISSING_COLUMN"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("cur.csv, line 1: ")), qPrintable(r.error().message));
    }

    void validatedColumnsAreMapped()
    {
        auto cur = FormatDetector::detect({"bill_payer_account_id", "bill_billing_period_start_date",
                                           "line_item_line_item_type", "line_item_currency_code",
                                           "line_item_unblended_cost", "line_item_blended_cost",
                                           "line_item_usage_end_date", "bill_billing_period_end_date"});
        QVERIFY(cur.ok());
        QCOMPARE(cur->columnOf(CostField::BlendedCost), 5);
        QCOMPARE(cur->columnOf(CostField::UsageEnd), 6);
        QCOMPARE(cur->columnOf(CostField::BillingPeriodEnd), 7);
        auto focus = FormatDetector::detect({"BilledCost", "BillingAccountId", "BillingCurrency", "BillingPeriodStart",
                                             "ChargeCategory", "EffectiveCost", "ContractedCost", "ChargePeriodEnd"});
        QVERIFY(focus.ok());
        QCOMPARE(focus->columnOf(CostField::EffectiveCost), 5);
        QCOMPARE(focus->columnOf(CostField::ContractedCost), 6);
        QCOMPARE(focus->columnOf(CostField::UsageEnd), 7);
    }
};

QTEST_GUILESS_MAIN(tst_FormatDetector)
#include "tst_FormatDetector.moc"
