// The Pricing tab, played as a payer would on the demo data: plans and rules with inline validation, the live what-if
// preview (its figures are ProFormaService's, compared cell by cell), a plan change for a billing group, custom line
// items, standard groups, undo and redo of every edit, the explanation of a price, the chart; and the empty state of a
// bill-source context, which sees none of the payer's pricing. Every new item model runs under
// QAbstractItemModelTester.
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PricingTab.h"
#include "RuleEditor.h"
#include "TestSupport.h"
#include "charts/MarginChart.h"
#include "dialogs/PricingDialogs.h"
#include "itemmodels/BillingGroupsModel.h"
#include "itemmodels/CustomLineItemsModel.h"
#include "itemmodels/MarginPreviewModel.h"
#include "itemmodels/PricingFormat.h"
#include "itemmodels/PricingPlansModel.h"
#include "itemmodels/PricingRulesModel.h"
#include "services/PricingService.h"
#include "services/ProFormaService.h"
#include "services/ScenarioService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace bd;

namespace {

const QString Payer = QStringLiteral("401825736190"); // Northwind Holdings
const QString BillSource = QStringLiteral("517203948261"); // Northwind UK Ltd: its bill is paid by Northwind Holdings
const QString UkGroupName = QStringLiteral("Northwind UK");

// Runs `fill` on the modal dialog with that object name as soon as it is open. Gives up after two seconds.
void whenDialog(const QString &objectName, std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, fill, tries] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == objectName) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            return;
        }
        if (++*tries > 200) {
            timer->stop();
            timer->deleteLater();
            if (dialog)
                dialog->reject();
        }
    });
    timer->start();
}

// BILLINGDESK_TEST_SHOTS=DIR keeps pictures of the window and dialogs as the tests fill them (to look at them).
void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BILLINGDESK_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Types as a person does: the field's old text selected and replaced, key by key.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The demo database (organizations, transfers, three months of usage) under a window acting as the payer.
struct Demo
{
    test::TempServices t;
    std::unique_ptr<MainWindow> window;
    PricingTab *tab = nullptr;

    Demo()
    {
        if (auto s = ScenarioService(*t).loadDemo(); !s)
            qFatal("%s", qPrintable(s.error().describe()));
        window = std::make_unique<MainWindow>(std::move(t.services));
        window->setActingAccount(Payer);
        window->resize(1440, 900);
        window->show();
        window->selectTab(QStringLiteral("pricingTab"));
        tab = window->findChild<PricingTab *>(QStringLiteral("pricingTab"));
        if (!tab)
            qFatal("no Pricing tab");
    }
    Services &services() const { return window->services(); }
    QString groupId(const QString &name) const
    {
        for (const BillingGroupPricing &g : tab->groupsModel()->groups())
            if (g.group.name == name)
                return g.group.id;
        return {};
    }
};

// The latest month before the current one with cost data (the demo's usage ends the month before the clock's).
BillingPeriod lastClosedMonth(Services &s)
{
    return s.pricing().currentPeriod().previous();
}

// The preview's cell of a service (empty: the Total row) and column, as shown.
QString previewCell(PricingTab *tab, const QString &service, int column)
{
    MarginPreviewModel *m = tab->previewModel();
    const int row = service.isEmpty() ? m->rowCount() - 1 : m->rowOfService(service);
    return row < 0 ? QString() : m->index(row, column).data().toString();
}

// Every figure of the preview against a GroupMargin from the service: the same text, cell by cell.
void compareWithService(PricingTab *tab, const GroupMargin &expected)
{
    MarginPreviewModel *m = tab->previewModel();
    QCOMPARE(m->rowCount(), int(expected.result.byService.size()) + 1);
    for (const PricedTotal &t : expected.result.byService) {
        QCOMPARE(previewCell(tab, t.key, MarginPreviewModel::Billable), pricingformat::amount(t.billable));
        QCOMPARE(previewCell(tab, t.key, MarginPreviewModel::ProForma), pricingformat::amount(t.proForma));
        QCOMPARE(previewCell(tab, t.key, MarginPreviewModel::Margin), pricingformat::amount(t.proForma - t.billable));
    }
    QCOMPARE(previewCell(tab, QString(), MarginPreviewModel::ProForma),
             pricingformat::amount(expected.result.proForma));
    QCOMPARE(previewCell(tab, QString(), MarginPreviewModel::Billable),
             pricingformat::amount(expected.result.billable));
    QCOMPARE(tab->kpiText(QStringLiteral("proForma")), pricingformat::money(expected.result.proForma));
    QCOMPARE(tab->kpiText(QStringLiteral("billable")), pricingformat::money(expected.result.billable));
    QCOMPARE(tab->kpiText(QStringLiteral("margin")), pricingformat::money(expected.result.margin()));
    QCOMPARE(tab->kpiText(QStringLiteral("marginPercent")), pricingformat::percent(expected.result.marginPercent()));
}

