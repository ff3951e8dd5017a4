// The pricing value types and their rules (DOMAIN.md section 3): names, parsing, rule and custom line item checks,
// conflicts and the 500-rule limit, versions in effect, descriptions for explanations.
#include "domain/Pricing.h"

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

PricingRule validRule()
{
    PricingRule r;
    r.id = QStringLiteral("pr-1");
    r.planId = QStringLiteral("pp-1");
    r.name = QStringLiteral("Everything 5% off");
    r.scope = PricingRuleScope::Global;
    r.type = PricingRuleType::Discount;
    r.modifierPercent = D("5");
    return r;
}

CustomLineItem validItem()
{
    CustomLineItem item;
    item.id = QStringLiteral("cli-1");
    item.billingGroupId = QStringLiteral("bg-1");
    item.name = QStringLiteral("Managed service fee");
    item.flatAmount = D("500");
    item.startPeriod = BillingPeriod(2026, 7).index();
    return item;
}

const QSet<QString> Known{QStringLiteral("AmazonEC2"), QStringLiteral("AmazonS3")};

} // namespace

Q_DECLARE_METATYPE(PricingRule)
Q_DECLARE_METATYPE(CustomLineItem)

class tst_Pricing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void validateRule_data();
    void validateRule();
    void unknownServicesNotCheckedWithoutCatalogue();
    void conflicts_data();
    void conflicts();
    void ruleLimit();
    void inEffect_data();
    void inEffect();
    void descriptions_data();
    void descriptions();
    void managedPlans();
    void validateLineItem_data();
    void validateLineItem();
    void lineItemAppliesAndSign();
};

void tst_Pricing::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // 0 type, 1 scope, 2 item type
    QTest::addColumn<int>("value"); // the enum value, -1: refused
    QTest::addColumn<QString>("canonical");

    QTest::newRow("markup") << "MARKUP" << 0 << int(PricingRuleType::Markup) << "MARKUP";
    QTest::newRow("discount lower case") << "discount" << 0 << int(PricingRuleType::Discount) << "DISCOUNT";
    QTest::newRow("tiering mixed") << "Tiering" << 0 << int(PricingRuleType::Tiering) << "TIERING";
    QTest::newRow("no such type") << "rebate" << 0 << -1 << "";
    QTest::newRow("global") << "global" << 1 << int(PricingRuleScope::Global) << "GLOBAL";
    QTest::newRow("service") << "SERVICE" << 1 << int(PricingRuleScope::Service) << "SERVICE";
    QTest::newRow("billing-entity with dash") << "billing-entity" << 1 << int(PricingRuleScope::BillingEntity)
                                              << "BILLING_ENTITY";
    QTest::newRow("BILLING_ENTITY") << "BILLING_ENTITY" << 1 << int(PricingRuleScope::BillingEntity)
                                    << "BILLING_ENTITY";
    QTest::newRow("sku") << "sku" << 1 << int(PricingRuleScope::Sku) << "SKU";
    QTest::newRow("empty scope") << "" << 1 << -1 << "";
    QTest::newRow("billingentity without separator") << "billingentity" << 1 << -1 << "";
    QTest::newRow("fee") << "fee" << 2 << int(CustomLineItemType::Fee) << "FEE";
    QTest::newRow("credit") << "CREDIT" << 2 << int(CustomLineItemType::Credit) << "CREDIT";
    QTest::newRow("no such item type") << "refund" << 2 << -1 << "";
}

void tst_Pricing::names()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, value);
    QFETCH(QString, canonical);
    if (kind == 0) {
        const auto t = pricingRuleTypeFromName(text);
        QCOMPARE(t.has_value(), value >= 0);
        if (t) {
            QCOMPARE(int(*t), value);
            QCOMPARE(pricingRuleTypeName(*t), canonical);
        }
    } else if (kind == 1) {
        const auto s = pricingRuleScopeFromName(text);
        QCOMPARE(s.has_value(), value >= 0);
        if (s) {
            QCOMPARE(int(*s), value);
            QCOMPARE(pricingRuleScopeName(*s), canonical);
        }
    } else {
        const auto i = customLineItemTypeFromName(text);
        QCOMPARE(i.has_value(), value >= 0);
        if (i) {
            QCOMPARE(int(*i), value);
            QCOMPARE(customLineItemTypeName(*i), canonical);
        }
    }
}

