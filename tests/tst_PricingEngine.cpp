// The pricing engine (DOMAIN.md section 3): every expected number below is worked out by hand in the comment beside it.
#include "engine/PricingEngine.h"

#include <QtTest>

using namespace bd;

namespace {

Decimal D(const char *text)
{
    const auto d = Decimal::fromString(QString::fromLatin1(text));
    if (!d)
        qFatal("bad decimal %s", text);
    return *d;
}

PricingInputRow row(const QString &org, const QString &account, const QString &service, const QString &usageType,
                    const QString &operation, const QString &lineItemType, const char *billable,
                    const char *onDemand, const QString &entity = QStringLiteral("AWS"))
{
    PricingInputRow r;
    r.organizationId = org;
    r.accountId = account;
    r.service = service;
    r.usageType = usageType;
    r.operation = operation;
    r.region = QStringLiteral("us-east-1");
    r.lineItemType = lineItemType;
    r.billingEntity = entity;
    r.billable = D(billable);
    r.publicOnDemand = D(onDemand);
    return r;
}

PricingInputRow usage(const QString &service, const char *billable, const char *onDemand,
                      const QString &usageType = QStringLiteral("Usage"), const QString &operation = {},
                      const QString &entity = QStringLiteral("AWS"))
{
    return row(QStringLiteral("o-a"), QStringLiteral("111111111111"), service, usageType, operation,
               QStringLiteral("Usage"), billable, onDemand, entity);
}

PricingRule rule(PricingRuleScope scope, PricingRuleType type, const char *percent, const QString &service = {},
                 const QString &usageType = {}, const QString &operation = {}, const QString &entity = {})
{
    PricingRule r;
    r.id = QStringLiteral("pr-%1").arg(int(scope) * 10 + int(type));
    r.name = QStringLiteral("rule");
    r.scope = scope;
    r.type = type;
    r.modifierPercent = D(percent);
    r.service = service;
    r.usageType = usageType;
    r.operation = operation;
    r.billingEntity = entity;
    return r;
}

PricingPlan customPlan(QList<PricingRule> rules)
{
    PricingPlan plan;
    plan.id = QStringLiteral("pp-1");
    plan.name = QStringLiteral("Custom");
    plan.rules = std::move(rules);
    return plan;
}

PricingPlan managed(const QString &name)
{
    PricingPlan plan;
    plan.id = name;
    plan.name = name;
    plan.managed = true;
    return plan;
}

PricingConfiguration oneGroup(const PricingPlan &plan, QList<CustomLineItem> items = {},
                              const QString &org = QStringLiteral("o-a"))
{
    GroupPricing group;
    group.groupId = QStringLiteral("bg-a");
    group.name = QStringLiteral("Company A");
    group.organizationId = org;
    group.plan = plan;
    group.customLineItems = std::move(items);
    return {BillingPeriod(2026, 7), {group}};
}

CustomLineItem flatItem(const QString &id, CustomLineItemType type, const char *amount)
{
    CustomLineItem item;
    item.id = id;
    item.billingGroupId = QStringLiteral("bg-a");
    item.name = id;
    item.type = type;
    item.flatAmount = D(amount);
    return item;
}

CustomLineItem percentItem(const QString &id, CustomLineItemType type, const char *percent)
{
    CustomLineItem item;
    item.id = id;
    item.billingGroupId = QStringLiteral("bg-a");
    item.name = id;
    item.type = type;
    item.percent = D(percent);
    return item;
}

const QString EC2 = QStringLiteral("AmazonEC2");
const QString S3 = QStringLiteral("AmazonS3");

} // namespace

class tst_PricingEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data();
    void precedence();
    void globalAndServiceDiscount();
    void flatFee();
    void percentageFeeAndCredit();
    void percentageOfChosenItemsAndFilters();
    void passthroughEqualsBillable();
    void basicExcludesCreditsTaxesDiscountsSupport();
    void roundingOfSmallAmounts();
    void standardGroupsAndUncoveredRows();
    void marginPercent();
    void explainsWhichRulePriced();
    void twoLevelChain();
    void conductorFeeProration_data();
    void conductorFeeProration();
};