// Adds a custom plan through the tab's dialog; returns its id.
QString addPlanThroughDialog(PricingTab *tab, const QString &name)
{
    whenDialog(QStringLiteral("planDialog"), [name](QDialog *d) {
        typeInto(child<QLineEdit>(d, "name"), name);
        typeInto(child<QLineEdit>(d, "description"), QStringLiteral("For the demo"));
        okOf(d)->click();
    });
    child<QPushButton>(tab, "addPlanButton")->click();
    return tab->selectedPlanId();
}

// The editor's fields for a SERVICE discount.
void fillServiceDiscount(PricingTab *tab, const QString &name, const QString &service, const QString &percent)
{
    typeInto(child<QLineEdit>(tab, "ruleName"), name);
    auto *scope = child<QComboBox>(tab, "ruleScope");
    scope->setCurrentIndex(scope->findData(int(PricingRuleScope::Service)));
    auto *type = child<QComboBox>(tab, "ruleType");
    type->setCurrentIndex(type->findData(int(PricingRuleType::Discount)));
    child<QComboBox>(tab, "ruleService")->setEditText(service);
    typeInto(child<QLineEdit>(tab, "rulePercent"), percent);
}

// The service's biggest service in the group's month (by public on-demand: what a plan prices).
QString biggestService(const GroupMargin &m)
{
    QString best;
    Decimal most;
    for (const PricedTotal &t : m.result.byService)
        if (t.publicOnDemand > most) {
            most = t.publicOnDemand;
            best = t.key;
        }
    return best;
}

} // namespace

class tst_PricingTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        MessageBox::setNonInteractive(true);
    }

    void tabIsInTheMainWindow();
    void itemModelsUnderTester();
    void ruleEditorValidatesAsYouType();
    void rulesWithUndoAndRedo();
    void whatIfFollowsTheRuleBeingEdited();
    void groupPlanChangeFromTheCurrentPeriod();
    void customLineItems();
    void standardGroup();
    void explainAPrice();
    void chart();
    void billSourceSeesAnEmptyState();
};

void tst_PricingTab::tabIsInTheMainWindow()
{
    Demo demo;
    QCOMPARE(demo.window->tabs()->currentWidget(), demo.tab);
    const int index = demo.window->tabs()->indexOf(demo.tab);
    QCOMPARE(demo.window->tabs()->tabText(index), QStringLiteral("Pricing"));
    // View > Pricing has the tab's shortcut (Ctrl+<position>), like the others.
    QMenu *view = demo.window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    bool found = false;
    for (QAction *a : view->actions())
        if (a->text() == QStringLiteral("Pricing")) {
            found = true;
            QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | (Qt::Key_1 + index)));
        }
    QVERIFY(found);
    QVERIFY(!demo.tab->isShowingEmptyState());
    // The payer's groups, with their status words.
    QVERIFY(demo.tab->groupsModel()->rowCount() > 0);
    const QString uk = demo.groupId(UkGroupName);
    QVERIFY(!uk.isEmpty());
    const int row = demo.tab->groupsModel()->rowOf(uk);
    QCOMPARE(demo.tab->groupsModel()->index(row, BillingGroupsModel::Status).data().toString(),
             QStringLiteral("Active"));
    // The AWS-managed plans first, read-only, with their descriptions.
    PricingPlansModel *plans = demo.tab->plansModel();
    QVERIFY(plans->rowCount() >= 2);
    QCOMPARE(plans->planAt(0).name, QStringLiteral("BasicPricingPlan"));
    QCOMPARE(plans->planAt(1).name, QStringLiteral("Passthrough"));
    QVERIFY(plans->index(0, 0).data(PricingPlansModel::ManagedRole).toBool());
    QVERIFY(demo.tab->selectPlan(QStringLiteral("BasicPricingPlan")));
    QVERIFY(!child<QPushButton>(demo.tab, "editPlanButton")->isEnabled());
    QVERIFY(!child<QPushButton>(demo.tab, "removePlanButton")->isEnabled());
    QVERIFY(child<QLabel>(demo.tab, "managedPlanNote")->text().contains(QStringLiteral("read-only")));
}