void tst_Pricing::validateRule_data()
{
    QTest::addColumn<PricingRule>("rule");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("field");

    const PricingRule ok = validRule();
    QTest::newRow("valid global discount") << ok << "" << "";

    PricingRule r = ok;
    r.name.clear();
    QTest::newRow("empty name") << r << PricingReasons::InvalidName << "name";
    r.name = QStringLiteral("   ");
    QTest::newRow("blank name") << r << PricingReasons::InvalidName << "name";
    r.name = QString(128, QLatin1Char('n'));
    QTest::newRow("name of 128") << r << "" << "";
    r.name = QString(129, QLatin1Char('n'));
    QTest::newRow("name of 129") << r << PricingReasons::InvalidName << "name";
    r.name = QStringLiteral("two\nlines");
    QTest::newRow("name with a line break") << r << PricingReasons::InvalidName << "name";
    r = ok;
    r.description = QString(1025, QLatin1Char('d'));
    QTest::newRow("description of 1025") << r << PricingReasons::InvalidDescription << "description";

    // Percentages: >= 0, 2 decimals, discount <= 100, markup <= 1,000,000.
    r = ok;
    r.modifierPercent = D("100");
    QTest::newRow("discount 100") << r << "" << "";
    r.modifierPercent = D("100.01");
    QTest::newRow("discount 100.01") << r << PricingReasons::InvalidPercent << "percent";
    r.modifierPercent = D("0");
    QTest::newRow("discount 0") << r << "" << "";
    r.modifierPercent = D("-1");
    QTest::newRow("negative discount") << r << PricingReasons::InvalidPercent << "percent";
    r.modifierPercent = D("12.34");
    QTest::newRow("two decimals") << r << "" << "";
    r.modifierPercent = D("12.345");
    QTest::newRow("three decimals") << r << PricingReasons::InvalidPercent << "percent";
    r.type = PricingRuleType::Markup;
    r.modifierPercent = D("1000000");
    QTest::newRow("markup 1,000,000") << r << "" << "";
    r.modifierPercent = D("1000000.01");
    QTest::newRow("markup 1,000,000.01") << r << PricingReasons::InvalidPercent << "percent";
    r.modifierPercent = D("250");
    QTest::newRow("markup 250") << r << "" << "";

    // Tiering: GLOBAL and SERVICE only, no percentage.
    r = ok;
    r.type = PricingRuleType::Tiering;
    r.modifierPercent = Decimal();
    r.freeTier = false;
    QTest::newRow("tiering global") << r << "" << "";
    r.scope = PricingRuleScope::Service;
    r.service = QStringLiteral("AmazonS3");
    QTest::newRow("tiering service") << r << "" << "";
    r.scope = PricingRuleScope::BillingEntity;
    r.service.clear();
    r.billingEntity = QStringLiteral("AWS");
    QTest::newRow("tiering billing entity") << r << PricingReasons::TieringScope << "scope";
    r.scope = PricingRuleScope::Sku;
    r.billingEntity.clear();
    r.service = QStringLiteral("AmazonEC2");
    r.usageType = QStringLiteral("BoxUsage:m5.large");
    r.operation = QStringLiteral("RunInstances");
    QTest::newRow("tiering sku") << r << PricingReasons::TieringScope << "scope";
    r = ok;
    r.type = PricingRuleType::Tiering;
    r.modifierPercent = D("5");
    QTest::newRow("tiering with a percentage") << r << PricingReasons::InvalidPercent << "percent";

    // SERVICE and SKU need a known service code.
    r = ok;
    r.scope = PricingRuleScope::Service;
    QTest::newRow("service without a code") << r << PricingReasons::UnknownService << "service";
    r.service = QStringLiteral("AmazonS3");
    QTest::newRow("service AmazonS3") << r << "" << "";
    r.service = QStringLiteral("amazons3");
    QTest::newRow("service code in the wrong case") << r << PricingReasons::UnknownService << "service";
    r.service = QStringLiteral("AmazonFoo");
    QTest::newRow("unknown service") << r << PricingReasons::UnknownService << "service";
    r.service = QStringLiteral("AmazonS3");
    r.usageType = QStringLiteral("TimedStorage-ByteHrs");
    QTest::newRow("service with a usage type") << r << PricingReasons::InvalidScope << "usageType";
    r.usageType.clear();
    r.operation = QStringLiteral("PutObject");
    QTest::newRow("service with an operation") << r << PricingReasons::InvalidScope << "operation";
    r.operation.clear();
    r.billingEntity = QStringLiteral("AWS");
    QTest::newRow("service with a billing entity") << r << PricingReasons::InvalidScope << "billingEntity";

    r = ok;
    r.scope = PricingRuleScope::Sku;
    r.service = QStringLiteral("AmazonEC2");
    r.usageType = QStringLiteral("BoxUsage:m5.large");
    r.operation = QStringLiteral("RunInstances");
    QTest::newRow("sku complete") << r << "" << "";
    r.operation.clear();
    QTest::newRow("sku without an operation") << r << PricingReasons::SkuIncomplete << "operation";
    r.operation = QStringLiteral("RunInstances");
    r.usageType.clear();
    QTest::newRow("sku without a usage type") << r << PricingReasons::SkuIncomplete << "usageType";
    r.usageType = QStringLiteral("BoxUsage:m5.large");
    r.service.clear();
    QTest::newRow("sku without a service") << r << PricingReasons::UnknownService << "service";

    // BILLING_ENTITY: AWS or AWS Marketplace, nothing else.
    r = ok;
    r.scope = PricingRuleScope::BillingEntity;
    r.billingEntity = QStringLiteral("AWS Marketplace");
    QTest::newRow("billing entity marketplace") << r << "" << "";
    r.billingEntity = QStringLiteral("AWS");
    QTest::newRow("billing entity AWS") << r << "" << "";
    r.billingEntity = QStringLiteral("Amazon Web Services EMEA SARL");
    QTest::newRow("invoicing entity is not a billing entity") << r << PricingReasons::InvalidBillingEntity
                                                              << "billingEntity";
    r.billingEntity.clear();
    QTest::newRow("billing entity missing") << r << PricingReasons::InvalidBillingEntity << "billingEntity";
    r.billingEntity = QStringLiteral("AWS");
    r.service = QStringLiteral("AmazonS3");
    QTest::newRow("billing entity with a service") << r << PricingReasons::InvalidScope << "service";

    // GLOBAL takes no scope fields.
    r = ok;
    r.service = QStringLiteral("AmazonS3");
    QTest::newRow("global with a service") << r << PricingReasons::InvalidScope << "service";
    r = ok;
    r.billingEntity = QStringLiteral("AWS");
    QTest::newRow("global with a billing entity") << r << PricingReasons::InvalidScope << "billingEntity";
}

