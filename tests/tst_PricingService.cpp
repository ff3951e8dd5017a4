// PricingService (issue 10): the rules of the configuration itself, on a temporary database. A payer organization
// The dates are years ahead: a new database starts at the real date and its clock only moves forward.
// (management account 100000000001, member 100000000009) has invited a bill source (200000000002); the transfer is
// in effect (TestSupport::putTransferInEffect moves the clock to its start).
#include "TestSupport.h"
#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/PricingService.h"

#include <QTest>

using namespace bd;

namespace {
const QString Payer = QStringLiteral("100000000001");
const QString PayerMember = QStringLiteral("100000000009");
const QString Source = QStringLiteral("200000000002");

PricingRule rule(PricingRuleScope scope, PricingRuleType type, int percent, const QString &service = {})
{
    PricingRule r;
    r.name = QStringLiteral("rule %1").arg(service);
    r.scope = scope;
    r.type = type;
    r.modifierPercent = Decimal::fromInt(percent);
    r.service = service;
    return r;
}
} // namespace

class tst_PricingService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempServices> m_ts;
    Services &s() { return *m_ts->services; }
    PricingService &pricing() { return s().pricing(); }

private Q_SLOTS:
    void init()
    {
        m_ts = std::make_unique<test::TempServices>();
        QVERIFY(s().clock().set(QDateTime(QDate(2031, 3, 10), QTime(9, 0), Qt::UTC)).ok());
        Organization payer{QStringLiteral("o-payer0000001"), QStringLiteral("Payer"), Payer,
                           QStringLiteral("billing@payer.example.com"), true, false};
        Organization source{QStringLiteral("o-source000001"), QStringLiteral("Company A"), Source,
                            QStringLiteral("root@a.example.com"), true, false};
        QVERIFY(s().directory().addOrganization(payer, QStringLiteral("Payer Management"), QStringLiteral("US")).ok());
        QVERIFY(s().directory().addOrganization(source, QStringLiteral("A Management"), QStringLiteral("GB")).ok());
        Account member{PayerMember, QStringLiteral("Payer Member"), QStringLiteral("member@payer.example.com"),
                       QStringLiteral("US"), payer.id};
        QVERIFY(s().directory().addAccount(member).ok());
        QVERIFY(test::putTransferInEffect(s(), Payer, Source, QStringLiteral("Company A")));
        QVERIFY(s().setActingAccount(Payer).ok());
        QCOMPARE(pricing().currentPeriod(), BillingPeriod(2031, 5)); // two months after March
    }

    void conflictAndLimit()
    {
        auto plan = pricing().addPlan(QStringLiteral("Plan"));
        QVERIFY(plan.ok());
        QVERIFY(pricing().addRule(plan->id, rule(PricingRuleScope::Global, PricingRuleType::Discount, 5)).ok());
        QVERIFY(pricing().addRule(plan->id, rule(PricingRuleScope::Service, PricingRuleType::Discount, 10,
                                                 QStringLiteral("AmazonS3")))
                    .ok());
        // The same scope and key again: refused, whatever the type or percent.
        auto conflict = pricing().addRule(
            plan->id, rule(PricingRuleScope::Service, PricingRuleType::Markup, 3, QStringLiteral("AmazonS3")));
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code, PricingReasons::Conflict);
        // Up to 500 rules: 498 more SKU rules fit, the 501st does not.
        for (int i = 0; i < 498; ++i) {
            PricingRule sku = rule(PricingRuleScope::Sku, PricingRuleType::Markup, 1, QStringLiteral("AmazonEC2"));
            sku.usageType = QStringLiteral("BoxUsage:t%1").arg(i);
            sku.operation = QStringLiteral("RunInstances");
            QVERIFY2(pricing().addRule(plan->id, sku).ok(), qPrintable(QString::number(i)));
        }
        QCOMPARE(pricing().rules(plan->id)->size(), 500);
        PricingRule last = rule(PricingRuleScope::Sku, PricingRuleType::Markup, 1, QStringLiteral("AmazonEC2"));
        last.usageType = QStringLiteral("BoxUsage:x");
        last.operation = QStringLiteral("RunInstances");
        auto refused = pricing().addRule(plan->id, last);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, PricingReasons::PlanRuleLimit);
    }

    void managedPlansAreReadOnly()
    {
        for (const QString &name : {basicPricingPlanName(), passthroughPricingPlanName()}) {
            auto r = pricing().addRule(name, rule(PricingRuleScope::Global, PricingRuleType::Discount, 5));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, PricingReasons::ManagedPlanReadOnly);
            QVERIFY(!pricing().removePlan(name).ok());
        }
    }

    void editsApplyFromTheCurrentPeriod()
    {
        auto plan = pricing().addPlan(QStringLiteral("Plan"));
        QVERIFY(plan.ok());
        auto added = pricing().addRule(plan->id, rule(PricingRuleScope::Global, PricingRuleType::Discount, 5));
        QVERIFY(added.ok());
        QCOMPARE(added->fromPeriod, BillingPeriod(2031, 5).index());
        // Edited in the period it started: changed in place.
        PricingRule edit = *added;
        edit.modifierPercent = Decimal::fromInt(6);
        QVERIFY(pricing().editRule(added->id, edit).ok());
        QCOMPARE(pricing().rules(plan->id)->first().modifierPercent, Decimal::fromInt(6));
        // A month later: May keeps 6 %, June on has 8 %.
        QVERIFY(s().clock().set(QDateTime(QDate(2031, 6, 2), QTime(9, 0), Qt::UTC)).ok());
        edit.modifierPercent = Decimal::fromInt(8);
        QVERIFY(pricing().editRule(added->id, edit).ok());
        QCOMPARE(pricing().rules(plan->id, BillingPeriod(2031, 5))->first().modifierPercent, Decimal::fromInt(6));
        QCOMPARE(pricing().rules(plan->id, BillingPeriod(2031, 6))->first().modifierPercent, Decimal::fromInt(8));
        // Removed in July: June keeps it.
        QVERIFY(s().clock().set(QDateTime(QDate(2031, 7, 2), QTime(9, 0), Qt::UTC)).ok());
        QVERIFY(pricing().removeRule(added->id).ok());
        QCOMPARE(pricing().rules(plan->id, BillingPeriod(2031, 7))->size(), 0);
        QCOMPARE(pricing().rules(plan->id, BillingPeriod(2031, 6))->size(), 1);
        // The group's plan likewise: June on Basic, July on the plan.
        QVERIFY(pricing().setGroupPlan(QStringLiteral("Company A"), plan->id).ok());
        QCOMPARE(pricing().group(QStringLiteral("Company A"), BillingPeriod(2031, 7))->group.pricingPlan,
                 QStringLiteral("Plan"));
        QCOMPARE(pricing().group(QStringLiteral("Company A"), BillingPeriod(2031, 6))->group.pricingPlan,
                 basicPricingPlanName());
    }

    void standardGroups()
    {
        // Passthrough is only for transfer billing groups.
        auto passthrough = pricing().addStandardGroup(QStringLiteral("Own"), {PayerMember}, passthroughPricingPlanName());
        QVERIFY(!passthrough.ok());
        QCOMPARE(passthrough.error().code, PricingReasons::PassthroughNotAllowed);
        QVERIFY(pricing().addStandardGroup(QStringLiteral("Own"), {PayerMember}, basicPricingPlanName()).ok());
        // An account in at most one group per period.
        auto twice = pricing().addStandardGroup(QStringLiteral("Other"), {PayerMember}, basicPricingPlanName());
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, PricingReasons::AccountInAnotherGroup);
        // Only accounts of the payer's own organization.
        QVERIFY(!pricing().addStandardGroup(QStringLiteral("Theirs"), {Source}, basicPricingPlanName()).ok());
    }

    void billSourceSeesNoPricing()
    {
        QVERIFY(s().setActingAccount(Source).ok());
        auto plans = pricing().plans();
        QVERIFY(!plans.ok());
        QCOMPARE(plans.error().code, QStringLiteral("ACCESS_DENIED"));
        auto groups = pricing().groups();
        QVERIFY(!groups.ok());
        QCOMPARE(groups.error().code, QStringLiteral("ACCESS_DENIED"));
        QVERIFY(!pricing().addPlan(QStringLiteral("Mine")).ok());
        QVERIFY(!pricing().configuration(pricing().currentPeriod()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PricingService)
#include "tst_PricingService.moc"