void tst_PricingTab::itemModelsUnderTester()
{
    Demo demo;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester groups(demo.tab->groupsModel(), Mode::QtTest);
    QAbstractItemModelTester plans(demo.tab->plansModel(), Mode::QtTest);
    QAbstractItemModelTester rules(demo.tab->rulesModel(), Mode::QtTest);
    QAbstractItemModelTester items(demo.tab->lineItemsModel(), Mode::QtTest);
    QAbstractItemModelTester preview(demo.tab->previewModel(), Mode::QtTest);
    PricingService &pricing = demo.services().pricing();
    // Edits through the service: every model reloads, the tester watching.
    auto plan = pricing.addPlan(QStringLiteral("Tester plan"));
    QVERIFY2(plan.ok(), qPrintable(plan.error().describe()));
    QVERIFY(demo.tab->selectPlan(plan->id));
    PricingRule rule;
    rule.name = QStringLiteral("Five off");
    rule.scope = PricingRuleScope::Global;
    rule.type = PricingRuleType::Discount;
    rule.modifierPercent = Decimal::fromInt(5);
    auto added = pricing.addRule(plan->id, rule);
    QVERIFY2(added.ok(), qPrintable(added.error().describe()));
    QCOMPARE(demo.tab->rulesModel()->rowCount(), 1);
    QCOMPARE(demo.tab->rulesModel()->index(0, PricingRulesModel::Percent).data().toString(), QStringLiteral("5.00%"));
    const QString uk = demo.groupId(UkGroupName);
    QVERIFY(demo.tab->selectGroup(uk));
    const int itemsBefore = demo.tab->lineItemsModel()->rowCount();
    CustomLineItem item;
    item.billingGroupId = uk;
    item.name = QStringLiteral("Support fee");
    item.flatAmount = Decimal::fromInt(100);
    item.startPeriod = pricing.currentPeriod().index();
    auto itemAdded = pricing.addLineItem(item);
    QVERIFY2(itemAdded.ok(), qPrintable(itemAdded.error().describe()));
    QCOMPARE(demo.tab->lineItemsModel()->rowCount(), itemsBefore + 1);
    // The preview re-sorts with its Total row last.
    demo.tab->setPreviewPeriod(lastClosedMonth(demo.services()));
    demo.tab->refreshPreviewNow();
    MarginPreviewModel *m = demo.tab->previewModel();
    QVERIFY(m->rowCount() > 1);
    for (int column = 0; column < MarginPreviewModel::ColumnCount; ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m->sort(column, order);
            QVERIFY(m->index(m->rowCount() - 1, 0).data(MarginPreviewModel::TotalRowRole).toBool());
        }
    QVERIFY(pricing.removeRule(added->id).ok());
    QVERIFY(pricing.removeLineItem(itemAdded->id).ok());
    QCOMPARE(demo.tab->rulesModel()->rowCount(), 0);
    QCOMPARE(demo.tab->lineItemsModel()->rowCount(), itemsBefore);
    // Another acting account: everything reloads (and empties for a bill source).
    demo.window->setActingAccount(BillSource);
    QCOMPARE(demo.tab->groupsModel()->rowCount(), 0);
    QCOMPARE(demo.tab->previewModel()->rowCount(), 0);
}

void tst_PricingTab::ruleEditorValidatesAsYouType()
{
    Demo demo;
    demo.tab->showPage(PricingTab::PlansPage);
    const QString planId = addPlanThroughDialog(demo.tab, QStringLiteral("Partner standard"));
    QVERIFY(!planId.isEmpty());
    QCOMPARE(demo.tab->plansModel()->planAt(demo.tab->plansModel()->rowOf(planId)).name,
             QStringLiteral("Partner standard"));
    child<QPushButton>(demo.tab, "addRuleButton")->click();
    RuleEditor *editor = demo.tab->ruleEditor();
    QVERIFY(editor->hasRule() && editor->isNew());
    auto *save = child<QPushButton>(demo.tab, "saveRuleButton");
    auto *percentError = child<QLabel>(demo.tab, "rulePercentError");
    // The pickers offer the service codes PricingService knows.
    const auto known = demo.services().pricing().knownServices();
    QVERIFY(known.ok());
    QCOMPARE(editor->offeredServices(), *known);
    QVERIFY(editor->offeredServices().contains(QStringLiteral("AmazonEC2")));

    fillServiceDiscount(demo.tab, QStringLiteral("EC2 partner discount"), QStringLiteral("AmazonEC2"),
                        QStringLiteral("abc"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(percentError->text().contains(QStringLiteral("not a percentage")), qPrintable(percentError->text()));
    // A discount above 100 %: the service's own reason, under the field.
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("150"));
    const Status refused = demo.services().pricing().checkRule(planId, editor->draft());
    keepShot(demo.window.get(), QStringLiteral("pricing-rule-refused"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, PricingReasons::InvalidPercent);
    QCOMPARE(percentError->text(), refused.error().message);
    QVERIFY(!save->isEnabled());
    // An unknown service code, under the service field.
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("10"));
    QVERIFY(percentError->text().isEmpty());
    child<QComboBox>(demo.tab, "ruleService")->setEditText(QStringLiteral("AmazonNoSuchThing"));
    const Status unknown = demo.services().pricing().checkRule(planId, editor->draft());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, PricingReasons::UnknownService);
    QCOMPARE(child<QLabel>(demo.tab, "ruleServiceError")->text(), unknown.error().message);
    QVERIFY(!save->isEnabled());
    // Fixed: Save is enabled and nothing is marked.
    child<QComboBox>(demo.tab, "ruleService")->setEditText(QStringLiteral("AmazonEC2"));
    QVERIFY(child<QLabel>(demo.tab, "ruleServiceError")->text().isEmpty());
    QVERIFY(save->isEnabled());
    // Usage types and operations come from the data of the chosen service.
    const auto usage = demo.services().pricing().usageTypes(QStringLiteral("AmazonEC2"));
    QVERIFY(usage.ok());
    QCOMPARE(editor->offeredUsageTypes(), *usage);
    // Fields the scope does not use are disabled.
    QVERIFY(!child<QComboBox>(demo.tab, "ruleUsageType")->isEnabled());
    QVERIFY(!child<QComboBox>(demo.tab, "ruleBillingEntity")->isEnabled());
    QVERIFY(!child<QCheckBox>(demo.tab, "ruleFreeTier")->isEnabled());
}