void tst_Pricing::validateRule()
{
    QFETCH(PricingRule, rule);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Status s = validatePricingRule(rule, Known);
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
    QVERIFY(!s.error().message.isEmpty());
}

void tst_Pricing::unknownServicesNotCheckedWithoutCatalogue()
{
    PricingRule r = validRule();
    r.scope = PricingRuleScope::Service;
    r.service = QStringLiteral("AmazonFoo");
    QVERIFY(validatePricingRule(r, {}).ok());
    QCOMPARE(validatePricingRule(r, Known).error().code, PricingReasons::UnknownService);
}

void tst_Pricing::conflicts_data()
{
    QTest::addColumn<PricingRule>("existing");
    QTest::addColumn<PricingRule>("added");
    QTest::addColumn<bool>("conflict");

    PricingRule global = validRule();
    PricingRule global2 = global;
    global2.id = QStringLiteral("pr-2");
    global2.type = PricingRuleType::Markup;
    QTest::newRow("two global price rules") << global << global2 << true;
    QTest::newRow("the same rule edited") << global << global << false;

    PricingRule tiering = global2;
    tiering.type = PricingRuleType::Tiering;
    tiering.modifierPercent = Decimal();
    QTest::newRow("global discount and global tiering") << global << tiering << false;

    PricingRule s3 = global2;
    s3.scope = PricingRuleScope::Service;
    s3.service = QStringLiteral("AmazonS3");
    QTest::newRow("global and service") << global << s3 << false;
    PricingRule s3b = s3;
    s3b.id = QStringLiteral("pr-3");
    s3b.type = PricingRuleType::Discount;
    QTest::newRow("two S3 service rules") << s3 << s3b << true;
    PricingRule ec2 = s3b;
    ec2.service = QStringLiteral("AmazonEC2");
    QTest::newRow("S3 and EC2 service rules") << s3 << ec2 << false;

    PricingRule sku = s3b;
    sku.scope = PricingRuleScope::Sku;
    sku.service = QStringLiteral("AmazonEC2");
    sku.usageType = QStringLiteral("BoxUsage:m5.large");
    sku.operation = QStringLiteral("RunInstances");
    PricingRule sku2 = sku;
    sku2.id = QStringLiteral("pr-4");
    QTest::newRow("same SKU") << sku << sku2 << true;
    sku2.operation = QStringLiteral("RunInstances:0002");
    QTest::newRow("other operation") << sku << sku2 << false;
    QTest::newRow("service and SKU of the same service") << ec2 << sku << false;

    PricingRule entity = global2;
    entity.scope = PricingRuleScope::BillingEntity;
    entity.billingEntity = QStringLiteral("AWS Marketplace");
    PricingRule entity2 = entity;
    entity2.id = QStringLiteral("pr-5");
    QTest::newRow("same billing entity") << entity << entity2 << true;
    entity2.billingEntity = QStringLiteral("AWS");
    QTest::newRow("other billing entity") << entity << entity2 << false;
}