// One plan with a rule of every scope; each row is priced by the most specific rule that matches it.
void tst_PricingEngine::precedence_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("usageType");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("expected"); // pro forma of on-demand 100
    QTest::addColumn<QString>("scope"); // of the winning rule

    // SKU EC2 BoxUsage:m5.large RunInstances markup 3%: 100 x 1.03 = 103.
    QTest::newRow("sku wins over service and global") << EC2 << "BoxUsage:m5.large" << "RunInstances" << "AWS" << "103"
                                                      << "SKU AmazonEC2 BoxUsage:m5.large RunInstances";
    // Same usage type, other operation: no SKU match, no EC2 service rule: global 5% discount: 95.
    QTest::newRow("sku needs both usage type and operation")
        << EC2 << "BoxUsage:m5.large" << "RunInstances:0002" << "AWS" << "95" << "GLOBAL";
    // S3 service 10% discount: 90.
    QTest::newRow("service wins over global") << S3 << "TimedStorage-ByteHrs" << "PutObject" << "AWS" << "90"
                                              << "SERVICE AmazonS3";
    // SKU S3 Requests-Tier1 PutObject 50% discount beats the S3 service rule: 50.
    QTest::newRow("sku wins over service") << S3 << "Requests-Tier1" << "PutObject" << "AWS" << "50"
                                           << "SKU AmazonS3 Requests-Tier1 PutObject";
    // Marketplace entity markup 20%: 120.
    QTest::newRow("billing entity wins over global")
        << "prod-abc123" << "Subscription" << "Buy" << "AWS Marketplace" << "120" << "BILLING_ENTITY AWS Marketplace";
    // S3 sold through the Marketplace entity: service (10% off) beats billing entity: 90.
    QTest::newRow("service wins over billing entity")
        << S3 << "TimedStorage-ByteHrs" << "Get" << "AWS Marketplace" << "90" << "SERVICE AmazonS3";
    // Nothing specific: global 5% off: 95.
    QTest::newRow("global") << "AmazonRDS" << "InstanceUsage:db.t3" << "CreateDBInstance" << "AWS" << "95" << "GLOBAL";
}

void tst_PricingEngine::precedence()
{
    QFETCH(QString, service);
    QFETCH(QString, usageType);
    QFETCH(QString, operation);
    QFETCH(QString, entity);
    QFETCH(QString, expected);
    QFETCH(QString, scope);

    const PricingPlan plan = customPlan({
        rule(PricingRuleScope::Global, PricingRuleType::Discount, "5"),
        rule(PricingRuleScope::Service, PricingRuleType::Discount, "10", S3),
        rule(PricingRuleScope::BillingEntity, PricingRuleType::Markup, "20", {}, {}, {},
             QStringLiteral("AWS Marketplace")),
        rule(PricingRuleScope::Sku, PricingRuleType::Markup, "3", EC2, QStringLiteral("BoxUsage:m5.large"),
             QStringLiteral("RunInstances")),
        rule(PricingRuleScope::Sku, PricingRuleType::Discount, "50", S3, QStringLiteral("Requests-Tier1"),
             QStringLiteral("PutObject")),
        // A TIERING rule on S3 never competes with the discounts.
        rule(PricingRuleScope::Service, PricingRuleType::Tiering, "0", QStringLiteral("AmazonRDS")),
    });
    const QList<PricingInputRow> rows{usage(service, "80", "100", usageType, operation, entity)};
    const PricingResult result = priceRows(oneGroup(plan), rows);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().proForma, D(expected.toLatin1().constData()));
    QCOMPARE(result.rows.first().base, D("100"));
    QVERIFY(result.rows.first().rule >= 0);
    QCOMPARE(plan.rules.at(result.rows.first().rule).scopeDescription(), scope);
    QCOMPARE(winningRule(plan, rows.first()), result.rows.first().rule);
}