void tst_PricingTab::rulesWithUndoAndRedo()
{
    Demo demo;
    QUndoStack *stack = demo.window->undoStack();
    demo.tab->showPage(PricingTab::PlansPage);
    const QString planId = addPlanThroughDialog(demo.tab, QStringLiteral("Partner standard"));
    QVERIFY(!planId.isEmpty());
    QCOMPARE(stack->count(), 1);
    child<QPushButton>(demo.tab, "addRuleButton")->click();
    fillServiceDiscount(demo.tab, QStringLiteral("EC2 partner discount"), QStringLiteral("AmazonEC2"),
                        QStringLiteral("10"));
    child<QPushButton>(demo.tab, "saveRuleButton")->click();
    PricingRulesModel *rules = demo.tab->rulesModel();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->ruleAt(0).modifierPercent, Decimal::fromInt(10));
    QCOMPARE(rules->ruleAt(0).service, QStringLiteral("AmazonEC2"));
    QCOMPARE(demo.tab->selectedRuleId(), rules->ruleAt(0).id);
    QVERIFY2(demo.tab->messageBar()->text().contains(QStringLiteral("applies from January 2026")),
             qPrintable(demo.tab->messageBar()->text()));
    QCOMPARE(stack->count(), 2);

    // Edit the percent: 10 -> 12.5.
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("12.5"));
    QVERIFY(demo.tab->ruleEditor()->isDirty());
    child<QPushButton>(demo.tab, "saveRuleButton")->click();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->ruleAt(0).modifierPercent, *Decimal::fromString(u"12.5"));
    QCOMPARE(rules->index(0, PricingRulesModel::Percent).data().toString(), QStringLiteral("12.50%"));
    QCOMPARE(stack->count(), 3);

    // Undo the edit, then the addition; the plan stays.
    stack->undo();
    QCOMPARE(rules->ruleAt(0).modifierPercent, Decimal::fromInt(10));
    QCOMPARE(child<QLineEdit>(demo.tab, "rulePercent")->text(), QStringLiteral("10"));
    stack->undo();
    QCOMPARE(rules->rowCount(), 0);
    auto stored = demo.services().pricing().rules(planId);
    QVERIFY(stored.ok());
    QVERIFY(stored->isEmpty());
    // Redo both: the rule comes back (with a new id), and the edit still finds it.
    stack->redo();
    QCOMPARE(rules->rowCount(), 1);
    stack->redo();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->ruleAt(0).modifierPercent, *Decimal::fromString(u"12.5"));

    // Remove the rule; undo brings it back; remove the plan; undo brings plan and rule back.
    QVERIFY(demo.tab->selectRule(rules->ruleAt(0).id));
    child<QPushButton>(demo.tab, "removeRuleButton")->click();
    QCOMPARE(rules->rowCount(), 0);
    stack->undo();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->ruleAt(0).name, QStringLiteral("EC2 partner discount"));
    QVERIFY(demo.tab->selectPlan(planId));
    child<QPushButton>(demo.tab, "removePlanButton")->click();
    QCOMPARE(demo.tab->plansModel()->rowOf(QStringLiteral("Partner standard")), -1);
    stack->undo();
    const int row = demo.tab->plansModel()->rowOf(QStringLiteral("Partner standard"));
    QVERIFY(row >= 0);
    auto back = demo.services().pricing().rules(demo.tab->plansModel()->planAt(row).id);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().modifierPercent, *Decimal::fromString(u"12.5"));
    // Undo everything: no custom plan is left.
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(demo.tab->plansModel()->rowOf(QStringLiteral("Partner standard")), -1);
}