void tst_Pricing::conflicts()
{
    QFETCH(PricingRule, existing);
    QFETCH(PricingRule, added);
    QFETCH(bool, conflict);
    const Status s = validateRuleInPlan(added, {existing});
    QCOMPARE(!s.ok(), conflict);
    QCOMPARE(existing.conflictKey() == added.conflictKey() && existing.id != added.id, conflict);
    if (conflict) {
        QCOMPARE(s.error().code, PricingReasons::Conflict);
        QCOMPARE(s.error().field, QStringLiteral("scope"));
    }
}

void tst_Pricing::ruleLimit()
{
    // 499 SERVICE rules (distinct services): a 500th fits, a 501st does not; editing one of 500 is fine.
    QList<PricingRule> rules;
    for (int i = 0; i < 499; ++i) {
        PricingRule r = validRule();
        r.id = QStringLiteral("pr-%1").arg(i);
        r.scope = PricingRuleScope::Service;
        r.service = QStringLiteral("Service%1").arg(i);
        rules.append(r);
    }
    PricingRule r500 = validRule();
    r500.id = QStringLiteral("pr-500");
    QVERIFY(validateRuleInPlan(r500, rules).ok());
    rules.append(r500);
    PricingRule r501 = validRule();
    r501.id = QStringLiteral("pr-501");
    r501.scope = PricingRuleScope::Service;
    r501.service = QStringLiteral("AmazonS3");
    const Status s = validateRuleInPlan(r501, rules);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, PricingReasons::PlanRuleLimit);
    PricingRule edited = rules.at(10);
    edited.modifierPercent = D("7");
    QVERIFY(validateRuleInPlan(edited, rules).ok());
    // Two versions of one rule (closed and current) count once.
    QList<PricingRule> versions = rules;
    PricingRule older = rules.at(3);
    older.fromPeriod = 0;
    older.toPeriod = 5;
    versions.append(older);
    QVERIFY(validateRuleInPlan(edited, versions).ok());
}

void tst_Pricing::inEffect_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to"); // -1: open
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("expected");
    const int jul = BillingPeriod(2026, 7).index();
    QTest::newRow("open, from the start") << 0 << -1 << 2026 << 7 << true;
    QTest::newRow("open, starts this month") << jul << -1 << 2026 << 7 << true;
    QTest::newRow("open, starts next month") << jul + 1 << -1 << 2026 << 7 << false;
    QTest::newRow("closed last month") << 0 << jul - 1 << 2026 << 7 << false;
    QTest::newRow("closed this month (inclusive)") << 0 << jul << 2026 << 7 << true;
    QTest::newRow("one month only") << jul << jul << 2026 << 7 << true;
    QTest::newRow("one month only, the next") << jul << jul << 2026 << 8 << false;
}

void tst_Pricing::inEffect()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(bool, expected);
    PricingRule r = validRule();
    r.fromPeriod = from;
    if (to >= 0)
        r.toPeriod = to;
    QCOMPARE(r.inEffect(BillingPeriod(year, month)), expected);
    QVERIFY(!r.inEffect(BillingPeriod()));
}