// DOMAIN.md section 3: global 5% discount + S3 10% discount: S3 usage 10% off, everything else 5% off.
void tst_PricingEngine::globalAndServiceDiscount()
{
    const PricingPlan plan = customPlan({rule(PricingRuleScope::Global, PricingRuleType::Discount, "5"),
                                         rule(PricingRuleScope::Service, PricingRuleType::Discount, "10", S3)});
    const QList<PricingInputRow> rows{usage(S3, "150", "200"), usage(EC2, "250", "300"),
                                      usage(QStringLiteral("AmazonRDS"), "40.00", "50.00")};
    const PricingResult result = priceRows(oneGroup(plan), rows);
    // S3 200 x 0.90 = 180; EC2 300 x 0.95 = 285; RDS 50 x 0.95 = 47.50; total 512.50.
    QCOMPARE(result.rows.at(0).proForma, D("180"));
    QCOMPARE(result.rows.at(1).proForma, D("285"));
    QCOMPARE(result.rows.at(2).proForma, D("47.5"));
    const GroupResult &g = result.groups.first();
    QCOMPARE(g.proForma, D("512.5"));
    QCOMPARE(g.publicOnDemand, D("550"));
    QCOMPARE(g.billable, D("440")); // 150 + 250 + 40
    QCOMPARE(g.margin(), D("72.5")); // 512.50 - 440
    QCOMPARE(g.byService.size(), 3);
    QCOMPARE(g.byService.at(0).key, QStringLiteral("AmazonEC2"));
    QCOMPARE(g.byService.at(0).proForma, D("285"));
    QCOMPARE(g.byService.at(2).key, QStringLiteral("AmazonS3"));
    QCOMPARE(g.byService.at(2).margin(), D("30")); // 180 - 150
}

// A flat USD 500 fee on Basic: usage on-demand 1000 + 500 = 1500; billable 900: margin 600, 40.00 %.
void tst_PricingEngine::flatFee()
{
    CustomLineItem fee = flatItem(QStringLiteral("cli-fee"), CustomLineItemType::Fee, "500");
    fee.presentationService = QStringLiteral("Managed services");
    const PricingResult result
        = priceRows(oneGroup(managed(basicPricingPlanName()), {fee}), {usage(EC2, "900", "1000")});
    const GroupResult &g = result.groups.first();
    QCOMPARE(g.usageProForma, D("1000"));
    QCOMPARE(g.customLineItems, D("500"));
    QCOMPARE(g.proForma, D("1500"));
    QCOMPARE(g.margin(), D("600"));
    QCOMPARE(g.marginPercent(), std::optional<Decimal>(D("40")));
    QCOMPARE(result.lineItems.size(), 1);
    QCOMPARE(result.lineItems.first().amount, D("500"));
    QCOMPARE(result.lineItems.first().basis, D("0"));
    // Shown under its presentation service.
    QCOMPARE(g.byService.at(1).key, QStringLiteral("Managed services"));
    QCOMPARE(g.byService.at(1).proForma, D("500"));
    QCOMPARE(g.byService.at(1).billable, D("0"));
}

// A 15% item of the group's pro forma total: as a fee +15%, as a credit -15%.
void tst_PricingEngine::percentageFeeAndCredit()
{
    const QList<PricingInputRow> rows{usage(EC2, "700", "800"), usage(S3, "150", "200")};
    // Pro forma total 1000 (Basic). Fee: 1000 x 15% = 150 -> 1150.
    PricingResult fee = priceRows(
        oneGroup(managed(basicPricingPlanName()), {percentItem(QStringLiteral("cli-m"), CustomLineItemType::Fee, "15")}),
        rows);
    QCOMPARE(fee.lineItems.first().basis, D("1000"));
    QCOMPARE(fee.lineItems.first().amount, D("150"));
    QCOMPARE(fee.groups.first().proForma, D("1150"));
    QCOMPARE(fee.groups.first().margin(), D("300")); // 1150 - 850
    // Credit: -150 -> 850; margin 0, 0.00 %.
    PricingResult credit = priceRows(
        oneGroup(managed(basicPricingPlanName()),
                 {percentItem(QStringLiteral("cli-c"), CustomLineItemType::Credit, "15")}),
        rows);
    QCOMPARE(credit.lineItems.first().amount, D("-150"));
    QCOMPARE(credit.groups.first().proForma, D("850"));
    QCOMPARE(credit.groups.first().margin(), D("0"));
    QCOMPARE(credit.groups.first().marginPercent(), std::optional<Decimal>(D("0")));
}

