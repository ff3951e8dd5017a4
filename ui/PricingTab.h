#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Pricing.h"
#include "domain/Result.h"
#include "services/PricingService.h"
#include "services/ProFormaService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpacerItem;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace bd {

class BillingGroupsModel;
class CustomLineItemsModel;
class ElidedLabel;
class MarginChart;
class MarginPreviewModel;
class MessageBar;
class PricingIds;
class PricingPlansModel;
class PricingRulesModel;
class RuleEditor;
class Services;

// Pricing (Billing Conductor): on the left, three pages: the billing groups the acting payer configures (status
// chips, plan, a plan change that applies from the current billing period, new STANDARD groups), the pricing plans
// (the AWS-managed ones read-only, custom ones with their rules and the rule editor), and the custom line items of the
// selected group. On the right, the live what-if preview of the selected group in a chosen month: what the customer
// sees (pro forma) against what you pay (billable), by service, with margin and margin %, as KPI cards, a table and a
// chart; while a rule is being edited (or another plan is chosen for the group) the preview prices the edit before
// it is saved (ProFormaService::whatIf). Selecting a row of the preview explains the price (ProFormaService::explain).
// Every edit is one undoable command on the main window's stack. A bill-source context sees none of this: an empty
// state says why (PricingService refuses it with ACCESS_DENIED).
class PricingTab final : public QWidget
{
    Q_OBJECT

public:
    PricingTab(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PricingTab() override;

    enum Page { GroupsPage, PlansPage, LineItemsPage };

    BillingGroupsModel *groupsModel() const { return m_groups; }
    PricingPlansModel *plansModel() const { return m_plans; }
    PricingRulesModel *rulesModel() const { return m_rules; }
    CustomLineItemsModel *lineItemsModel() const { return m_lineItems; }
    MarginPreviewModel *previewModel() const { return m_preview; }
    MarginChart *chart() const { return m_chart; }
    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    MessageBar *messageBar() const { return m_messages; }

    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    void showPage(Page page);

    QString selectedGroupId() const { return m_groupId; }
    bool selectGroup(const QString &groupId);
    QString selectedPlanId() const { return m_planId; }
    bool selectPlan(const QString &planIdOrName);
    QString selectedRuleId() const;
    bool selectRule(const QString &ruleId);
    QString selectedLineItemId() const;
    bool selectLineItem(const QString &id);

    BillingPeriod previewPeriod() const;
    void setPreviewPeriod(const BillingPeriod &period);
    // The group's plan as the combo of the group detail offers it (before Apply: a what-if).
    void setCandidatePlan(const QString &planIdOrName);
    // Runs a pending preview at once (the preview follows edits after a short pause).
    void refreshPreviewNow();
    bool isPreviewWhatIf() const;
    // The saved pricing of the preview month (what the what-if is compared with).
    const std::optional<GroupMargin> &savedMargin() const { return m_saved; }
    // What the explanation pane says, as plain text; selectPreviewService() selects a row of the preview.
    QString explanationText() const;
    bool selectPreviewService(const QString &service); // empty: the Total row
    QString kpiText(const QString &name) const; // "billable", "proForma", "margin", "marginPercent"

public Q_SLOTS:
    void addPlan();
    void editPlan();
    void removePlan();
    void addRule();
    void saveRule();
    void removeRule();
    void applyGroupPlan();
    void addStandardGroup();
    void addLineItem();
    void editLineItem();
    void removeLineItem();
    void saveChart();

private:
    // Construction.
    void createModels();
    QWidget *buildGroupsPage(QWidget *parent);
    QWidget *buildPlansPage(QWidget *parent);
    QWidget *buildLineItemsPage(QWidget *parent);
    QWidget *buildPreviewPane(QWidget *parent);
    QWidget *buildEmptyState(QWidget *parent);
    void connectSignals();
    void restoreSplitters();

    // Refreshing.
    void updateAccess();
    void afterGroupsReload();
    void afterPlansReload();
    void afterRulesReload();
    void afterLineItemsReload();
    void updateGroupDetail();
    void updatePlanDetail();
    void updateLineItemActions();
    void fillMonths();
    void fillGroupPlans();
    void schedulePreview();
    void updatePreview();
    void updateKpis();
    void updateExplanation();
    void onGroupSelected();
    void onPlanSelected();
    void onRuleSelected();
    bool confirmDiscardDraft();

    // Helpers.
    std::optional<BillingGroupPricing> selectedGroup() const;
    std::optional<PricingPlan> selectedPlan() const;
    std::optional<PricingPlan> planForPreview(QString *why) const;
    QString commandGroupName() const;
    struct CommandContext;
    Status run(class PricingCommand *command);
    void report(const Status &status, const QString &success);

    Services &m_services;
    QUndoStack *m_undoStack;
    std::shared_ptr<PricingIds> m_ids;

    BillingGroupsModel *m_groups = nullptr;
    PricingPlansModel *m_plans = nullptr;
    PricingRulesModel *m_rules = nullptr;
    CustomLineItemsModel *m_lineItems = nullptr;
    MarginPreviewModel *m_preview = nullptr;
    QSortFilterProxyModel *m_groupsProxy = nullptr;
    QSortFilterProxyModel *m_plansProxy = nullptr;
    QSortFilterProxyModel *m_rulesProxy = nullptr;
    QSortFilterProxyModel *m_lineItemsProxy = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_pages = nullptr;

    // Billing groups page.
    QLineEdit *m_groupFilter = nullptr;
    QPushButton *m_addGroup = nullptr;
    QTableView *m_groupsTable = nullptr;
    QLabel *m_groupsEmpty = nullptr;
    QWidget *m_groupDetail = nullptr;
    QLabel *m_groupTitle = nullptr;
    QLabel *m_groupStatus = nullptr;
    QLabel *m_groupInfo = nullptr;
    QComboBox *m_groupPlan = nullptr;
    QPushButton *m_applyPlan = nullptr;
    QLabel *m_groupPlanNote = nullptr;

    // Plans page.
    QSplitter *m_plansSplitter = nullptr;
    QTableView *m_plansTable = nullptr;
    QPushButton *m_addPlan = nullptr;
    QPushButton *m_editPlan = nullptr;
    QPushButton *m_removePlan = nullptr;
    QLabel *m_rulesTitle = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QTableView *m_rulesTable = nullptr;
    QLabel *m_managedNote = nullptr;
    RuleEditor *m_ruleEditor = nullptr;
    QWidget *m_rulesBox = nullptr;
    QSpacerItem *m_rulesSpacer = nullptr;

    // Custom line items page.
    QLabel *m_lineItemsTitle = nullptr;
    QPushButton *m_addLineItem = nullptr;
    QPushButton *m_editLineItem = nullptr;
    QPushButton *m_removeLineItem = nullptr;
    QTableView *m_lineItemsTable = nullptr;
    QLabel *m_lineItemsEmpty = nullptr;

    // Preview.
    QComboBox *m_month = nullptr;
    QToolButton *m_saveChart = nullptr;
    ElidedLabel *m_previewStatus = nullptr;
    QLabel *m_whatIfChip = nullptr;
    struct Kpi
    {
        QFrame *card = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *delta = nullptr;
    };
    Kpi m_kpiBillable, m_kpiProForma, m_kpiMargin, m_kpiPercent;
    QSplitter *m_previewSplitter = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_explainTitle = nullptr;
    QLabel *m_explanation = nullptr;
    MarginChart *m_chart = nullptr;
    MessageBar *m_messages = nullptr;
    QTimer *m_previewTimer = nullptr;

    QString m_groupId;
    QString m_planId;
    QString m_ruleId;
    QString m_lineItemId;
    QString m_candidatePlan; // a plan chosen for the group in its combo, not applied yet (a what-if)
    QString m_explainService;
    bool m_explainTotal = false;
    std::optional<GroupMargin> m_saved; // the saved pricing of the preview month
    std::optional<GroupMargin> m_shown; // what the preview shows (the saved pricing or the what-if)
    QString m_whatIfWhy; // what the what-if prices, in words (empty: the saved pricing)
    bool m_restoring = false;
};

} // namespace bd