void tst_Pricing::descriptions_data()
{
    QTest::addColumn<PricingRule>("rule");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("effect");

    PricingRule r = validRule();
    r.modifierPercent = D("10");
    QTest::newRow("global") << r << "GLOBAL" << "10% discount";
    r.scope = PricingRuleScope::Service;
    r.service = QStringLiteral("AmazonS3");
    r.type = PricingRuleType::Markup;
    r.modifierPercent = D("5");
    QTest::newRow("service") << r << "SERVICE AmazonS3" << "5% markup";
    r.scope = PricingRuleScope::Sku;
    r.service = QStringLiteral("AmazonEC2");
    r.usageType = QStringLiteral("BoxUsage:m5.large");
    r.operation = QStringLiteral("RunInstances");
    r.modifierPercent = D("12.50");
    QTest::newRow("sku") << r << "SKU AmazonEC2 BoxUsage:m5.large RunInstances" << "12.5% markup";
    PricingRule e = validRule();
    e.scope = PricingRuleScope::BillingEntity;
    e.billingEntity = QStringLiteral("AWS Marketplace");
    e.modifierPercent = D("0.25");
    QTest::newRow("billing entity") << e << "BILLING_ENTITY AWS Marketplace" << "0.25% discount";
    PricingRule t = validRule();
    t.type = PricingRuleType::Tiering;
    t.freeTier = false;
    QTest::newRow("tiering off") << t << "GLOBAL" << "free tier off";
    t.freeTier = true;
    QTest::newRow("tiering on") << t << "GLOBAL" << "free tier on";
}

void tst_Pricing::descriptions()
{
    QFETCH(PricingRule, rule);
    QFETCH(QString, scope);
    QFETCH(QString, effect);
    QCOMPARE(rule.scopeDescription(), scope);
    QCOMPARE(rule.effectDescription(), effect);
}

void tst_Pricing::managedPlans()
{
    const QList<PricingPlan> plans = managedPricingPlans();
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(0).name, QStringLiteral("BasicPricingPlan"));
    QCOMPARE(plans.at(0).id, QStringLiteral("BasicPricingPlan"));
    QVERIFY(plans.at(0).managed);
    QVERIFY(plans.at(0).isBasic());
    QVERIFY(!plans.at(0).isPassthrough());
    QVERIFY(plans.at(0).rules.isEmpty());
    QVERIFY(!plans.at(0).description.isEmpty());
    QCOMPARE(plans.at(1).name, QStringLiteral("Passthrough"));
    QVERIFY(plans.at(1).managed);
    QVERIFY(plans.at(1).isPassthrough());
    QVERIFY(!plans.at(1).isBasic());
    QVERIFY(isManagedPlanName(u"BasicPricingPlan"));
    QVERIFY(isManagedPlanName(u"passthrough"));
    QVERIFY(!isManagedPlanName(u"Gold"));
    QCOMPARE(knownBillingEntities(), QStringList({QStringLiteral("AWS"), QStringLiteral("AWS Marketplace")}));
    QCOMPARE(PricingLimits::maxRulePercent(PricingRuleType::Discount), D("100"));
    QCOMPARE(PricingLimits::maxRulePercent(PricingRuleType::Markup), D("1000000"));
    QCOMPARE(PricingLimits::maxFlatAmount(), D("1000000"));
    QCOMPARE(PricingLimits::maxItemPercent(), D("10000"));
}