void tst_PricingTab::whatIfFollowsTheRuleBeingEdited()
{
    Demo demo;
    PricingService &pricing = demo.services().pricing();
    ProFormaService &proForma = demo.services().proForma();
    const QString uk = demo.groupId(UkGroupName);
    QVERIFY(demo.tab->selectGroup(uk));
    const BillingPeriod month = lastClosedMonth(demo.services());
    demo.tab->setPreviewPeriod(month);
    demo.tab->refreshPreviewNow();
    QCOMPARE(demo.tab->previewPeriod(), month);
    QVERIFY(!demo.tab->isPreviewWhatIf());
    // The saved pricing: ProFormaService::margin's figures, cell by cell.
    auto saved = proForma.margin(month, uk);
    QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
    QCOMPARE(saved->size(), 1);
    compareWithService(demo.tab, saved->first());
    QVERIFY(saved->first().result.proForma > Decimal());
    const QString service = biggestService(saved->first());
    QVERIFY(!service.isEmpty());

    // The group's plan gets a rule in the editor, not saved: the preview prices it.
    auto plan = pricing.addPlan(QStringLiteral("UK pricing"));
    QVERIFY(plan.ok());
    QVERIFY(pricing.setGroupPlan(uk, plan->id).ok());
    demo.tab->showPage(PricingTab::PlansPage);
    QVERIFY(demo.tab->selectPlan(plan->id));
    child<QPushButton>(demo.tab, "addRuleButton")->click();
    fillServiceDiscount(demo.tab, QStringLiteral("Partner discount"), service, QStringLiteral("20"));
    demo.tab->refreshPreviewNow();
    QVERIFY(demo.tab->isPreviewWhatIf());
    PricingPlan edited = *pricing.plan(plan->id);
    edited.rules.append(demo.tab->ruleEditor()->draft());
    auto expected = proForma.whatIf(month, uk, edited);
    QVERIFY2(expected.ok(), qPrintable(expected.error().describe()));
    compareWithService(demo.tab, *expected);
    // 20 % off that service's public on-demand: the cell moved and says so.
    MarginPreviewModel *m = demo.tab->previewModel();
    const int row = m->rowOfService(service);
    QVERIFY(m->index(row, MarginPreviewModel::ProForma).data(MarginPreviewModel::ChangedRole).toBool());
    QVERIFY(child<QLabel>(demo.tab, "kpiProFormaDelta")->text().contains(QStringLiteral("vs saved")));
    keepShot(demo.window.get(), QStringLiteral("pricing-what-if"));

    // Typing another percent updates the preview again (after the pause, without asking).
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("35"));
    PricingPlan edited35 = *pricing.plan(plan->id);
    edited35.rules.append(demo.tab->ruleEditor()->draft());
    auto expected35 = proForma.whatIf(month, uk, edited35);
    QVERIFY(expected35.ok());
    QTRY_COMPARE(previewCell(demo.tab, QString(), MarginPreviewModel::ProForma),
                 pricingformat::amount(expected35->result.proForma));
    compareWithService(demo.tab, *expected35);
    // An invalid edit is not previewed: the saved pricing shows.
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("x"));
    demo.tab->refreshPreviewNow();
    QVERIFY(!demo.tab->isPreviewWhatIf());
    // Revert: the saved pricing again.
    typeInto(child<QLineEdit>(demo.tab, "rulePercent"), QStringLiteral("35"));
    demo.tab->refreshPreviewNow();
    QVERIFY(demo.tab->isPreviewWhatIf());
    child<QPushButton>(demo.tab, "revertRuleButton")->click();
    demo.tab->refreshPreviewNow();
    QVERIFY(!demo.tab->isPreviewWhatIf());
}

void tst_PricingTab::groupPlanChangeFromTheCurrentPeriod()
{
    Demo demo;
    PricingService &pricing = demo.services().pricing();
    QUndoStack *stack = demo.window->undoStack();
    auto plan = pricing.addPlan(QStringLiteral("Markup plan"));
    QVERIFY(plan.ok());
    PricingRule rule;
    rule.name = QStringLiteral("Five up");
    rule.scope = PricingRuleScope::Global;
    rule.type = PricingRuleType::Markup;
    rule.modifierPercent = Decimal::fromInt(5);
    QVERIFY(pricing.addRule(plan->id, rule).ok());
    const QString uk = demo.groupId(UkGroupName);
    QVERIFY(demo.tab->selectGroup(uk));
    const BillingPeriod month = lastClosedMonth(demo.services());
    demo.tab->setPreviewPeriod(month);
    const QString planBefore = pricing.group(uk)->group.pricingPlan; // the demo's: "Northwind group showback"
    const QString decemberPlan = pricing.group(uk, month)->group.pricingPlan;
    QVERIFY(!planBefore.isEmpty());
    QVERIFY(planBefore != QStringLiteral("Markup plan"));
    auto *apply = child<QPushButton>(demo.tab, "applyGroupPlanButton");
    QVERIFY(!apply->isEnabled());
    QVERIFY2(child<QLabel>(demo.tab, "groupPlanNote")->text().contains(QStringLiteral("January 2026")),
             qPrintable(child<QLabel>(demo.tab, "groupPlanNote")->text()));
    QVERIFY(child<QLabel>(demo.tab, "groupPlanNote")->text().contains(QStringLiteral("closed periods keep")));

    // Choosing the plan previews it on the group.
    demo.tab->setCandidatePlan(QStringLiteral("Markup plan"));
    demo.tab->refreshPreviewNow();
    QVERIFY(apply->isEnabled());
    QVERIFY(demo.tab->isPreviewWhatIf());
    keepShot(demo.window.get(), QStringLiteral("pricing-plan-candidate"));
    auto expected = demo.services().proForma().whatIf(month, uk, *pricing.plan(plan->id));
    QVERIFY(expected.ok());
    compareWithService(demo.tab, *expected);

    // Apply: from the current period on; December keeps its prices.
    const auto decemberBefore = demo.services().proForma().margin(month, uk);
    QVERIFY(decemberBefore.ok());
    apply->click();
    QVERIFY2(demo.tab->messageBar()->text().contains(QStringLiteral("from January 2026")),
             qPrintable(demo.tab->messageBar()->text()));
    auto group = pricing.group(uk);
    QVERIFY(group.ok());
    QCOMPARE(group->group.pricingPlan, QStringLiteral("Markup plan"));
    const int row = demo.tab->groupsModel()->rowOf(uk);
    QCOMPARE(demo.tab->groupsModel()->index(row, BillingGroupsModel::Plan).data().toString(),
             QStringLiteral("Markup plan"));
    auto december = pricing.group(uk, month);
    QVERIFY(december.ok());
    QCOMPARE(december->group.pricingPlan, decemberPlan);
    const auto decemberAfter = demo.services().proForma().margin(month, uk);
    QVERIFY(decemberAfter.ok());
    QCOMPARE(decemberAfter->first().result.proForma, decemberBefore->first().result.proForma);
    demo.tab->refreshPreviewNow();
    QVERIFY(!demo.tab->isPreviewWhatIf());

    // Undo: the plan it had.
    stack->undo();
    QCOMPARE(pricing.group(uk)->group.pricingPlan, planBefore);
    stack->redo();
    QCOMPARE(pricing.group(uk)->group.pricingPlan, QStringLiteral("Markup plan"));
}