void tst_PricingEngine::percentageOfChosenItemsAndFilters()
{
    const QList<PricingInputRow> rows{usage(EC2, "700", "800"), usage(S3, "150", "200")};
    CustomLineItem security = flatItem(QStringLiteral("cli-sec"), CustomLineItemType::Fee, "500");
    // 10% of the pro forma total (1000) and of the flat security item (500): 150.
    CustomLineItem both = percentItem(QStringLiteral("cli-both"), CustomLineItemType::Fee, "10");
    both.percentOfItems = {QStringLiteral("cli-sec")};
    // 10% of the flat item only: 50.
    CustomLineItem ofItem = percentItem(QStringLiteral("cli-item"), CustomLineItemType::Fee, "10");
    ofItem.percentOfProForma = false;
    ofItem.percentOfItems = {QStringLiteral("cli-sec")};
    // 12.5% of S3's pro forma (200): 25, as a credit: -25.
    CustomLineItem s3 = percentItem(QStringLiteral("cli-s3"), CustomLineItemType::Credit, "12.5");
    s3.filterService = S3;
    const PricingResult result
        = priceRows(oneGroup(managed(basicPricingPlanName()), {security, both, ofItem, s3}), rows);
    QCOMPARE(result.lineItems.size(), 4);
    QCOMPARE(result.lineItems.at(0).amount, D("500"));
    QCOMPARE(result.lineItems.at(1).basis, D("1500"));
    QCOMPARE(result.lineItems.at(1).amount, D("150"));
    QCOMPARE(result.lineItems.at(2).basis, D("500"));
    QCOMPARE(result.lineItems.at(2).amount, D("50"));
    QCOMPARE(result.lineItems.at(3).basis, D("200"));
    QCOMPARE(result.lineItems.at(3).amount, D("-25"));
    // 1000 + 500 + 150 + 50 - 25 = 1675.
    QCOMPARE(result.groups.first().proForma, D("1675"));

    // Passthrough with Savings Plan negation -20 in the billable: 10% of the pro forma without it.
    const QList<PricingInputRow> sp{
        row(QStringLiteral("o-a"), QStringLiteral("1"), EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"),
            QStringLiteral("SavingsPlanCoveredUsage"), "20", "20"),
        row(QStringLiteral("o-a"), QStringLiteral("1"), EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"),
            QStringLiteral("SavingsPlanNegation"), "-20", "0"),
        row(QStringLiteral("o-a"), QStringLiteral("1"), EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"),
            QStringLiteral("Usage"), "80", "100")};
    CustomLineItem withoutNegation = percentItem(QStringLiteral("cli-sp"), CustomLineItemType::Fee, "10");
    withoutNegation.excludeSavingsPlanNegation = true;
    CustomLineItem withNegation = percentItem(QStringLiteral("cli-all"), CustomLineItemType::Fee, "10");
    const PricingResult passthrough
        = priceRows(oneGroup(managed(passthroughPricingPlanName()), {withoutNegation, withNegation}), sp);
    // Pro forma = billable = 20 - 20 + 80 = 80; without the negation 100: 10; with it: 8.
    QCOMPARE(passthrough.groups.first().usageProForma, D("80"));
    QCOMPARE(passthrough.lineItems.at(0).basis, D("100"));
    QCOMPARE(passthrough.lineItems.at(0).amount, D("10"));
    QCOMPARE(passthrough.lineItems.at(1).basis, D("80"));
    QCOMPARE(passthrough.lineItems.at(1).amount, D("8"));
    QCOMPARE(passthrough.groups.first().proForma, D("98"));
}