void tst_Pricing::validateLineItem_data()
{
    QTest::addColumn<CustomLineItem>("item");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const int jul = BillingPeriod(2026, 7).index();
    const CustomLineItem ok = validItem();
    QTest::newRow("valid flat fee") << ok << "" << "";

    CustomLineItem i = ok;
    i.name.clear();
    QTest::newRow("no name") << i << PricingReasons::InvalidName << "name";
    i = ok;
    i.name = QString(129, QLatin1Char('x'));
    QTest::newRow("name of 129") << i << PricingReasons::InvalidName << "name";

    // Exactly one of flat and percent.
    i = ok;
    i.flatAmount.reset();
    QTest::newRow("neither flat nor percent") << i << PricingReasons::InvalidAmount << "amount";
    i = ok;
    i.percent = D("10");
    QTest::newRow("both flat and percent") << i << PricingReasons::InvalidAmount << "percent";

    // Flat: USD 0..1,000,000, cents.
    i = ok;
    i.flatAmount = D("0");
    QTest::newRow("flat 0") << i << "" << "";
    i.flatAmount = D("1000000");
    QTest::newRow("flat 1,000,000") << i << "" << "";
    i.flatAmount = D("1000000.01");
    QTest::newRow("flat 1,000,000.01") << i << PricingReasons::InvalidAmount << "flat";
    i.flatAmount = D("-5");
    QTest::newRow("negative flat") << i << PricingReasons::InvalidAmount << "flat";
    i.flatAmount = D("12.345");
    QTest::newRow("flat with 3 decimals") << i << PricingReasons::InvalidAmount << "flat";
    i = ok;
    i.percentOfItems = {QStringLiteral("cli-2")};
    QTest::newRow("flat of items") << i << PricingReasons::InvalidAmount << "percentOfItems";
    i = ok;
    i.filterService = QStringLiteral("AmazonS3");
    QTest::newRow("flat with a service filter") << i << PricingReasons::InvalidFilter << "filterService";

    // Percent: 0..10,000 %, 2 decimals.
    CustomLineItem p = ok;
    p.flatAmount.reset();
    p.percent = D("15");
    QTest::newRow("percent 15") << p << "" << "";
    p.percent = D("10000");
    QTest::newRow("percent 10,000") << p << "" << "";
    p.percent = D("10000.01");
    QTest::newRow("percent 10,000.01") << p << PricingReasons::InvalidAmount << "percent";
    p.percent = D("-0.01");
    QTest::newRow("negative percent") << p << PricingReasons::InvalidAmount << "percent";
    p.percent = D("0.125");
    QTest::newRow("percent with 3 decimals") << p << PricingReasons::InvalidAmount << "percent";
    p.percent = D("12.5");
    p.percentOfItems = {QStringLiteral("cli-2")};
    QTest::newRow("percent of the total and an item") << p << "" << "";
    p.percentOfProForma = false;
    QTest::newRow("percent of an item only") << p << "" << "";
    p.percentOfItems.clear();
    QTest::newRow("percent of nothing") << p << PricingReasons::InvalidAmount << "percentOfItems";
    p.percentOfProForma = true;
    p.percentOfItems = {QStringLiteral("cli-1")};
    QTest::newRow("percent of itself") << p << PricingReasons::InvalidAmount << "percentOfItems";
    p.percentOfItems.clear();
    p.filterService = QStringLiteral("AmazonS3");
    p.excludeSavingsPlanNegation = true;
    QTest::newRow("two filters") << p << PricingReasons::InvalidFilter << "excludeSavingsPlanNegation";

    // Periods: starts in the current (July 2026) or previous month; the end is not before the start.
    i = ok;
    i.startPeriod = jul - 1;
    QTest::newRow("starts last month") << i << "" << "";
    i.startPeriod = jul - 2;
    QTest::newRow("starts two months ago") << i << PricingReasons::InvalidPeriodRange << "start";
    i.startPeriod = jul + 1;
    QTest::newRow("starts next month") << i << PricingReasons::InvalidPeriodRange << "start";
    i.startPeriod = jul;
    i.endPeriod = jul;
    QTest::newRow("one month") << i << "" << "";
    i.endPeriod = jul + 11;
    QTest::newRow("a year") << i << "" << "";
    i.endPeriod = jul - 1;
    QTest::newRow("ends before it starts") << i << PricingReasons::InvalidPeriodRange << "end";
}

void tst_Pricing::validateLineItem()
{
    QFETCH(CustomLineItem, item);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Status s = validateCustomLineItem(item, BillingPeriod(2026, 7));
    if (code.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.error().describe()));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
}

void tst_Pricing::lineItemAppliesAndSign()
{
    CustomLineItem item = validItem();
    const int jul = BillingPeriod(2026, 7).index();
    item.startPeriod = jul;
    item.endPeriod = jul + 2;
    QVERIFY(!item.appliesTo(BillingPeriod(2026, 6)));
    QVERIFY(item.appliesTo(BillingPeriod(2026, 7)));
    QVERIFY(item.appliesTo(BillingPeriod(2026, 9)));
    QVERIFY(!item.appliesTo(BillingPeriod(2026, 10)));
    // A version closed in August: September is another version's.
    item.toPeriod = jul + 1;
    QVERIFY(item.appliesTo(BillingPeriod(2026, 8)));
    QVERIFY(!item.appliesTo(BillingPeriod(2026, 9)));
    // A stored item starting long ago is still valid (no current period to check against).
    item.startPeriod = jul - 24;
    QVERIFY(validateCustomLineItem(item, BillingPeriod()).ok());
    QCOMPARE(item.sign(), D("1"));
    item.type = CustomLineItemType::Credit;
    QCOMPARE(item.sign(), D("-1"));
    QVERIFY(item.isFlat());
}

QTEST_APPLESS_MAIN(tst_Pricing)
#include "tst_Pricing.moc"