void tst_PricingTab::customLineItems()
{
    Demo demo;
    QUndoStack *stack = demo.window->undoStack();
    const QString uk = demo.groupId(UkGroupName);
    QVERIFY(demo.tab->selectGroup(uk));
    demo.tab->showPage(PricingTab::LineItemsPage);
    QVERIFY(child<QLabel>(demo.tab, "lineItemsTitle")->text().contains(UkGroupName));
    CustomLineItemsModel *items = demo.tab->lineItemsModel();
    const int before = items->rowCount();
    auto rowOf = [items](const QString &name) {
        for (int r = 0; r < items->rowCount(); ++r)
            if (items->itemAt(r).name == name)
                return r;
        return -1;
    };
    const QString fee = QStringLiteral("Managed service fee");

    bool validated = false;
    whenDialog(QStringLiteral("lineItemDialog"), [&](QDialog *d) {
        auto *dialog = static_cast<LineItemDialog *>(d);
        typeInto(child<QLineEdit>(d, "name"), fee);
        typeInto(child<QLineEdit>(d, "amount"), QStringLiteral("abc"));
        validated = !okOf(d)->isEnabled() && !child<QLabel>(d, "amountError")->text().isEmpty();
        // A flat amount above USD 1,000,000: the service's reason, in place.
        typeInto(child<QLineEdit>(d, "amount"), QStringLiteral("2000000"));
        const Status refused = demo.services().pricing().checkLineItem(dialog->item());
        validated = validated && !refused.ok() && !okOf(d)->isEnabled()
            && (child<QLabel>(d, "amountError")->text() == refused.error().message
                || child<QLabel>(d, "formError")->text().contains(refused.error().message));
        typeInto(child<QLineEdit>(d, "amount"), QStringLiteral("250"));
        validated = validated && okOf(d)->isEnabled();
        keepShot(d, QStringLiteral("pricing-line-item-dialog"));
        okOf(d)->click();
    });
    child<QPushButton>(demo.tab, "addLineItemButton")->click();
    QVERIFY(validated);
    QCOMPARE(items->rowCount(), before + 1);
    int row = rowOf(fee);
    QVERIFY(row >= 0);
    QCOMPARE(*items->itemAt(row).flatAmount, Decimal::fromInt(250));
    QCOMPARE(items->index(row, CustomLineItemsModel::Type).data().toString(), QStringLiteral("Fee"));
    QCOMPARE(items->index(row, CustomLineItemsModel::Charge).data().toString(), QStringLiteral("USD 250.00 flat"));
    QCOMPARE(stack->count(), 1);
    // What it comes to in the current month, as ProFormaService prices it.
    const BillingPeriod current = demo.services().pricing().currentPeriod();
    demo.tab->setPreviewPeriod(current);
    demo.tab->refreshPreviewNow();
    const auto margin = demo.services().proForma().margin(current, uk);
    QVERIFY(margin.ok());
    Decimal priced;
    for (const PricedLineItem &p : margin->first().lineItems)
        if (margin->first().lineItemDefinitions.at(p.item).name == fee)
            priced = p.amount;
    QCOMPARE(priced, Decimal::fromInt(250));
    QCOMPARE(items->index(row, CustomLineItemsModel::Amount).data().toString(), pricingformat::amount(priced));

    // Edit: 250 -> 300.
    QVERIFY(demo.tab->selectLineItem(items->itemAt(row).id));
    whenDialog(QStringLiteral("lineItemDialog"), [&](QDialog *d) {
        typeInto(child<QLineEdit>(d, "amount"), QStringLiteral("300"));
        okOf(d)->click();
    });
    child<QPushButton>(demo.tab, "editLineItemButton")->click();
    QCOMPARE(*items->itemAt(rowOf(fee)).flatAmount, Decimal::fromInt(300));
    stack->undo();
    QCOMPARE(*items->itemAt(rowOf(fee)).flatAmount, Decimal::fromInt(250));
    stack->undo();
    QCOMPARE(items->rowCount(), before);
    QCOMPARE(rowOf(fee), -1);
    stack->redo();
    stack->redo();
    QCOMPARE(items->rowCount(), before + 1);
    QCOMPARE(*items->itemAt(rowOf(fee)).flatAmount, Decimal::fromInt(300));
    // An item of the demo that started months ago can still be edited (its start is offered as it is).
    const QString security = QStringLiteral("Shared security team");
    QVERIFY(rowOf(security) >= 0);
    const Decimal securityBefore = *items->itemAt(rowOf(security)).flatAmount;
    QVERIFY(demo.tab->selectLineItem(items->itemAt(rowOf(security)).id));
    bool editable = false;
    whenDialog(QStringLiteral("lineItemDialog"), [&](QDialog *d) {
        typeInto(child<QLineEdit>(d, "amount"), QStringLiteral("45"));
        editable = okOf(d)->isEnabled();
        okOf(d)->click();
        if (d->isVisible())
            d->reject();
    });
    child<QPushButton>(demo.tab, "editLineItemButton")->click();
    QVERIFY(editable);
    QCOMPARE(*items->itemAt(rowOf(security)).flatAmount, Decimal::fromInt(45));
    stack->undo();
    QCOMPARE(*items->itemAt(rowOf(security)).flatAmount, securityBefore);
    // Remove, and undo.
    QVERIFY(demo.tab->selectLineItem(items->itemAt(rowOf(fee)).id));
    child<QPushButton>(demo.tab, "removeLineItemButton")->click();
    QCOMPARE(rowOf(fee), -1);
    stack->undo();
    QVERIFY(rowOf(fee) >= 0);
}