// Passthrough: the billable data as it is, every line item type, to the last digit.
void tst_PricingEngine::passthroughEqualsBillable()
{
    const QString org = QStringLiteral("o-a");
    const QString acct = QStringLiteral("111111111111");
    const QList<PricingInputRow> rows{
        row(org, acct, EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"), QStringLiteral("Usage"),
            "123.45678901234", "130.00000000001"),
        row(org, acct, EC2, {}, {}, QStringLiteral("EdpDiscount"), "-6.17283945061", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("Credit"), "-10.01", "0"),
        row(org, acct, QStringLiteral("AWSSupportBusiness"), {}, {}, QStringLiteral("Fee"), "11.71", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("Tax"), "23.79"
            , "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("SomeNewType"), "0.00000000001", "0")};
    const PricingResult result = priceRows(oneGroup(managed(passthroughPricingPlanName())), rows);
    // 123.45678901234 - 6.17283945061 - 10.01 + 11.71 + 23.79 + 0.00000000001 = 142.77394956174
    const GroupResult &g = result.groups.first();
    QCOMPARE(g.billable, D("142.77394956174"));
    QCOMPARE(g.proForma, D("142.77394956174"));
    QCOMPARE(g.margin(), D("0"));
    for (const PricedRow &r : result.rows)
        QCOMPARE(r.proForma, r.input->billable);
}

// Basic: public on-demand of usage only: no credits, taxes, discounts, support, Savings Plan negation or fees.
void tst_PricingEngine::basicExcludesCreditsTaxesDiscountsSupport()
{
    const QString org = QStringLiteral("o-a");
    const QString acct = QStringLiteral("111111111111");
    const QList<PricingInputRow> rows{
        row(org, acct, EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"), QStringLiteral("Usage"), "80",
            "100"),
        row(org, acct, EC2, QStringLiteral("BoxUsage"), QStringLiteral("RunInstances"),
            QStringLiteral("SavingsPlanCoveredUsage"), "30", "40"),
        row(org, acct, EC2, {}, {}, QStringLiteral("SavingsPlanNegation"), "-30", "0"),
        row(org, acct, QStringLiteral("AmazonRDS"), QStringLiteral("HeavyUsage"), QStringLiteral("CreateDBInstance"),
            QStringLiteral("DiscountedUsage"), "0", "25"),
        row(org, acct, QStringLiteral("AmazonRDS"), {}, {}, QStringLiteral("RIFee"), "15", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("Tax"), "16", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("Credit"), "-10", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("EdpDiscount"), "-5", "0"),
        row(org, acct, EC2, {}, {}, QStringLiteral("PrivateRateDiscount"), "-2", "0"),
        // Support carries an on-demand figure in some exports: still excluded.
        row(org, acct, QStringLiteral("AWSSupportBusiness"), QStringLiteral("Support"), {}, QStringLiteral("Usage"),
            "10", "10")};
    const PricingResult result = priceRows(oneGroup(managed(basicPricingPlanName())), rows);
    const GroupResult &g = result.groups.first();
    // 100 + 40 + 25 = 165.
    QCOMPARE(g.proForma, D("165"));
    QCOMPARE(g.publicOnDemand, D("165"));
    // 80 + 30 - 30 + 0 + 15 + 16 - 10 - 5 - 2 + 10 = 104.
    QCOMPARE(g.billable, D("104"));
    QCOMPARE(g.margin(), D("61"));
    QCOMPARE(g.marginPercent(), std::optional<Decimal>(D("36.97"))); // 61 / 165 = 36.9696...
}

void tst_PricingEngine::roundingOfSmallAmounts()
{
    // 0.12345678901 x 5% = 0.0061728394505 -> half-even at 11 digits 0.00617283945; 0.12345678901 - it =
    // 0.11728394956 (and 0.12345678901 x 0.95 = 0.1172839495595 rounds the same way).
    const PricingPlan plan = customPlan({rule(PricingRuleScope::Global, PricingRuleType::Discount, "5")});
    const PricingResult result = priceRows(oneGroup(plan), {usage(EC2, "0.1", "0.12345678901")});
    QCOMPARE(result.rows.first().proForma, D("0.11728394956"));
    // Markup 33.33% of 0.00000000003: change 0.0000000000099990 -> 0.00000000001; 0.00000000004.
    const PricingPlan markup = customPlan({rule(PricingRuleScope::Global, PricingRuleType::Markup, "33.33")});
    QCOMPARE(priceRows(oneGroup(markup), {usage(EC2, "0", "0.00000000003")}).rows.first().proForma,
             D("0.00000000004"));
}

void tst_PricingEngine::standardGroupsAndUncoveredRows()
{
    GroupPricing transfer;
    transfer.groupId = QStringLiteral("bg-t");
    transfer.organizationId = QStringLiteral("o-a");
    transfer.plan = managed(basicPricingPlanName());
    GroupPricing standard;
    standard.groupId = QStringLiteral("bg-s");
    standard.transferBilling = false;
    standard.accountIds = {QStringLiteral("222222222222")};
    standard.plan = customPlan({rule(PricingRuleScope::Global, PricingRuleType::Markup, "10")});
    const PricingConfiguration config{BillingPeriod(2026, 7), {transfer, standard}};
    const QList<PricingInputRow> rows{
        row(QStringLiteral("o-a"), QStringLiteral("111111111111"), EC2, QStringLiteral("U"), QStringLiteral("O"),
            QStringLiteral("Usage"), "9", "10"),
        row(QStringLiteral("o-a"), QStringLiteral("222222222222"), EC2, QStringLiteral("U"), QStringLiteral("O"),
            QStringLiteral("Usage"), "18", "20"),
        row(QStringLiteral("o-x"), QStringLiteral("333333333333"), EC2, QStringLiteral("U"), QStringLiteral("O"),
            QStringLiteral("Usage"), "27", "30")};
    const PricingResult result = priceRows(config, rows);
    QCOMPARE(result.rows.size(), 2); // o-x is in no group
    QCOMPARE(result.group(QStringLiteral("bg-t"))->proForma, D("10"));
    QCOMPARE(result.group(QStringLiteral("bg-s"))->proForma, D("22")); // 20 x 1.10
    QCOMPARE(result.group(QStringLiteral("bg-s"))->byAccount.size(), 1);
    QCOMPARE(result.group(QStringLiteral("bg-s"))->byAccount.first().key, QStringLiteral("222222222222"));
    QVERIFY(!result.group(QStringLiteral("bg-none")));
}

void tst_PricingEngine::marginPercent()
{
    GroupResult g;
    g.proForma = D("3");
    g.billable = D("2");
    QCOMPARE(g.marginPercent(), std::optional<Decimal>(D("33.33"))); // 1/3 = 33.333..
    g.billable = D("3.5");
    QCOMPARE(g.marginPercent(), std::optional<Decimal>(D("-16.67"))); // -0.5/3 = -16.666..
    g.proForma = D("8");
    g.billable = D("7.99");
    QCOMPARE(g.marginPercent(), std::optional<Decimal>(D("0.12"))); // 0.01/8 = 0.125% -> half-even 0.12
    g.proForma = D("0");
    QCOMPARE(g.marginPercent(), std::nullopt);
}

void tst_PricingEngine::explainsWhichRulePriced()
{
    const PricingPlan plan = customPlan({rule(PricingRuleScope::Global, PricingRuleType::Discount, "5"),
                                         rule(PricingRuleScope::Service, PricingRuleType::Discount, "10", S3)});
    CustomLineItem fee = flatItem(QStringLiteral("cli-fee"), CustomLineItemType::Fee, "500");
    const PricingConfiguration config = oneGroup(plan, {fee});
    const QList<PricingInputRow> rows{usage(S3, "150", "200"), usage(S3, "15", "20", QStringLiteral("Requests")),
                                      usage(EC2, "250", "300")};
    const PricingResult result = priceRows(config, rows);
    const Explanation s3 = explain(config, result, {QStringLiteral("bg-a"), S3, {}, {}});
    QCOMPARE(s3.planName, QStringLiteral("Custom"));
    QCOMPARE(s3.base, D("220"));
    QCOMPARE(s3.proForma, D("198")); // 220 x 0.9
    QCOMPARE(s3.billable, D("165"));
    QCOMPARE(s3.rules.size(), 1);
    QCOMPARE(s3.rules.first().scope, QStringLiteral("SERVICE AmazonS3"));
    QCOMPARE(s3.rules.first().effect, QStringLiteral("10% discount"));
    QCOMPARE(s3.rules.first().rows, qint64(2));
    QCOMPARE(s3.lineItems.size(), 1);
    QCOMPARE(s3.lineItems.first().amount, D("500"));
    const Explanation all = explain(config, result, {QStringLiteral("bg-a"), {}, {}, {}});
    QCOMPARE(all.rules.size(), 2);
    QCOMPARE(all.rules.first().scope, QStringLiteral("GLOBAL")); // 285 before 198
    QCOMPARE(all.rules.first().proForma, D("285"));
    const Explanation requests = explain(config, result, {QStringLiteral("bg-a"), S3, {}, QStringLiteral("Requests")});
    QCOMPARE(requests.proForma, D("18"));
}

// DOMAIN.md section 6 and issue 10: end-customer usage 20 (public on-demand 20, charged 20 by AWS) -> the bill
// receiver prices it with a 10% markup: 22, which is the intermediate's billable for the end customer; the
// intermediate prices the same usage with a 15% markup on its on-demand base: 23, which the end customer sees.
// Margins: 22 - 20 = 2 at the receiver, 23 - 22 = 1 at the intermediate.
void tst_PricingEngine::twoLevelChain()
{
    const QList<PricingInputRow> rows{usage(EC2, "20", "20")};
    const PricingConfiguration receiver
        = oneGroup(customPlan({rule(PricingRuleScope::Global, PricingRuleType::Markup, "10")}));
    const PricingResult top = priceRows(receiver, rows);
    QCOMPARE(top.groups.first().billable, D("20"));
    QCOMPARE(top.groups.first().proForma, D("22"));
    QCOMPARE(top.groups.first().margin(), D("2"));

    const QList<PricingInputRow> seen = rowsSeenByIntermediate(top, rows);
    QCOMPARE(seen.first().billable, D("22"));
    QCOMPARE(seen.first().publicOnDemand, D("20"));
    const PricingConfiguration intermediate
        = oneGroup(customPlan({rule(PricingRuleScope::Global, PricingRuleType::Markup, "15")}));
    const PricingResult middle = priceRows(intermediate, seen);
    QCOMPARE(middle.groups.first().billable, D("22"));
    QCOMPARE(middle.groups.first().proForma, D("23"));
    QCOMPARE(middle.groups.first().margin(), D("1"));

    // The same chain with the intermediate on Passthrough plus a flat fee of 1: 22 + 1 = 23.
    const PricingResult viaFee = priceRows(
        oneGroup(managed(passthroughPricingPlanName()), {flatItem(QStringLiteral("cli-1"), CustomLineItemType::Fee, "1")}),
        seen);
    QCOMPARE(viaFee.groups.first().proForma, D("23"));
    QCOMPARE(viaFee.groups.first().margin(), D("1"));
}

void tst_PricingEngine::conductorFeeProration_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("daysInUse");
    QTest::addColumn<int>("daysCharged");
    QTest::addColumn<QString>("amount");

    // Free trial: nothing before 2026-06-01.
    QTest::newRow("may, trial") << 2026 << 5 << QDate(2026, 5, 1) << QDate(2026, 5, 31) << 31 << 0 << "0";
    // A use from 2026-05-20 to 2026-06-15: May 12 days free; June 15 of 30 days: 50 x 15 / 30 = 25.00.
    QTest::newRow("across the boundary, may") << 2026 << 5 << QDate(2026, 5, 20) << QDate(2026, 6, 15) << 12 << 0
                                              << "0";
    QTest::newRow("across the boundary, june") << 2026 << 6 << QDate(2026, 5, 20) << QDate(2026, 6, 15) << 15 << 15
                                               << "25";
    QTest::newRow("full june") << 2026 << 6 << QDate(2026, 6, 1) << QDate(2026, 6, 30) << 30 << 30 << "50";
    // July, 10 of 31 days: 50 x 10 / 31 = 16.129.. -> 16.13.
    QTest::newRow("july, 10 days") << 2026 << 7 << QDate(2026, 7, 22) << QDate(2026, 8, 31) << 10 << 10 << "16.13";
    // February 2027, 1 of 28 days: 50 / 28 = 1.7857.. -> 1.79.
    QTest::newRow("february, 1 day") << 2027 << 2 << QDate(2027, 2, 28) << QDate(2027, 3, 31) << 1 << 1 << "1.79";
}

void tst_PricingEngine::conductorFeeProration()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, daysInUse);
    QFETCH(int, daysCharged);
    QFETCH(QString, amount);
    const QList<ConductorFeeLine> lines
        = conductorFees(BillingPeriod(year, month), {{QStringLiteral("o-a"), from, to}});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().daysInUse, daysInUse);
    QCOMPARE(lines.first().daysCharged, daysCharged);
    QCOMPARE(lines.first().amount, D(amount.toLatin1().constData()));
    // A use outside the period: no line.
    QVERIFY(conductorFees(BillingPeriod(year, month), {{QStringLiteral("o-a"), QDate(2020, 1, 1), QDate(2020, 1, 2)}})
                .isEmpty());
}

QTEST_APPLESS_MAIN(tst_PricingEngine)
#include "tst_PricingEngine.moc"