void tst_PricingTab::standardGroup()
{
    Demo demo;
    QUndoStack *stack = demo.window->undoStack();
    const int before = demo.tab->groupsModel()->rowCount();
    const QString account = QStringLiteral("401825736201"); // a member account of Northwind Holdings
    whenDialog(QStringLiteral("standardGroupDialog"), [&](QDialog *d) {
        typeInto(child<QLineEdit>(d, "name"), QStringLiteral("Data platform"));
        QVERIFY(!okOf(d)->isEnabled()); // no account chosen yet
        static_cast<StandardGroupDialog *>(d)->setAccountChecked(account, true);
        okOf(d)->click();
    });
    child<QPushButton>(demo.tab, "addStandardGroupButton")->click();
    QCOMPARE(demo.tab->groupsModel()->rowCount(), before + 1);
    const QString id = demo.groupId(QStringLiteral("Data platform"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(demo.tab->selectedGroupId(), id);
    const int row = demo.tab->groupsModel()->rowOf(id);
    QCOMPARE(demo.tab->groupsModel()->groupAt(row).group.type, BillingGroupType::Standard);
    QCOMPARE(demo.tab->groupsModel()->groupAt(row).accountIds, QStringList {account});
    QCOMPARE(demo.tab->groupsModel()->index(row, BillingGroupsModel::Type).data().toString(),
             QStringLiteral("Standard"));
    stack->undo();
    QCOMPARE(demo.tab->groupsModel()->rowCount(), before);
    stack->redo();
    QCOMPARE(demo.tab->groupsModel()->rowCount(), before + 1);
}

void tst_PricingTab::explainAPrice()
{
    Demo demo;
    PricingService &pricing = demo.services().pricing();
    const QString uk = demo.groupId(UkGroupName);
    const BillingPeriod month = lastClosedMonth(demo.services());
    QVERIFY(demo.tab->selectGroup(uk));
    demo.tab->setPreviewPeriod(month);
    demo.tab->refreshPreviewNow();
    const auto saved = demo.services().proForma().margin(month, uk);
    QVERIFY(saved.ok());
    const QString service = biggestService(saved->first());
    QVERIFY(demo.tab->selectPreviewService(service));
    const auto explained = demo.services().proForma().explain(month, {uk, service, {}, {}});
    QVERIFY2(explained.ok(), qPrintable(explained.error().describe()));
    const QString text = demo.tab->explanationText();
    QVERIFY2(text.contains(service), qPrintable(text));
    QVERIFY2(text.contains(pricingformat::money(explained->base)), qPrintable(text));
    QVERIFY2(text.contains(pricingformat::money(explained->proForma)), qPrintable(text));
    // The plan, each rule that priced it with its effect, and the group's custom line items with their amounts.
    QVERIFY2(text.contains(pricingformat::planLabel(explained->planName)), qPrintable(text));
    QVERIFY(!explained->rules.isEmpty());
    for (const ExplainedRule &r : explained->rules) {
        if (r.rule >= 0) {
            QVERIFY2(text.contains(r.scope), qPrintable(text));
            QVERIFY2(text.contains(r.effect), qPrintable(text));
        }
        QVERIFY2(text.contains(pricingformat::amount(r.base)), qPrintable(text));
    }
    for (const PricedLineItem &item : explained->lineItems) {
        const CustomLineItem &def = saved->first().lineItemDefinitions.at(item.item);
        QVERIFY2(text.contains(def.name), qPrintable(text));
        QVERIFY2(text.contains(pricingformat::money(item.amount)), qPrintable(text));
    }
    Q_UNUSED(pricing);
}

void tst_PricingTab::chart()
{
    Demo demo;
    const QString uk = demo.groupId(UkGroupName);
    const BillingPeriod month = lastClosedMonth(demo.services());
    QVERIFY(demo.tab->selectGroup(uk));
    demo.tab->setPreviewPeriod(month);
    demo.tab->refreshPreviewNow();
    MarginChart *chart = demo.tab->chart();
    QVERIFY2(chart->title().contains(QStringLiteral("Northwind UK, December 2025: billable vs pro forma by service")),
             qPrintable(chart->title()));
    const auto saved = demo.services().proForma().margin(month, uk);
    QVERIFY(saved.ok());
    const int services = int(saved->first().result.byService.size());
    QVERIFY(chart->categories().size() >= std::min(services, 4));
    QVERIFY(chart->categories().size() <= std::min(services, MarginChart::MaxBars + 1));
    // The tooltip of the largest service: its exact amounts.
    const QString tip = chart->tooltipFor(0);
    const QString service = tip.section(QLatin1Char('\n'), 0, 0);
    const int row = demo.tab->previewModel()->rowOfService(service);
    QVERIFY2(row >= 0, qPrintable(tip));
    const PricedTotal &t = demo.tab->previewModel()->totalAt(row);
    QVERIFY(tip.contains(pricingformat::money(t.billable)));
    QVERIFY(tip.contains(pricingformat::money(t.proForma)));
    // Hovering a bar shows that tooltip.
    chart->hoverBar(1, 0);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    chart->hoverBar(1, 0, false);
    // Clicking a legend entry hides its series, and again shows it; the entry stays (dimmed), the figures stay.
    QVERIFY(chart->isSeriesShown(0));
    QVERIFY(chart->drawnHeight(0, 0) != 0.0);
    chart->clickLegendEntry(0);
    QVERIFY(!chart->isSeriesShown(0));
    QCOMPARE(chart->drawnHeight(0, 0), 0.0);
    QVERIFY(chart->isLegendEntryVisible(0));
    chart->clickLegendEntry(0);
    QVERIFY(chart->isSeriesShown(0));
    QVERIFY(chart->drawnHeight(0, 0) != 0.0);
    chart->clickLegendEntry(2);
    QVERIFY(!chart->isSeriesShown(2));
    chart->clickLegendEntry(2);
    QVERIFY(chart->isSeriesShown(2));
    // Save as PNG.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(chart->saveAsPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chart->grab().size());
}

void tst_PricingTab::billSourceSeesAnEmptyState()
{
    Demo demo;
    demo.window->setActingAccount(BillSource);
    QVERIFY(demo.services().isBillSourceContext());
    // The service refuses, and the tab says why.
    const auto groups = demo.services().pricing().groups();
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().code, QStringLiteral("ACCESS_DENIED"));
    QVERIFY(!demo.services().pricing().plans().ok());
    QVERIFY(demo.tab->isShowingEmptyState());
    keepShot(demo.window.get(), QStringLiteral("pricing-bill-source"));
    const QString text = demo.tab->emptyStateText();
    QVERIFY2(text.contains(QStringLiteral("Pricing is set by your payer")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Northwind Holdings pays your organization's AWS bill")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ACCESS_DENIED")));
    // Nothing of the payer's pricing anywhere in the tab: no model holds a row, no visible text an amount.
    QCOMPARE(demo.tab->groupsModel()->rowCount(), 0);
    QCOMPARE(demo.tab->plansModel()->rowCount(), 0);
    QCOMPARE(demo.tab->rulesModel()->rowCount(), 0);
    QCOMPARE(demo.tab->lineItemsModel()->rowCount(), 0);
    QCOMPARE(demo.tab->previewModel()->rowCount(), 0);
    QVERIFY(!demo.tab->savedMargin().has_value());
    QCoreApplication::processEvents();
    for (QLabel *label : demo.tab->findChildren<QLabel *>())
        if (label->isVisible())
            QVERIFY2(!label->text().contains(QStringLiteral("USD")), qPrintable(label->text()));
    QVERIFY(!demo.tab->findChild<QWidget *>(QStringLiteral("previewPane"))->isVisible());
    // Back to the payer: the tab is there again.
    demo.window->setActingAccount(Payer);
    QVERIFY(!demo.tab->isShowingEmptyState());
    QVERIFY(demo.tab->groupsModel()->rowCount() > 0);
}

QTEST_MAIN(tst_PricingTab)
#include "tst_PricingTab.moc"
